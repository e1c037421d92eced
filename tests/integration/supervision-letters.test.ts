import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, setCloudClock, tokenFor } from '../support/api.js';

/**
 * The mailbox's figures in supervision through the API: letters written on one day (a Monday years ahead, so
 * no other test's letters share it) are counted by type, topic and department; answers are timed against the
 * working-day due date of their round; ratings and reopenings count; a head sees their department only.
 */

const dayMs = 86_400_000;
/** A Monday between 2031 and 2038 (no holiday calendar published: working days are Monday to Friday). */
const monday = new Date(Date.parse('2031-03-03T00:00:00Z') + randomInt(0, 400) * 7 * dayMs).toISOString().slice(0, 10);
const atDay = (offset: number, time = '10:00') =>
  new Date(Date.parse(`${monday}T${time}:00+08:00`) + offset * dayMs).toISOString();
const period = `?from=${monday}&to=${monday}`;

async function write(type: string, topic: string) {
  const res = await api('POST', '/api/letters', {
    token: await tokenFor('citizen1'),
    body: {
      type,
      topic,
      subject: `监察统计测试 ${type}`,
      body: '这是一封用于监察统计的测试信件，内容无关紧要。',
      publishConsent: false,
      submissionToken: crypto.randomUUID(),
    },
  });
  if (res.status !== 201) throw new Error(`writing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.letter as { letterId: string; dueDate: string };
}

async function answer(user: string, letterId: string) {
  const res = await api('POST', `/api/letters/${letterId}/answer`, {
    token: await tokenFor(user),
    body: { answer: '您好，您反映的问题已收悉，答复如下：请携带相关材料到窗口办理。' },
  });
  if (res.status !== 200) throw new Error(`answer failed: ${res.status} ${JSON.stringify(res.body)}`);
}

async function figures(user: string, query = period) {
  return api('GET', `/api/supervision/letters${query}`, { token: await tokenFor(user) });
}

let consultation: { letterId: string; dueDate: string };

beforeAll(async () => {
  await setCloudClock(atDay(0));
  consultation = await write('consultation', 'marriage');
  await write('suggestion', 'elderly-care');
  await write('complaint', 'food-safety');
  // Answered the same day (on time), rated 2 and reopened: the head's second answer nine days later is late.
  await answer('officer1', consultation.letterId);
  const citizen = await tokenFor('citizen1');
  expect(
    (await api('POST', `/api/letters/${consultation.letterId}/rating`, { token: citizen, body: { satisfaction: 2 } }))
      .status,
  ).toBe(200);
  expect(
    (
      await api('POST', `/api/letters/${consultation.letterId}/reopening`, {
        token: citizen,
        body: { reason: '没有说明需要哪些材料' },
      })
    ).status,
  ).toBe(200);
  await setCloudClock(atDay(9));
  await answer('head1', consultation.letterId);
}, 120_000);

afterAll(async () => setCloudClock(undefined));

describe('GET /api/supervision/letters', () => {
  it('gives a supervisor the district: letters by type, topic and department, on time, satisfaction, reopenings', async () => {
    const res = await figures('supervisor1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Written Monday: 5 working days end the next Monday.
    expect(consultation.dueDate).toBe(atDay(7).slice(0, 10));
    expect(res.body.scope.kind).toBe('district');
    expect(res.body.asOf).toBe(atDay(9).slice(0, 10));
    expect(res.body.total).toEqual({
      letters: 3,
      waiting: 2,
      overdue: 0,
      answers: 2,
      answersOnTime: 1,
      onTimeRate: 0.5,
      satisfaction: { rated: 1, average: 2, satisfiedShare: 0 },
      answered: 1,
      reopened: 1,
      reopenRate: 1,
    });
    const letters = (rows: { letters: number }[], key: string, value: string) =>
      (rows as unknown as Record<string, unknown>[]).find((r) => r[key] === value)?.letters;
    expect(letters(res.body.departments, 'department', 'civil-affairs')).toBe(2);
    expect(letters(res.body.departments, 'department', 'market-supervision')).toBe(1);
    expect(res.body.byType.map((t: { type: string; letters: number }) => [t.type, t.letters])).toEqual([
      ['consultation', 1],
      ['suggestion', 1],
      ['complaint', 1],
      ['report', 0],
    ]);
    expect(res.body.byTopic.map((t: { topic: string }) => t.topic)).toEqual([
      'marriage',
      'elderly-care',
      'food-safety',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/监察统计测试|答复如下|citizen1/);
  });

  it('counts a letter still waiting past its due date as overdue', async () => {
    // Twenty days on, the 15-working-day suggestion and complaint are both past due.
    await setCloudClock(atDay(30));
    try {
      const res = await figures('supervisor1');
      expect(res.body.total).toMatchObject({ waiting: 2, overdue: 2 });
    } finally {
      await setCloudClock(atDay(9));
    }
  });

  it("gives a head their department's letters only and refuses another department", async () => {
    const own = await figures('head1');
    expect(own.status).toBe(200);
    expect(own.body.scope).toEqual({ kind: 'department', departments: ['civil-affairs'] });
    expect(own.body.total).toMatchObject({ letters: 2, answers: 2, reopened: 1 });
    expect(own.body.byTopic.map((t: { topic: string }) => t.topic)).toEqual(['marriage', 'elderly-care']);
    const other = await figures('head1', `${period}&department=market-supervision`);
    expect(other.status).toBe(403);
    const market = await figures('head2');
    expect(market.body.total).toMatchObject({ letters: 1, waiting: 1 });
  });

  it('narrows a supervisor to one department when asked', async () => {
    const res = await figures('supervisor1', `${period}&department=market-supervision`);
    expect(res.body.scope.departments).toEqual(['market-supervision']);
    expect(res.body.total.letters).toBe(1);
  });

  it('refuses officers and citizens, and names a bad parameter', async () => {
    expect((await figures('officer1')).status).toBe(403);
    expect((await figures('citizen1')).status).toBe(403);
    expect((await api('GET', `/api/supervision/letters${period}`)).status).toBe(401);
    const bad = await figures('supervisor1', '?form=2031-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('form');
  });
});
