import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoUsers, findDemoUser } from '../../infra/local/identity/demo-users.js';
import { reliefItemCode } from '../../functions/src/relief/programs.js';
import { api, eventually, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, requiredMaterials, sampleAnswers } from '../support/cases.js';
import { decideProgram, poorHousehold } from '../support/relief.js';

type Branch = { department: string; program?: string; status: string; comment?: string; decidedBy?: string };

/**
 * 综合救助 at a street station's one window (一口受理, issue 20 item 2): clerk1 of 北京街 takes the application
 * of a resident who came in person; one case, accepted on the spot, reviewed per program by each department.
 */
async function counterRelief(programs: string[], extra: Record<string, unknown> = {}, user = 'clerk1') {
  const body = {
    household: poorHousehold,
    programs,
    answers: await sampleAnswers(reliefItemCode),
    materials: await requiredMaterials(reliefItemCode, user),
    submissionToken: randomUUID(),
    identityChecked: true,
    ...extra,
  };
  return api('POST', '/api/counter/relief', { token: await tokenFor(user), body });
}

describe('one-window relief taken at the street station’s counter', () => {
  it('lets the clerk check the household’s eligibility as the citizen does', async () => {
    const res = await api('POST', '/api/relief/eligibility', {
      token: await tokenFor('clerk1'),
      body: { household: poorHousehold },
    });
    expect(res.status).toBe(200);
    expect(res.body.facts.incomePerCapita).toBe(1200);
  });

  it('files one accepted case of the clerk’s street with a branch per program; the clerk sees each outcome', async () => {
    const programs = ['MZ-DIBAO', 'JY-YIWU-BUZHU', 'CL-HULI-BUTIE'];
    const filed = await counterRelief(programs);
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body).toMatchObject({
      itemCode: reliefItemCode,
      channel: 'counter',
      status: 'accepted',
      street: 'beijing',
      filedBy: 'clerk1',
      joinedAccount: false,
    });
    const caseId = filed.body.caseId as string;
    // The filing is audited as the clerk's write of the case.
    const clerk = demoUsers.find((u) => u.username === 'clerk1')!.sub;
    const audit = await eventually(async () => {
      const res = await api('GET', `/api/audit?actor=${clerk}&limit=200`, { token: await tokenFor('supervisor1') });
      return (res.body.items as { action: string; outcome: string; resource: { id: string } }[]).find(
        (r) => r.action === 'cases.fileReliefAtCounter' && r.resource.id === caseId,
      );
    });
    expect(audit.outcome).toBe('succeeded');
    expect((filed.body.jointReview.departments as Branch[]).map((b) => [b.program, b.department, b.status])).toEqual([
      ['MZ-DIBAO', 'civil-affairs', 'reviewing'],
      ['JY-YIWU-BUZHU', 'education', 'reviewing'],
      ['CL-HULI-BUTIE', 'disabled-persons', 'reviewing'],
    ]);

    // Accepted on the spot: each department gets its program's opinion, with no acceptance step first.
    await decideProgram(caseId, 'officer1', 'MZ-DIBAO', 'agree', '内部核对：低保台账已比对');
    await decideProgram(caseId, 'officer-education', 'JY-YIWU-BUZHU', 'agree');
    await decideProgram(caseId, 'officer-disabled-persons', 'CL-HULI-BUTIE', 'refuse', '残疾等级复核为三级');
    await decideStep(caseId, 'head1', 'decide', 'approved', '按各项目结果办理');

    // The clerk tells the resident at the counter: each program's department and outcome, the refusal's
    // reason, neither the officers' names nor their internal notes.
    const seen = await caseWhen(caseId, 'clerk1', (c) => ['completed', 'ready_for_pickup'].includes(c.status));
    const branches = seen.jointReview.departments as Branch[];
    expect(branches.map((b) => [b.program, b.department, b.status])).toEqual([
      ['MZ-DIBAO', 'civil-affairs', 'agree'],
      ['JY-YIWU-BUZHU', 'education', 'agree'],
      ['CL-HULI-BUTIE', 'disabled-persons', 'refuse'],
    ]);
    expect(branches[2]!.comment).toBe('残疾等级复核为三级');
    expect(branches[0]!.comment).toBeUndefined();
    expect(branches.every((b) => b.decidedBy === undefined)).toBe(true);
    expect(JSON.stringify(seen.jointReview)).not.toContain('officer');
    // The department's staff still see who decided and their notes.
    const staff = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('officer1') });
    expect(staff.body.jointReview.departments[0]).toMatchObject({
      decidedBy: 'officer1',
      comment: '内部核对：低保台账已比对',
    });
    // A clerk of another street does not reach it.
    expect((await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('clerk2') })).status).toBe(404);
  });

  it('joins the resident’s verified account only as the clerk confirmed it', async () => {
    const resident = findDemoUser('citizen2')!;
    const answers = { ...(await sampleAnswers(reliefItemCode)), idNumber: resident.idNumber };
    const asked = await counterRelief(['MZ-DIBAO'], { answers });
    expect(asked.status).toBe(409);
    expect(asked.body.error.code).toBe('ACCOUNT_CONFIRMATION_REQUIRED');
    const match = asked.body.error.details.accountMatch;
    const joined = await counterRelief(['MZ-DIBAO'], { answers, joinAccount: match.account.ref });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    expect(joined.body.joinedAccount).toBe(true);
    const mine = await api('GET', `/api/cases/${joined.body.caseId}`, { token: await tokenFor('citizen2') });
    expect(mine.status).toBe(200);
    expect(mine.body.filedBy).toEqual({ role: 'clerk', street: 'beijing' });
    expect(mine.body.jointReview.departments).toHaveLength(1);
  });

  it('refuses others than clerks, a malformed household by its field, and an ineligible program', async () => {
    const citizen = await api('POST', '/api/counter/relief', {
      token: await tokenFor('citizen1'),
      body: { household: poorHousehold, programs: ['MZ-DIBAO'], answers: {}, submissionToken: randomUUID() },
    });
    expect(citizen.status).toBe(403);

    const malformed = await counterRelief(['MZ-DIBAO'], {
      household: { ...poorHousehold, members: [{ ...poorHousehold.members[0], age: -3 }] },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.fields.map((f: { field: string }) => f.field)).toContain(
      'household.members.0.age',
    );

    const unchecked = await counterRelief(['MZ-DIBAO'], { identityChecked: false });
    expect(unchecked.status).toBe(400);
    expect(unchecked.body.error.details.fields[0].field).toBe('identityChecked');

    const ineligible = await counterRelief(['MZ-DIBAO', 'TY-KUNNAN-BANGFU']);
    expect(ineligible.status).toBe(422);
    expect(ineligible.body.error.code).toBe('RELIEF_NOT_ELIGIBLE');
    expect(ineligible.body.error.details.field).toBe('programs.1');
  });
});
