import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, requiredMaterials, sampleAnswers } from '../support/cases.js';
import { decideProgram, poorHousehold, reliefApplication } from '../support/relief.js';
import { reliefItemCode } from '../../functions/src/relief/programs.js';

type Branch = { department: string; program?: string; status: string; comment?: string };

describe('one-window relief (综合救助) through the API', () => {
  it('explains each program’s conditions for a household, those it may qualify for first', async () => {
    const res = await api('POST', '/api/relief/eligibility', {
      token: await tokenFor('citizen1'),
      body: { household: poorHousehold },
    });
    expect(res.status).toBe(200);
    expect(res.body.facts).toEqual({ size: 3, incomePerCapita: 1200, assetsPerCapita: 6667, areaPerCapita: 12 });
    expect(res.body.programs).toHaveLength(26);
    const dibao = res.body.programs.find((p: { code: string }) => p.code === 'MZ-DIBAO');
    expect(dibao).toMatchObject({ eligible: true, department: 'civil-affairs' });
    expect(dibao.conditions[0].text.zh).toContain('1,200');
    expect(res.body.programs.find((p: { code: string }) => p.code === 'TY-KUNNAN-BANGFU').eligible).toBe(false);
  });

  it('names the field of a malformed household', async () => {
    const res = await api('POST', '/api/relief/eligibility', {
      token: await tokenFor('citizen1'),
      body: { household: { ...poorHousehold, monthlyIncome: -1 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0].field).toBe('household.monthlyIncome');
  });

  it('refuses a program the household does not qualify for, and the relief item through the ordinary route', async () => {
    const token = await tokenFor('citizen1');
    const refused = await api('POST', '/api/relief/applications', {
      token,
      body: await reliefApplication('citizen1', ['MZ-DIBAO', 'TY-KUNNAN-BANGFU']),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('RELIEF_NOT_ELIGIBLE');
    expect(refused.body.error.details.field).toBe('programs.1');
    const ordinary = await api('POST', '/api/cases', {
      token,
      body: {
        itemCode: reliefItemCode,
        answers: await sampleAnswers(reliefItemCode),
        materials: await requiredMaterials(reliefItemCode, 'citizen1'),
        submissionToken: crypto.randomUUID(),
      },
    });
    expect(ordinary.status).toBe(422);
    expect(ordinary.body.error.code).toBe('RELIEF_INTAKE_REQUIRED');
  });

  it('fans one relief case out to each program’s department and shows an outcome per program', async () => {
    const programs = ['MZ-DIBAO', 'MZ-GAOLING', 'JY-YIWU-BUZHU', 'CL-HULI-BUTIE'];
    const filed = await api('POST', '/api/relief/applications', {
      token: await tokenFor('citizen1'),
      body: await reliefApplication('citizen1', programs),
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const caseId = filed.body.caseId as string;
    expect(filed.body.itemCode).toBe(reliefItemCode);
    await decideStep(caseId, 'officer1', 'accept', 'accept');

    await decideProgram(caseId, 'officer1', 'MZ-DIBAO', 'agree');
    await decideProgram(caseId, 'officer1', 'MZ-GAOLING', 'refuse', '户籍年龄核实未满 80 周岁');
    await decideProgram(caseId, 'officer-education', 'JY-YIWU-BUZHU', 'request_correction', '请补充在读证明');
    await decideProgram(caseId, 'officer-disabled-persons', 'CL-HULI-BUTIE', 'agree');

    const waiting = await caseWhen(caseId, 'citizen1', (c) => c.status === 'needs_correction');
    expect(waiting.correction.reason).toContain('请补充在读证明');
    expect(waiting.household.members[0].name).toBe('陈小明');
    const branches = waiting.jointReview.departments as Branch[];
    expect(branches.map((b) => [b.program, b.department, b.status])).toEqual([
      ['MZ-DIBAO', 'civil-affairs', 'agree'],
      ['MZ-GAOLING', 'civil-affairs', 'refuse'],
      ['JY-YIWU-BUZHU', 'education', 'request_correction'],
      ['CL-HULI-BUTIE', 'disabled-persons', 'agree'],
    ]);
    expect(branches[1]!.comment).toBe('户籍年龄核实未满 80 周岁');

    // Staff of a reviewing department read the case with the household's names masked.
    const staff = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('officer-education') });
    expect(staff.status).toBe(200);
    expect(staff.body.household.members[0].name).not.toBe('陈小明');
    expect(staff.body.household.monthlyIncome).toBe(3600);
    expect(staff.body.maskedFields).toContain('household');

    // Supervision counts each program applied for: none granted before the decision, the refusal counted.
    const joint = await api('GET', '/api/supervision/joint', { token: await tokenFor('supervisor1') });
    expect(joint.status).toBe(200);
    const row = (code: string) =>
      (joint.body.programs as { program: string; applied: number; refused: number; open: number }[]).find(
        (p) => p.program === code,
      );
    expect(row('MZ-GAOLING')!.refused).toBeGreaterThanOrEqual(1);
    expect(row('JY-YIWU-BUZHU')!.open).toBeGreaterThanOrEqual(1);
    expect(row('MZ-DIBAO')!.applied).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(joint.body)).not.toContain('陈小明');
  });
});
