import { describe, expect, it } from 'vitest';
import type { EventActionInput, GridEventRecord } from '../../../functions/src/grid/model.js';
import { applyAction } from '../../../functions/src/grid/rules.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import type { Principal } from '../../../functions/src/platform/principal.js';

const reportedAt = '2026-03-02T02:00:00.000Z';
const at = '2026-03-02T03:00:00.000Z';

function event(overrides: Partial<GridEventRecord> = {}): GridEventRecord {
  return {
    eventId: 'G20260302-0001',
    category: 'E0101',
    description: '人行道上有一堆建筑垃圾',
    location: { lat: 23.13, lng: 113.27 },
    cell: 'beijing-01-1',
    street: 'beijing',
    community: 'beijing-01',
    source: 'portal',
    owner: 'sub-citizen1',
    reportedBy: 'citizen1',
    status: 'reported',
    limitDays: 1,
    dueDate: '2026-03-03',
    reportedAt,
    updatedAt: reportedAt,
    history: [{ at: reportedAt, status: 'reported', action: 'report', by: 'citizen1' }],
    version: 1,
    ...overrides,
  };
}

const dispatcher: Principal = { sub: 's-d', username: 'dispatcher1', roles: ['dispatcher'] };
const officer: Principal = { sub: 's-o', username: 'officer-env', roles: ['officer'], department: 'environment' };
const inspector: Principal = { sub: 's-i', username: 'inspector1', roles: ['inspector'], street: 'beijing' };

const act = (record: GridEventRecord, who: Principal, input: Partial<EventActionInput>) =>
  applyAction(record, who, { action: 'register', version: record.version, ...input }, at, 'environment');

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : String(error);
  }
  return 'no error';
};

describe('the city-event loop', () => {
  it('goes 上报 → 立案 → 派遣 → 处置 → 核查 → 结案 with a history entry for each', () => {
    const registered = act(event(), dispatcher, { action: 'register' });
    const dispatched = act(registered, dispatcher, { action: 'dispatch' });
    const handled = act(dispatched, officer, { action: 'handle', note: '已清运' });
    const closed = act(handled, inspector, { action: 'verify' });
    expect([registered.status, dispatched.status, handled.status, closed.status]).toEqual([
      'registered',
      'dispatched',
      'handled',
      'closed',
    ]);
    expect(closed.history.map((h) => h.status)).toEqual([
      'reported',
      'registered',
      'dispatched',
      'handled',
      'verified',
      'closed',
    ]);
    expect(dispatched.department).toBe('environment');
    expect(closed.closedAt).toBe(at);
    expect(closed.version).toBe(5);
  });

  it('dispatches to the department the dispatcher names over the category’s', () => {
    const registered = act(event(), dispatcher, { action: 'register' });
    expect(act(registered, dispatcher, { action: 'dispatch', department: 'urban-management' }).department).toBe(
      'urban-management',
    );
  });

  it('sends a returned result back to handling, with the inspector’s reason', () => {
    const handled = event({ status: 'handled', department: 'environment', version: 4 });
    const returned = act(handled, inspector, { action: 'return', note: '现场仍有垃圾' });
    expect(returned.status).toBe('dispatched');
    expect(returned.history.at(-1)).toMatchObject({ action: 'return', note: '现场仍有垃圾', by: 'inspector1' });
  });

  it('closes a declined report (不予立案) with the reason, marked declined', () => {
    const declined = act(event(), dispatcher, { action: 'decline', note: '重复上报' });
    expect(declined).toMatchObject({ status: 'closed', declined: true });
  });

  it('refuses a step out of order (409 GRID_STEP_NOT_OPEN)', () => {
    expect(codeOf(() => act(event(), dispatcher, { action: 'dispatch' }))).toBe('409 GRID_STEP_NOT_OPEN');
    expect(codeOf(() => act(event(), inspector, { action: 'verify' }))).toBe('409 GRID_STEP_NOT_OPEN');
  });

  it('refuses a role the step is not for (403)', () => {
    const dispatched = event({ status: 'dispatched', department: 'environment', version: 3 });
    expect(codeOf(() => act(dispatched, dispatcher, { action: 'handle', note: '已处理' }))).toBe('403 FORBIDDEN');
  });

  it('refuses a stale version (409 GRID_EVENT_STALE) and a missing reason (400)', () => {
    expect(codeOf(() => act(event(), dispatcher, { action: 'register', version: 7 }))).toBe('409 GRID_EVENT_STALE');
    expect(codeOf(() => act(event(), dispatcher, { action: 'decline' }))).toBe('400 INVALID_INPUT');
  });
});
