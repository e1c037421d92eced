import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, inject, it } from 'vitest';
import { gridCells } from '../../functions/src/grid/cells.js';
import { api, tokenFor } from '../support/api.js';

/**
 * A city event through the API, the digital city-management loop: a citizen reports → the dispatcher registers
 * and dispatches → the department handles → the street's inspector verifies and closes; each human step is an
 * item in the one staff inbox, and the citizen follows the event to its closure.
 */

const cell = gridCells.find((c) => c.street === 'beijing')!;
const xs = cell.ring.map((p) => p[0]);
const ys = cell.ring.map((p) => p[1]);
const place = { lng: (Math.min(...xs) + Math.max(...xs)) / 2, lat: (Math.min(...ys) + Math.max(...ys)) / 2 };

const report = (overrides: Record<string, unknown> = {}) => ({
  category: 'E0101',
  description: '北京路步行街口有一堆建筑垃圾，影响通行',
  ...place,
  address: '北京路 1 号旁',
  submissionToken: crypto.randomUUID(),
  ...overrides,
});

async function inboxItem(user: string, eventId: string) {
  const inbox = await api('GET', `/api/work-items?q=${eventId}`, { token: await tokenFor(user) });
  expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
  return inbox.body.items.find((i: { caseNumber: string }) => i.caseNumber === eventId);
}

const env = inject('cloud').env;
const sfn = new SFNClient({
  region: env.AWS_REGION,
  endpoint: env.AWS_ENDPOINT_URL_SFN,
  credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
});

/** The status of the event's workflow execution (workflows/grid-event.ts) once it is `status`; fails after 10 s. */
async function executionOf(eventId: string, status: 'RUNNING' | 'SUCCEEDED') {
  const executionArn = `${env.SFN_GRID_EVENT_ARN!.replace(':stateMachine:', ':execution:')}:${eventId}`;
  let last = '';
  for (let i = 0; i < 100; i++) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    last = out.status ?? '';
    if (last === status) return out;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`execution of ${eventId} is ${last}, not ${status}`);
}

async function act(user: string, eventId: string, body: Record<string, unknown>) {
  return api('POST', `/api/grid/events/${eventId}/actions`, { token: await tokenFor(user), body });
}

describe('grid events: report → register → dispatch → handle → verify and close', () => {
  it('takes a citizen’s report through every step, one inbox item at a time', async () => {
    const citizen = await tokenFor('citizen1');
    const reported = await api('POST', '/api/grid/events', { token: citizen, body: report() });
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    const event = reported.body;
    expect(event).toMatchObject({ status: 'reported', street: 'beijing', cell: cell.code, inspector: 'inspector1' });
    expect(event.eventId).toMatch(/^G\d{8}-\d{4}$/);
    expect(event.limitDays).toBe(1);

    const dispatchItem = await inboxItem('dispatcher1', event.eventId);
    expect(dispatchItem).toMatchObject({ kind: 'grid-event', step: 'dispatch', role: 'dispatcher' });

    const registered = await act('dispatcher1', event.eventId, { action: 'register', version: 1 });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    expect(registered.body.status).toBe('registered');
    const dispatched = await act('dispatcher1', event.eventId, { action: 'dispatch', version: 2 });
    expect(dispatched.body).toMatchObject({ status: 'dispatched', department: 'environment' });
    expect(await inboxItem('dispatcher1', event.eventId)).toBeUndefined();

    expect(await inboxItem('officer-environment', event.eventId)).toMatchObject({ step: 'handle' });
    const handled = await act('officer-environment', event.eventId, {
      action: 'handle',
      note: '已安排清运，现场清理完毕',
      version: 3,
    });
    expect(handled.status, JSON.stringify(handled.body)).toBe(200);
    expect(await inboxItem('officer-environment', event.eventId)).toBeUndefined();

    expect(await inboxItem('inspector1', event.eventId)).toMatchObject({ step: 'verify', street: 'beijing' });
    const closed = await act('inspector1', event.eventId, { action: 'verify', version: 4 });
    expect(closed.body.status).toBe('closed');
    // The event's workflow followed every step and ended with it.
    const execution = await executionOf(event.eventId, 'SUCCEEDED');
    expect(JSON.parse(execution.output!).event).toMatchObject({ status: 'closed', action: 'verify', by: 'inspector1' });
    expect(await inboxItem('inspector1', event.eventId)).toBeUndefined();

    const followed = await api('GET', `/api/grid/events/${event.eventId}`, { token: citizen });
    expect(followed.status).toBe(200);
    expect(followed.body.history.map((h: { status: string }) => h.status)).toEqual([
      'reported',
      'registered',
      'dispatched',
      'handled',
      'verified',
      'closed',
    ]);
    const mine = await api('GET', '/api/grid/events', { token: citizen });
    expect(mine.body.items.map((e: { eventId: string }) => e.eventId)).toContain(event.eventId);
  });

  it('sends a result the inspector returns back to the department’s inbox', async () => {
    const reported = await api('POST', '/api/grid/events', {
      token: await tokenFor('inspector1'),
      body: report({ category: 'C0117', description: '路灯不亮已三晚' }),
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    expect(reported.body.source).toBe('inspector');
    const id = reported.body.eventId;
    await act('dispatcher1', id, { action: 'register', version: 1 });
    await act('dispatcher1', id, { action: 'dispatch', version: 2 });
    await act('officer-urban-management', id, { action: 'handle', note: '已更换灯泡', version: 3 });
    const returned = await act('inspector1', id, { action: 'return', note: '夜间复查仍不亮', version: 4 });
    expect(returned.body.status).toBe('dispatched');
    expect(await inboxItem('officer-urban-management', id)).toMatchObject({ step: 'handle' });
    await executionOf(id, 'RUNNING');
    await act('officer-urban-management', id, { action: 'handle', note: '已更换镇流器', version: 5 });
    const closed = await act('inspector1', id, { action: 'verify', version: 6 });
    expect(closed.body.status).toBe('closed');
    await executionOf(id, 'SUCCEEDED');
  });

  it('refuses a place outside the grid (422), a stale step (409) and another citizen’s event (404)', async () => {
    const citizen = await tokenFor('citizen1');
    const outside = await api('POST', '/api/grid/events', { token: citizen, body: report({ lat: 23.3, lng: 113.4 }) });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('OUTSIDE_GRID');

    const reported = await api('POST', '/api/grid/events', { token: citizen, body: report() });
    const id = reported.body.eventId;
    const stale = await act('dispatcher1', id, { action: 'register', version: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('GRID_EVENT_STALE');
    const early = await act('dispatcher1', id, { action: 'dispatch', version: 1 });
    expect(early.body.error.code).toBe('GRID_STEP_NOT_OPEN');

    const other = await api('GET', `/api/grid/events/${id}`, { token: await tokenFor('citizen2') });
    expect(other.status).toBe(404);
  });

  it('answers a repeated submission with the event it wrote', async () => {
    const citizen = await tokenFor('citizen1');
    const body = report();
    const first = await api('POST', '/api/grid/events', { token: citizen, body });
    const again = await api('POST', '/api/grid/events', { token: citizen, body });
    expect(again.status).toBe(200);
    expect(again.body.eventId).toBe(first.body.eventId);
  });

  it('lists open events for the dispatcher, most urgent first', async () => {
    const list = await api('GET', '/api/grid/events', { token: await tokenFor('dispatcher1') });
    expect(list.status).toBe(200);
    const due = list.body.items.map((e: { dueDate: string }) => e.dueDate);
    expect(due).toEqual([...due].sort());
    expect(list.body.items.every((e: { status: string }) => e.status !== 'closed')).toBe(true);
  });
});
