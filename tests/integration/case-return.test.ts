import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase, workItemFor } from '../support/cases.js';

/** Issue 13: a head returns a case to the officer's review with a reason (退回重审). */

const reason = '请补充核实申请人户籍信息后再报';

describe('a head returns a case for review (退回重审)', () => {
  it('needs a reason, brings the case back to the officer with it, and keeps it from the applicant', async () => {
    const caseId = (await fileOnlineCase('citizen1')).body.caseId as string;
    await decideStep(caseId, 'officer1', 'accept', 'accept', '材料齐全');
    await decideStep(caseId, 'officer1', 'review', 'approve', '符合条件');
    const decideItem = await workItemFor(caseId, 'head1', 'decide');

    const noReason = await api('POST', `/api/work-items/${decideItem.workItemId}/decision`, {
      token: await tokenFor('head1'),
      body: { outcome: 'returned', comment: '' },
    });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('comment');

    await decideStep(caseId, 'head1', 'decide', 'returned', reason);
    const back = await caseWhen(caseId, 'officer1', (c) =>
      c.timeline.some((e: { event: string }) => e.event === 'returned_for_review'),
    );
    expect(back.status).toBe('in_review');
    expect(back.timeline.at(-1)).toMatchObject({ event: 'returned_for_review', detail: reason, step: 'review' });
    expect(back.decisions.at(-1)).toMatchObject({ step: 'decide', outcome: 'returned', comment: reason, role: 'head' });
    const reviewAgain = await workItemFor(caseId, 'officer1', 'review');
    expect(reviewAgain.workItemId).not.toBe(decideItem.workItemId);

    // The officer's inbox shows the item as returned, with the head's reason, and filters on it.
    const officer = await tokenFor('officer1');
    const returned = await api('GET', `/api/work-items?status=returned&q=${back.caseNumber}`, { token: officer });
    expect(returned.status).toBe(200);
    expect(returned.body.items).toHaveLength(1);
    expect(returned.body.items[0]).toMatchObject({
      workItemId: reviewAgain.workItemId,
      state: 'returned',
      returned: { reason, by: 'head1' },
    });
    expect(Number.isNaN(Date.parse(returned.body.items[0].returned.at))).toBe(false);
    expect(returned.body.counts.status.returned).toBeGreaterThanOrEqual(1);
    const asNew = await api('GET', `/api/work-items?status=new&q=${back.caseNumber}`, { token: officer });
    expect(asNew.body.items).toHaveLength(0);

    const mine = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('citizen1') });
    expect(JSON.stringify(mine.body)).not.toContain(reason);

    await decideStep(caseId, 'officer1', 'review', 'approve', '已核实户籍信息');
    await decideStep(caseId, 'head1', 'decide', 'approved', '同意发放');
    const done = await caseWhen(caseId, 'citizen1', (c) => c.status === 'completed');
    expect(done.result.outcome).toBe('approved');
  }, 120_000);
});
