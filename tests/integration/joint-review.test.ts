import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase, workItemFor } from '../support/cases.js';

/** 开餐馆一件事: market supervision leads; environment and health review in parallel. */
const restaurant = '440104-SJ-0007';
const lead = 'market-supervision';

type Progress = { department: string; lead: boolean; status: string; comment?: string; decidedBy?: string };
const statusOf = (c: { jointReview?: { departments: Progress[] } }) =>
  Object.fromEntries((c.jointReview?.departments ?? []).map((d) => [d.department, d.status]));

describe('joint review (联合审批) through the API', () => {
  it('puts one opinion item in each department’s inbox, sends one correction, and lets the lead head decide', async () => {
    const filed = await fileOnlineCase('citizen1', restaurant);
    const caseId = filed.body.caseId as string;
    await decideStep(caseId, 'officer2', 'accept', 'accept');

    // Each department's officer finds the case in their own inbox and reads it; another department's does not.
    for (const officer of ['officer2', 'officer-environment', 'officer-health']) {
      await workItemFor(caseId, officer, 'opinion');
      const read = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor(officer) });
      expect(read.status).toBe(200);
    }
    const outsider = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('officer1') });
    expect(outsider.status).toBe(404);
    const misfit = await workItemFor(caseId, 'officer-health', 'opinion');
    const wrongOutcome = await api('POST', `/api/work-items/${misfit.workItemId}/decision`, {
      token: await tokenFor('officer-health'),
      body: { outcome: 'approve', comment: '' },
    });
    expect(wrongOutcome.status).toBe(400);

    await decideStep(caseId, 'officer2', 'opinion', 'agree');
    await decideStep(caseId, 'officer-health', 'opinion', 'agree_with_conditions', '开业前完成从业人员健康检查');
    await decideStep(caseId, 'officer-environment', 'opinion', 'request_correction', '请补充油烟净化设施说明');

    const waiting = await caseWhen(caseId, 'citizen1', (c) => c.status === 'needs_correction');
    expect(waiting.correction.reason).toContain('请补充油烟净化设施说明');
    expect(waiting.clock.level).toBe('paused');
    expect(waiting.jointReview.lead).toBe(lead);
    expect(waiting.jointReview.departments).toEqual([
      { department: lead, lead: true, status: 'agree', decidedAt: expect.any(String) },
      {
        department: 'environment',
        lead: false,
        status: 'request_correction',
        comment: '请补充油烟净化设施说明',
        decidedAt: expect.any(String),
      },
      {
        department: 'health',
        lead: false,
        status: 'agree_with_conditions',
        comment: '开业前完成从业人员健康检查',
        decidedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(waiting)).not.toContain('officer-environment');

    const corrected = await api('POST', `/api/cases/${caseId}/correction`, {
      token: await tokenFor('citizen1'),
      body: { answers: waiting.answers, materials: [], version: waiting.version },
    });
    expect(corrected.status).toBe(200);
    // Only the department that asked reviews again; the others' opinions stand.
    const again = await caseWhen(caseId, 'head2', (c) => statusOf(c).environment === 'reviewing');
    expect(statusOf(again)).toEqual({ [lead]: 'agree', environment: 'reviewing', health: 'agree_with_conditions' });
    const back = (await workItemFor(caseId, 'officer-environment', 'opinion')) as unknown as { state: string };
    expect(back.state).toBe('resubmitted');
    await decideStep(caseId, 'officer-environment', 'opinion', 'agree');

    await workItemFor(caseId, 'head2', 'decide');
    const forHead = await caseWhen(caseId, 'head2', (c) => statusOf(c).environment === 'agree');
    expect(forHead.jointReview.departments.map((d: Progress) => [d.department, d.decidedBy])).toEqual([
      [lead, 'officer2'],
      ['environment', 'officer-environment'],
      ['health', 'officer-health'],
    ]);
    await decideStep(caseId, 'head2', 'decide', 'approved', '同意，各部门意见一并告知');
    const done = await caseWhen(caseId, 'citizen1', (c) => c.status === 'completed');
    expect(done.result.outcome).toBe('approved');
    expect(statusOf(done)).toEqual({ [lead]: 'agree', environment: 'agree', health: 'agree_with_conditions' });
  });
});
