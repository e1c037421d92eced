import { describe, expect, it } from 'vitest';
import { api, origin, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase, workItemFor } from '../support/cases.js';

type Decision = { step: string; outcome: string; comment: string; decidedBy?: string; role?: string; by?: unknown };

const acceptOpinion = '材料齐全，予以受理';
const reviewOpinion = '经审核，申请人符合高龄津贴条件';
const decideOpinion = '同意发放';

describe('every step’s opinion is kept on the case', () => {
  it('shows the accept and review opinions to the head, the decision to the citizen without usernames, and exports all', async () => {
    const filed = await fileOnlineCase('citizen1');
    const caseId = filed.body.caseId as string;
    await decideStep(caseId, 'officer1', 'accept', 'accept', acceptOpinion);
    await decideStep(caseId, 'officer1', 'review', 'approve', reviewOpinion);
    await workItemFor(caseId, 'head1', 'decide');

    const forHead = await caseWhen(caseId, 'head1', (c) => (c.decisions ?? []).length === 2);
    expect(forHead.decisions).toEqual([
      expect.objectContaining({
        step: 'accept',
        outcome: 'accept',
        comment: acceptOpinion,
        decidedBy: 'officer1',
        role: 'officer',
        department: 'civil-affairs',
        decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
      expect.objectContaining({ step: 'review', outcome: 'approve', comment: reviewOpinion, decidedBy: 'officer1' }),
    ]);
    // Events are codes, never English notes.
    for (const entry of forHead.timeline) {
      expect(entry.event).toEqual(expect.any(String));
      expect(entry.note).toBeUndefined();
    }
    expect(forHead.timeline.map((e: { event: string }) => e.event)).toEqual([
      'received',
      'accepted',
      'under_review',
      'awaiting_decision',
    ]);

    await decideStep(caseId, 'head1', 'decide', 'approved', decideOpinion);
    const done = await caseWhen(caseId, 'citizen1', (c) => c.status === 'completed');
    const text = JSON.stringify(done);
    for (const username of ['officer1', 'head1']) expect(text).not.toContain(username);
    expect(text).not.toContain(reviewOpinion);
    expect(done.decisions).toEqual([
      {
        step: 'decide',
        outcome: 'approved',
        comment: decideOpinion,
        decidedAt: expect.any(String),
        by: { role: 'head', department: 'civil-affairs' },
      },
    ]);
    const approved = done.timeline.find((e: { event: string }) => e.event === 'approved');
    expect(approved).toMatchObject({ detail: decideOpinion, by: { role: 'head', department: 'civil-affairs' } });
    expect(done.timeline[0].by).toEqual({ role: 'applicant' });

    const forHeadAfter = await caseWhen(caseId, 'head1', (c) => (c.decisions ?? []).length === 3);
    expect(forHeadAfter.decisions.map((d: Decision) => `${d.step}.${d.outcome}.${d.decidedBy}`)).toEqual([
      'accept.accept.officer1',
      'review.approve.officer1',
      'decide.approved.head1',
    ]);

    const csv = await fetch(`${origin()}/api/supervision/export?department=civil-affairs`, {
      headers: { authorization: `Bearer ${await tokenFor('supervisor1')}` },
    });
    const lines = (await csv.text()).split('\r\n');
    const header = lines[0]!.split(',');
    const row = lines.find((l) => l.startsWith(`${done.caseNumber as string},`))!.split(',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('acceptBy'), cell('acceptOpinion')]).toEqual(['officer1', acceptOpinion]);
    expect([cell('reviewBy'), cell('reviewRole'), cell('reviewOutcome'), cell('reviewOpinion')]).toEqual([
      'officer1',
      'officer',
      'approve',
      reviewOpinion,
    ]);
    expect([cell('decideBy'), cell('decideOutcome'), cell('decideOpinion')]).toEqual([
      'head1',
      'approved',
      decideOpinion,
    ]);
  });

  it('gives the citizen the correction reason with the asking role, and the staff view the asker', async () => {
    const filed = await fileOnlineCase('citizen1');
    const caseId = filed.body.caseId as string;
    await decideStep(caseId, 'officer1', 'accept', 'correct', '请补充户口簿首页');
    const waiting = await caseWhen(caseId, 'citizen1', (c) => c.status === 'needs_correction');
    expect(waiting.decisions).toEqual([
      expect.objectContaining({ step: 'accept', outcome: 'correct', comment: '请补充户口簿首页' }),
    ]);
    expect(JSON.stringify(waiting)).not.toContain('officer1');
    const asked = waiting.timeline.find((e: { event: string }) => e.event === 'correction_requested');
    expect(asked).toMatchObject({ detail: '请补充户口簿首页', by: { role: 'officer', department: 'civil-affairs' } });

    const staff = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('officer1') });
    const staffAsked = staff.body.timeline.find((e: { event: string }) => e.event === 'correction_requested');
    expect(staffAsked).toMatchObject({ by: 'officer1', detail: '请补充户口簿首页' });
  });
});
