import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sweepDeadlines } from '../../functions/src/cases/sweep.js';
import { gridCells } from '../../functions/src/grid/cells.js';
import { recentMessages } from '../../functions/src/notifications/service.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';

/**
 * A city event's time limit on the cases' deadline engine: the periodic sweep warns whoever holds the open step
 * at yellow and, once overdue, escalates to the department's head and the command center, each once; the
 * inbox item moves up as escalated; the reporter never sees the internal warnings.
 */

const env = inject('cloud').env;

// Monday 2026-11-16, 10:00 in Shanghai: broken pavement (C0206) has 5 working days, due Monday 2026-11-23.
const reportedAt = '2026-11-16T02:00:00.000Z';
const on = (day: string) => `${day}T02:00:00.000Z`;

const cell = gridCells.find((c) => c.street === 'dadong')!;
const xs = cell.ring.map((p) => p[0]);
const ys = cell.ring.map((p) => p[1]);
const place = { lng: (Math.min(...xs) + Math.max(...xs)) / 2, lat: (Math.min(...ys) + Math.max(...ys)) / 2 };

const messagesAbout = async (eventId: string) =>
  (await recentMessages(5000, 30)).filter((m) => m.reference === eventId);

async function staffEvent(eventId: string) {
  const res = await api('GET', `/api/grid/events/${eventId}`, { token: await tokenFor('dispatcher1') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function handlerItem(eventId: string) {
  const inbox = await api('GET', `/api/work-items?q=${eventId}`, { token: await tokenFor('officer-urban-management') });
  expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
  return inbox.body.items.find((i: { caseNumber: string }) => i.caseNumber === eventId);
}

describe("city events on the cases' deadline engine", () => {
  beforeAll(async () => {
    // The sweep runs in this process against the same local cloud, as the local timer does.
    Object.assign(process.env, env);
    resetConfig();
    resetClients();
    resetKeyService();
    await setCloudClock(reportedAt);
  });
  afterAll(async () => setCloudClock(undefined));

  it('warns the department at yellow, escalates to its head and the command center when overdue, once each', async () => {
    const citizen = await tokenFor('citizen1');
    const reported = await api('POST', '/api/grid/events', {
      token: citizen,
      body: {
        category: 'C0206',
        description: '大东街人行道板松动破损，老人容易绊倒',
        ...place,
        submissionToken: crypto.randomUUID(),
      },
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    const { eventId, dueDate } = reported.body;
    expect(dueDate).toBe('2026-11-23');
    const dispatcher = await tokenFor('dispatcher1');
    for (const [action, version] of [
      ['register', 1],
      ['dispatch', 2],
    ] as const) {
      const res = await api('POST', `/api/grid/events/${eventId}/actions`, {
        token: dispatcher,
        body: { action, version },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }

    // Friday: three of five working days used, green; nobody is told.
    await setCloudClock(on('2026-11-20'));
    await sweepDeadlines();
    expect(await staffEvent(eventId)).toMatchObject({ level: 'green', remainingWorkingDays: 1, version: 3 });
    expect(await messagesAbout(eventId)).toHaveLength(0);

    // The due date: yellow to the department's officers, who hold the handling step.
    await setCloudClock(on('2026-11-23'));
    const yellowReport = await sweepDeadlines();
    expect(yellowReport.grid.yellow).toBeGreaterThanOrEqual(1);
    const yellow = await staffEvent(eventId);
    expect(yellow).toMatchObject({ level: 'yellow', remainingWorkingDays: 0, status: 'dispatched' });
    expect(yellow.escalated).toBeUndefined();
    expect(yellow.history.at(-1)).toMatchObject({ action: 'deadline_warning', by: 'system', status: 'dispatched' });
    expect((await messagesAbout(eventId)).map((m) => m.to)).toEqual(['officers.urban-management@duty.yuexiu.local']);
    expect((await handlerItem(eventId))?.escalated).toBe(false);

    // The next working day: overdue, escalated — the head and the command center are told, the item moves up.
    await setCloudClock(on('2026-11-24'));
    const redReport = await sweepDeadlines();
    expect(redReport.grid.red).toBeGreaterThanOrEqual(1);
    const red = await staffEvent(eventId);
    expect(red).toMatchObject({ level: 'red', remainingWorkingDays: -1, escalated: true });
    expect(red.history.at(-1)).toMatchObject({ action: 'overdue', by: 'system' });
    const duty = await messagesAbout(eventId);
    expect(duty.map((m) => m.to).sort()).toEqual([
      'dispatchers.district@duty.yuexiu.local',
      'heads.urban-management@duty.yuexiu.local',
      'officers.urban-management@duty.yuexiu.local',
      'officers.urban-management@duty.yuexiu.local',
    ]);
    expect(duty.filter((m) => m.subject.includes('红色预警'))).toHaveLength(3);
    expect(await handlerItem(eventId)).toMatchObject({ escalated: true, step: 'handle' });

    // A second sweep raises nothing new.
    await sweepDeadlines();
    expect(await messagesAbout(eventId)).toHaveLength(4);
    expect((await staffEvent(eventId)).history).toHaveLength(red.history.length);

    // The reporter follows the loop, not the departments' internal warnings.
    const mine = await api('GET', `/api/grid/events/${eventId}`, { token: citizen });
    expect(mine.status).toBe(200);
    expect(mine.body.escalated).toBeUndefined();
    expect(mine.body.history.map((h: { by: string }) => h.by)).not.toContain('system');
    expect(mine.body.history).toHaveLength(red.history.length - 2);

    // Handled, the step moves to the street's inspector; the event keeps its one red warning.
    const handled = await api('POST', `/api/grid/events/${eventId}/actions`, {
      token: await tokenFor('officer-urban-management'),
      body: { action: 'handle', note: '已更换破损人行道板', version: red.version },
    });
    expect(handled.status, JSON.stringify(handled.body)).toBe(200);
    await sweepDeadlines();
    expect(await messagesAbout(eventId)).toHaveLength(4);
  });
});
