import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridCells } from '../../functions/src/grid/cells.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';

/**
 * City management's figures in supervision through the API: events reported on one day (a Monday years ahead, so
 * no other test's events share it) are counted by category, street and status; a closure is timed against the
 * category's due date; a cell with the same problem twice is a repeat location; a head sees the events
 * dispatched to their department only.
 */

const dayMs = 86_400_000;
/** A Monday between 2031 and 2038 (no holiday calendar published: working days are Monday to Friday). */
const monday = new Date(Date.parse('2031-03-03T00:00:00Z') + randomInt(0, 400) * 7 * dayMs).toISOString().slice(0, 10);
const atDay = (offset: number) => new Date(Date.parse(`${monday}T10:00:00+08:00`) + offset * dayMs).toISOString();
const period = `?from=${monday}&to=${monday}`;

const middleOf = (street: string) => {
  const cell = gridCells.find((c) => c.street === street)!;
  const xs = cell.ring.map((p) => p[0]);
  const ys = cell.ring.map((p) => p[1]);
  return { cell, lng: (Math.min(...xs) + Math.max(...xs)) / 2, lat: (Math.min(...ys) + Math.max(...ys)) / 2 };
};
const beijing = middleOf('beijing');
const dadong = middleOf('dadong');

async function report(category: string, place: { lng: number; lat: number }) {
  const res = await api('POST', '/api/grid/events', {
    token: await tokenFor('citizen1'),
    body: {
      category,
      description: '监察统计测试：网格事件',
      lng: place.lng,
      lat: place.lat,
      submissionToken: crypto.randomUUID(),
    },
  });
  if (res.status !== 201) throw new Error(`report failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { eventId: string; version: number };
}

async function act(user: string, eventId: string, body: Record<string, unknown>) {
  const res = await api('POST', `/api/grid/events/${eventId}/actions`, { token: await tokenFor(user), body });
  if (res.status !== 200) throw new Error(`${String(body.action)} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { version: number };
}

/** Registers, dispatches (to the category's department), handles and verifies an event. */
async function closeEvent(eventId: string, department: string, inspector: string) {
  await act('dispatcher1', eventId, { action: 'register', version: 1 });
  await act('dispatcher1', eventId, { action: 'dispatch', version: 2 });
  await act(`officer-${department}`, eventId, { action: 'handle', note: '已处置', version: 3 });
  await act(inspector, eventId, { action: 'verify', version: 4 });
}

const figures = async (user: string, query = period) =>
  api('GET', `/api/supervision/grid${query}`, { token: await tokenFor(user) });

beforeAll(async () => {
  await setCloudClock(atDay(0));
  // Exposed rubbish (E0101, environment, 4 working hours = 1 day) twice in one cell of 北京街: a repeat location.
  const first = await report('E0101', beijing);
  const second = await report('E0101', beijing);
  // Broken pavement (C0206, urban management, 5 days) in 大东街, left open; a report declined.
  await report('C0206', dadong);
  const declined = await report('E0601', dadong);
  await act('dispatcher1', declined.eventId, { action: 'decline', note: '重复上报', version: 1 });
  // The first rubbish closed the same day (on time); the second a week later (late).
  await closeEvent(first.eventId, 'environment', 'inspector1');
  await setCloudClock(atDay(7));
  await closeEvent(second.eventId, 'environment', 'inspector1');
  // The figures are read the next day: the pavement's due date (day 7) has passed.
  await setCloudClock(atDay(8));
}, 120_000);

afterAll(async () => setCloudClock(undefined));

describe('GET /api/supervision/grid', () => {
  it("counts the district's events by status, category and street, times closures and finds repeat places", async () => {
    const res = await figures('supervisor1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body;
    expect(body).toMatchObject({ period: { from: monday, to: monday }, scope: { kind: 'district' }, truncated: false });
    // Eight days on, the pavement (due after 5 working days, on day 7) is overdue.
    expect(body.total).toEqual({
      events: 4,
      open: 1,
      overdue: 1,
      closed: 2,
      closedOnTime: 1,
      onTimeRate: 0.5,
      declined: 1,
    });
    expect(body.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'reported', events: 1 },
        { status: 'closed', events: 3 },
      ]),
    );
    expect(body.byCategory.map((c: { category: string }) => c.category)).toEqual(['C0206', 'E0101', 'E0601']);
    expect(body.byCategory.find((c: { category: string }) => c.category === 'E0101')).toMatchObject({
      name: { zh: '暴露垃圾' },
      events: 2,
      closed: 2,
      closedOnTime: 1,
    });
    expect(body.byStreet).toHaveLength(22);
    expect(body.byStreet.find((s: { street: string }) => s.street === 'dadong')).toMatchObject({
      events: 2,
      open: 1,
      declined: 1,
    });
    expect(body.repeatLocations).toEqual([
      {
        cell: beijing.cell.code,
        cellName: beijing.cell.name,
        street: 'beijing',
        category: 'E0101',
        events: 2,
        lastReportedAt: expect.any(String),
      },
    ]);
  });

  it("gives a head the events dispatched to their department only, and refuses another department's", async () => {
    const own = await figures('head-environment');
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.scope).toEqual({ kind: 'department', departments: ['environment'] });
    expect(own.body.total).toMatchObject({ events: 2, closed: 2, closedOnTime: 1 });
    expect(own.body.repeatLocations).toHaveLength(1);
    expect((await figures('head-environment', `${period}&department=civil-affairs`)).status).toBe(403);
  });

  it('refuses other roles and anonymous callers, and names a bad parameter', async () => {
    expect((await figures('officer1')).status).toBe(403);
    expect((await figures('citizen1')).status).toBe(403);
    expect((await api('GET', `/api/supervision/grid${period}`)).status).toBe(401);
    const bad = await figures('supervisor1', '?from=2031-13-01');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
  });
});
