import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

/**
 * The head's approval of a draft answer: an officer's draft goes to the head's inbox and not to the writer;
 * returned with a reason, it goes back to the officers; approved, it goes out as the answer.
 */

async function inboxItemOf(user: string, letterNumber: string) {
  const inbox = await api('GET', `/api/work-items?step=answer&q=${letterNumber}`, { token: await tokenFor(user) });
  expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
  return inbox.body.items.find((i: { caseNumber: string }) => i.caseNumber === letterNumber);
}

describe("a draft answer approved by the department's head", () => {
  it('goes to the head, back to the officer with a reason, and out to the writer once approved', async () => {
    const citizen = await tokenFor('citizen1');
    const written = await api('POST', '/api/letters', {
      token: citizen,
      body: {
        type: 'complaint',
        topic: 'elderly-care',
        subject: '长者饭堂菜品单一',
        body: '社区长者饭堂每周菜品几乎不变，老人意见很大，希望改进。',
        publishConsent: false,
        submissionToken: crypto.randomUUID(),
      },
    });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const { letterId, letterNumber } = written.body.letter;
    const officer = await tokenFor('officer1');
    const head = await tokenFor('head1');

    const draft = await api('POST', `/api/letters/${letterId}/answer`, {
      token: officer,
      body: { answer: '已要求长者饭堂每周更新菜单。', forApproval: true },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body).toMatchObject({ status: 'awaiting_approval', draft: { by: 'officer1' } });
    expect(await inboxItemOf('officer1', letterNumber)).toBeUndefined();
    expect(await inboxItemOf('head1', letterNumber)).toMatchObject({ kind: 'letter', role: 'head' });

    // The writer sees a letter still waiting, without the draft.
    const mine = await api('GET', `/api/letters/${letterId}`, { token: citizen });
    expect(mine.body.status).toBe('awaiting_answer');
    expect(JSON.stringify(mine.body)).not.toContain('每周更新菜单');
    expect(mine.body.history.map((e: { event: string }) => e.event)).not.toContain('drafted');
    expect(JSON.stringify(mine.body.history)).not.toContain('officer1');

    // Neither answered again meanwhile, nor approved by an officer.
    const again = await api('POST', `/api/letters/${letterId}/answer`, {
      token: officer,
      body: { answer: '另一份答复草稿，内容不同。' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('AWAITING_APPROVAL');
    expect(
      (await api('POST', `/api/letters/${letterId}/approval`, { token: officer, body: { approve: true } })).status,
    ).toBe(403);

    const noReason = await api('POST', `/api/letters/${letterId}/approval`, { token: head, body: { approve: false } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields[0].field).toBe('reason');
    const returned = await api('POST', `/api/letters/${letterId}/approval`, {
      token: head,
      body: { approve: false, reason: '请写明整改的具体时间' },
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.status).toBe('awaiting_answer');
    expect(returned.body.draft).toBeUndefined();
    expect(returned.body.history.at(-1)).toMatchObject({
      event: 'returned',
      reason: '请写明整改的具体时间',
      by: 'head1',
    });
    expect(await inboxItemOf('officer1', letterNumber)).toBeDefined();
    expect(await inboxItemOf('head1', letterNumber)).toBeUndefined();

    await api('POST', `/api/letters/${letterId}/answer`, {
      token: officer,
      body: { answer: '已要求长者饭堂自下周一起每周更新菜单，并由街道每月检查。', forApproval: true },
    });
    const approved = await api('POST', `/api/letters/${letterId}/approval`, { token: head, body: { approve: true } });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('answered');
    expect(approved.body.answers[0]).toMatchObject({
      answeredBy: 'officer1',
      text: expect.stringContaining('每月检查'),
    });
    expect(approved.body.history.map((e: { event: string }) => e.event)).toEqual(
      expect.arrayContaining(['drafted', 'returned', 'approved', 'answered']),
    );
    expect(await inboxItemOf('head1', letterNumber)).toBeUndefined();
    const read = await api('GET', `/api/letters/${letterId}`, { token: citizen });
    expect(read.body).toMatchObject({ status: 'answered', latestAnswer: expect.stringContaining('每月检查') });
    // The writer is told once: when the approved answer went out, not when the draft came and went.
    const outbox = await api('GET', '/api/admin/outbox', { token: await tokenFor('admin1') });
    const told = (outbox.body.items as { reference?: string; subject: string }[]).filter(
      (m) => m.reference === letterId,
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.subject).toContain(`${letterNumber} 已答复`);

    const twice = await api('POST', `/api/letters/${letterId}/approval`, { token: head, body: { approve: true } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('NO_DRAFT');
  });
});
