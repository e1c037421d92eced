import { afterAll, describe, expect, it } from 'vitest';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { decideStep, fileOnlineCase, workItemFor } from '../support/cases.js';

/**
 * The mailbox through the API: a citizen's consultation goes to civil affairs' inbox, is answered, rated,
 * reopened, answered again by the head, and published without personal data; an anonymous writer follows
 * theirs with the query code and password shown once.
 */

const consultation = (overrides: Record<string, unknown> = {}) => ({
  type: 'consultation',
  topic: 'marriage',
  subject: '外省户籍能否在越秀办理结婚登记',
  body: '我叫赵一鸣，电话 13911112222。我是外省户籍，女方是广州户籍，能否在越秀区办理结婚登记？',
  publishConsent: true,
  submissionToken: crypto.randomUUID(),
  name: '赵一鸣',
  phone: '13911112222',
  ...overrides,
});

async function inboxItemOf(user: string, letterNumber: string) {
  const inbox = await api('GET', `/api/work-items?step=answer&q=${letterNumber}`, { token: await tokenFor(user) });
  expect(inbox.status).toBe(200);
  return inbox.body.items.find((i: { caseNumber: string }) => i.caseNumber === letterNumber);
}

afterAll(async () => setCloudClock(undefined));

describe('letters: write → answer → rate → reopen → second answer → public', () => {
  it('takes a signed-in citizen’s consultation through both rounds to the public Q&A', async () => {
    const citizen = await tokenFor('citizen1');
    const written = await api('POST', '/api/letters', { token: citizen, body: consultation() });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const { letter } = written.body;
    expect(letter.letterNumber).toMatch(/^YXL-\d{8}-\d{6}$/);
    expect(written.body.credentials).toBeUndefined();
    expect(letter).toMatchObject({
      department: 'civil-affairs',
      status: 'awaiting_answer',
      limitDays: 5,
      anonymous: false,
    });
    expect(letter.writerMasked.phone).not.toBe('13911112222');
    expect(JSON.stringify(letter)).not.toMatch(/writerEnc|赵一鸣"|13911112222"/);

    // In civil affairs' inbox as a letter, timed with its 5 working days; not in market supervision's.
    const item = await inboxItemOf('officer1', letter.letterNumber);
    expect(item).toMatchObject({ kind: 'letter', step: 'answer', dueDate: letter.dueDate, level: 'green' });
    expect(await inboxItemOf('officer2', letter.letterNumber)).toBeUndefined();
    // Ordered by urgency among the department's cases: an accepted case (due in its item's longer limit) comes
    // after the letter, whose 5 working days end first.
    const filed = await fileOnlineCase('citizen1');
    await decideStep(filed.body.caseId, 'officer1', 'accept', 'accept');
    await workItemFor(filed.body.caseId, 'officer1', 'review');
    const inbox = await api('GET', '/api/work-items', { token: await tokenFor('officer1') });
    const due = (inbox.body.items as { dueDate?: string }[]).map((i) => i.dueDate ?? '9999');
    expect(due).toEqual([...due].sort());
    expect((await api('GET', `/api/letters/${letter.letterId}`, { token: await tokenFor('officer2') })).status).toBe(
      404,
    );

    // The decision route refuses it: a letter is settled by its answer.
    const decide = await api('POST', `/api/work-items/${item.workItemId}/decision`, {
      token: await tokenFor('officer1'),
      body: { outcome: 'answered' },
    });
    expect(decide.status).toBe(409);
    expect(decide.body.error.code).toBe('ANSWER_THE_LETTER');

    const tooShort = await api('POST', `/api/letters/${letter.letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '可以' },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.details.fields[0].field).toBe('answer');

    const answer1 = await api('POST', `/api/letters/${letter.letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '赵一鸣您好：内地居民结婚，男女双方应当共同到一方当事人常住户口所在地的婚姻登记机关办理。' },
    });
    expect(answer1.status, JSON.stringify(answer1.body)).toBe(200);
    expect(answer1.body).toMatchObject({ status: 'answered', published: true });
    expect(await inboxItemOf('officer1', letter.letterNumber)).toBeUndefined();
    const again = await api('POST', `/api/letters/${letter.letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '再答复一次，应当被拒绝。' },
    });
    expect(again.status).toBe(409);

    // The writer reads it among their letters, rates it, and reopens it with a reason.
    const mine = await api('GET', '/api/letters', { token: citizen });
    expect(mine.body.items.map((l: { letterId: string }) => l.letterId)).toContain(letter.letterId);
    expect((await api('GET', `/api/letters/${letter.letterId}`, { token: await tokenFor('citizen2') })).status).toBe(
      404,
    );
    const rating = await api('POST', `/api/letters/${letter.letterId}/rating`, {
      token: citizen,
      body: { satisfaction: 2, comment: '没有说明需要哪些材料' },
    });
    expect(rating.status, JSON.stringify(rating.body)).toBe(200);
    expect(rating.body.ratings).toHaveLength(1);
    const twice = await api('POST', `/api/letters/${letter.letterId}/rating`, {
      token: citizen,
      body: { satisfaction: 5 },
    });
    expect(twice.body.error.code).toBe('ALREADY_RATED');
    const noReason = await api('POST', `/api/letters/${letter.letterId}/reopening`, { token: citizen, body: {} });
    expect(noReason.status).toBe(400);
    const reopened = await api('POST', `/api/letters/${letter.letterId}/reopening`, {
      token: citizen,
      body: { reason: '请说明需要携带哪些材料' },
    });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'awaiting_answer', round: 2 });
    expect(reopened.body.history.map((h: { event: string }) => h.event)).toEqual([
      'written',
      'routed',
      'answered',
      'published',
      'rated',
      'reopened',
    ]);

    // Back in the department, to its head: an officer may not give the second answer.
    expect(await inboxItemOf('head1', letter.letterNumber)).toMatchObject({ kind: 'letter', role: 'head' });
    const byOfficer = await api('POST', `/api/letters/${letter.letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '需要携带身份证、户口簿和三张合照。' },
    });
    expect(byOfficer.status).toBe(403);
    const answer2 = await api('POST', `/api/letters/${letter.letterId}/answer`, {
      token: await tokenFor('head1'),
      body: { answer: '补充答复：请双方携带本人身份证、户口簿和三张二寸近期半身免冠合影照片。联系电话 020-83001234。' },
    });
    expect(answer2.status, JSON.stringify(answer2.body)).toBe(200);
    expect(answer2.body.answers.map((a: { round: number }) => a.round)).toEqual([1, 2]);
    expect(answer2.body.reopenableUntil).toBeUndefined();

    // Public: the latest answer, without the writer's name or phone (nor the numbers typed in the text).
    const list = await api('GET', '/api/letters/public?topic=marriage&limit=50');
    expect(list.status).toBe(200);
    const shown = list.body.items.find((l: { letterNumber: string }) => l.letterNumber === letter.letterNumber);
    expect(shown.answer).toContain('补充答复');
    const text = JSON.stringify(shown);
    for (const hidden of ['赵一鸣', '13911112222', '83001234', 'officer1', 'head1', 'satisfaction']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('keeps complaints and letters without consent off the public page', async () => {
    const citizen = await tokenFor('citizen1');
    const complaint = await api('POST', '/api/letters', {
      token: citizen,
      body: consultation({ type: 'complaint', topic: 'food-safety', subject: '餐馆卫生问题投诉' }),
    });
    expect(complaint.body.letter).toMatchObject({ department: 'market-supervision', limitDays: 15 });
    const answered = await api('POST', `/api/letters/${complaint.body.letter.letterId}/answer`, {
      token: await tokenFor('officer2'),
      body: { answer: '已安排执法人员现场检查并责令整改。' },
    });
    expect(answered.body.published).toBe(false);
    const list = await api('GET', '/api/letters/public?limit=50');
    expect(list.body.items.map((l: { letterNumber: string }) => l.letterNumber)).not.toContain(
      complaint.body.letter.letterNumber,
    );
  });
});

describe('anonymous letters', () => {
  it('shows the query code and password once and lets the writer follow, rate and reopen with them', async () => {
    const written = await api('POST', '/api/letters/anonymous', {
      body: consultation({ name: undefined, phone: undefined, topic: 'elderly-care', subject: '长者饭堂在哪里' }),
    });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const { queryCode, password } = written.body.credentials;
    expect(queryCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const letterId = written.body.letter.letterId;

    const wrong = await api('POST', '/api/letters/follow', { body: { queryCode, password: 'WRONGPASS1' } });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('LETTER_NOT_FOUND');
    const followed = await api('POST', '/api/letters/follow', {
      body: { queryCode: queryCode.toLowerCase(), password },
    });
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ letterId, status: 'awaiting_answer', anonymous: true });
    expect(JSON.stringify(followed.body)).not.toContain(password);

    // The anonymous writer's actions are audited as `anonymous`, naming the letter, never the code.
    const audit = await api('GET', '/api/audit?actor=anonymous&limit=200', { token: await tokenFor('supervisor1') });
    expect(audit.status).toBe(200);
    const entries = (audit.body.items as { action: string; resource: { id: string } }[]).filter(
      (e) => e.resource.id === letterId,
    );
    expect(entries.map((e) => e.action).sort()).toEqual(['letters.follow', 'letters.writeAnonymous']);
    expect(JSON.stringify(audit.body)).not.toContain(queryCode);

    await api('POST', `/api/letters/${letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '越秀区各街道均设有长者饭堂，可拨打街道电话查询。' },
    });
    const rated = await api('POST', '/api/letters/follow/rating', { body: { queryCode, password, satisfaction: 5 } });
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    expect(rated.body.ratings[0].satisfaction).toBe(5);

    // Sixteen days later the answer can no longer be reopened.
    await setCloudClock(new Date(Date.now() + 16 * 86_400_000).toISOString());
    const late = await api('POST', '/api/letters/follow/reopening', {
      body: { queryCode, password, reason: '想再问问营业时间' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('REOPEN_WINDOW_OVER');
    await setCloudClock(undefined);
    const inTime = await api('POST', '/api/letters/follow/reopening', {
      body: { queryCode, password, reason: '想再问问营业时间' },
    });
    expect(inTime.status, JSON.stringify(inTime.body)).toBe(200);
    expect(inTime.body.round).toBe(2);
  });

  it('refuses a letter with clear errors for each bad field', async () => {
    const res = await api('POST', '/api/letters/anonymous', {
      body: { type: 'praise', topic: 'nowhere', subject: '', body: '短', publishConsent: 'yes', phone: '12345' },
    });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['type', 'topic', 'subject', 'body', 'publishConsent', 'phone', 'submissionToken']),
    );
  });

  it('writes one letter and one inbox item however often the same submission is sent', async () => {
    const citizen = await tokenFor('citizen2');
    const body = consultation({ subject: '同一封信提交两次' });
    const [first, second] = await Promise.all([
      api('POST', '/api/letters', { token: citizen, body }),
      api('POST', '/api/letters', { token: citizen, body }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(second.body.letter.letterId).toBe(first.body.letter.letterId);
    const later = await api('POST', '/api/letters', { token: citizen, body });
    expect(later.status).toBe(200);
    expect(later.body.letter.letterNumber).toBe(first.body.letter.letterNumber);
    const inbox = await api('GET', `/api/work-items?step=answer&q=${first.body.letter.letterNumber}`, {
      token: await tokenFor('officer1'),
    });
    expect(inbox.body.items.filter((i: { caseId: string }) => i.caseId === first.body.letter.letterId)).toHaveLength(1);
    const mine = await api('GET', '/api/letters', { token: citizen });
    expect(mine.body.items.filter((l: { subject: string }) => l.subject === '同一封信提交两次')).toHaveLength(1);
  });

  it('tells an anonymous writer who sends twice where the first letter is, without new credentials', async () => {
    const body = consultation({ name: undefined, phone: undefined, subject: '匿名来信提交两次' });
    const first = await api('POST', '/api/letters/anonymous', { body });
    expect(first.status).toBe(201);
    const again = await api('POST', '/api/letters/anonymous', { body });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'ALREADY_RECEIVED',
      details: { letterNumber: first.body.letter.letterNumber },
    });
    expect(again.body.credentials).toBeUndefined();
  });
});
