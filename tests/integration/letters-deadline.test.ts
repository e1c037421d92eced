import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sweepDeadlines } from '../../functions/src/cases/sweep.js';
import { recentMessages } from '../../functions/src/notifications/service.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';

/**
 * A letter's time limit on the cases' deadline engine: the staff inbox and letter page show its level, the
 * periodic sweep warns at yellow and escalates once overdue, each once; an answer goes out to its writer
 * through the outbox, masked.
 */

const env = inject('cloud').env;

// Monday 2026-11-16, 10:00 in Shanghai: a consultation's 5 working days end on Monday 2026-11-23.
const writtenAt = '2026-11-16T02:00:00.000Z';
const on = (day: string) => `${day}T02:00:00.000Z`;

const consultation = (overrides: Record<string, unknown> = {}) => ({
  type: 'consultation',
  topic: 'marriage',
  subject: '婚姻登记处周末是否办公',
  body: '请问越秀区婚姻登记处周六周日是否可以办理结婚登记？',
  publishConsent: false,
  submissionToken: crypto.randomUUID(),
  ...overrides,
});

/** Every message about `reference` in the outbox (read in-process: the route shows only the newest 100). */
async function messagesAbout(reference: string) {
  return (await recentMessages(5000, 30)).filter((m) => m.reference === reference);
}

async function staffLetter(letterId: string) {
  const res = await api('GET', `/api/letters/${letterId}`, { token: await tokenFor('officer1') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function inboxLevel(letterNumber: string) {
  const inbox = await api('GET', `/api/work-items?step=answer&q=${letterNumber}`, {
    token: await tokenFor('officer1'),
  });
  return (inbox.body.items as { caseNumber: string; level?: string }[]).find((i) => i.caseNumber === letterNumber)
    ?.level;
}

async function answer(letterId: string, user: string) {
  const res = await api('POST', `/api/letters/${letterId}/answer`, {
    token: await tokenFor(user),
    body: { answer: '婚姻登记处周六上午办公，周日不办公，请提前在网上预约。' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe("letters on the cases' deadline engine", () => {
  beforeAll(async () => {
    // The sweep runs in this process against the same local cloud, as the local timer does.
    Object.assign(process.env, env);
    resetConfig();
    resetClients();
    resetKeyService();
    await setCloudClock(writtenAt);
  });
  afterAll(async () => setCloudClock(undefined));

  it('goes yellow, then red and is escalated to the head once, in the inbox, on the letter and by the sweep', async () => {
    const written = await api('POST', '/api/letters', { token: await tokenFor('citizen1'), body: consultation() });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const { letterId, letterNumber, dueDate } = written.body.letter;
    expect(dueDate).toBe('2026-11-23');

    // Friday: three of five working days used, green.
    await setCloudClock(on('2026-11-20'));
    await sweepDeadlines();
    expect((await staffLetter(letterId)).clock).toEqual({
      level: 'green',
      dueDate: '2026-11-23',
      remainingWorkingDays: 1,
      escalated: false,
    });
    expect(await inboxLevel(letterNumber)).toBe('green');
    expect(await messagesAbout(letterId)).toHaveLength(0);

    // The due date: 80 % used, yellow to the officers' desk.
    await setCloudClock(on('2026-11-23'));
    const yellowReport = await sweepDeadlines();
    expect(yellowReport.letters.yellow).toBeGreaterThanOrEqual(1);
    const yellow = await staffLetter(letterId);
    expect(yellow.clock).toMatchObject({ level: 'yellow', remainingWorkingDays: 0, escalated: false });
    expect(yellow.history.at(-1)).toMatchObject({ event: 'deadline_warning', by: 'system', dueDate: '2026-11-23' });
    expect(await inboxLevel(letterNumber)).toBe('yellow');
    expect((await messagesAbout(letterId)).map((m) => m.to)).toEqual(['officers.civil-affairs@duty.yuexiu.local']);

    // The next working day: overdue, red, escalated to the head as well.
    await setCloudClock(on('2026-11-24'));
    const redReport = await sweepDeadlines();
    expect(redReport.letters.red).toBeGreaterThanOrEqual(1);
    const red = await staffLetter(letterId);
    expect(red.clock).toMatchObject({ level: 'red', remainingWorkingDays: -1, escalated: true });
    expect(red.history.at(-1)).toMatchObject({ event: 'overdue', by: 'system' });
    expect(await inboxLevel(letterNumber)).toBe('red');
    const duty = await messagesAbout(letterId);
    expect(duty.map((m) => m.to).sort()).toEqual([
      'heads.civil-affairs@duty.yuexiu.local',
      'officers.civil-affairs@duty.yuexiu.local',
      'officers.civil-affairs@duty.yuexiu.local',
    ]);
    expect(duty.filter((m) => m.subject.includes('红色预警'))).toHaveLength(2);

    // A second sweep raises nothing new.
    await sweepDeadlines();
    expect(await messagesAbout(letterId)).toHaveLength(3);
    expect((await staffLetter(letterId)).history).toHaveLength(red.history.length);

    // The writer reads where the letter went, not the department's own warnings.
    const mine = await api('GET', `/api/letters/${letterId}`, { token: await tokenFor('citizen1') });
    expect(mine.body.clock).toBeUndefined();
    expect(mine.body.history.map((e: { event: string }) => e.event)).not.toContain('overdue');

    // Answered, the clock stops: no level, and no further warning.
    await answer(letterId, 'officer1');
    expect((await staffLetter(letterId)).clock).toBeUndefined();
  });

  it('tells a signed-in writer of each answer once, through the outbox, with the address masked', async () => {
    await setCloudClock(writtenAt);
    const written = await api('POST', '/api/letters', { token: await tokenFor('citizen1'), body: consultation() });
    const { letterId, letterNumber } = written.body.letter;
    expect(await messagesAbout(letterId)).toHaveLength(0);

    await answer(letterId, 'officer1');
    const first = await messagesAbout(letterId);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ channel: 'email', subject: expect.stringContaining(`${letterNumber} 已答复`) });
    expect(first[0]?.to).not.toContain('citizen1@');
    expect(first[0]?.to).toMatch(/^c\*+@/);
    expect(first[0]?.body).toContain(`/my/letters/${letterId}`);

    // Reopened, the head's second answer is told too.
    const reopened = await api('POST', `/api/letters/${letterId}/reopening`, {
      token: await tokenFor('citizen1'),
      body: { reason: '周日不办公，能否告知最近的其他登记点' },
    });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    await answer(letterId, 'head1');
    const both = await messagesAbout(letterId);
    expect(both).toHaveLength(2);
    expect(both.map((m) => m.subject)).toContainEqual(expect.stringContaining(`${letterNumber} 已再次答复`));
  });

  it('answers an anonymous writer who left no contact without a message, and texts one who left a phone', async () => {
    await setCloudClock(writtenAt);
    const silent = await api('POST', '/api/letters/anonymous', { body: consultation() });
    expect(silent.status, JSON.stringify(silent.body)).toBe(201);
    await answer(silent.body.letter.letterId, 'officer1');
    expect(await messagesAbout(silent.body.letter.letterId)).toHaveLength(0);

    const withPhone = await api('POST', '/api/letters/anonymous', {
      body: consultation({ name: '林晓', phone: '13922223333' }),
    });
    await answer(withPhone.body.letter.letterId, 'officer1');
    const texts = await messagesAbout(withPhone.body.letter.letterId);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ channel: 'sms', to: '139****3333' });
    expect(texts[0]?.body).toContain('/mailbox/follow');
  });
});
