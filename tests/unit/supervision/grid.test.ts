import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../functions/src/platform/principal.js';
import {
  gridFiguresOf,
  repeatLocations,
  supervisionGrid,
  type SupervisedEvent,
} from '../../../functions/src/supervision/grid.js';

const event = (overrides: Partial<SupervisedEvent>): SupervisedEvent => ({
  eventId: 'G20260302-0001',
  category: 'E0101',
  cell: 'beijing-01-1',
  street: 'beijing',
  status: 'dispatched',
  department: 'environment',
  dueDate: '2026-03-03',
  reportedAt: '2026-03-02T02:00:00.000Z',
  ...overrides,
});

describe('city-management figures', () => {
  it('counts open, overdue, closed on time and declined events', () => {
    const events = [
      event({ eventId: 'a' }),
      event({ eventId: 'b', dueDate: '2026-03-01' }),
      event({ eventId: 'c', status: 'closed', closedAt: '2026-03-03T09:59:00.000Z' }),
      // Closed at 00:30 China time on the 4th: a day late.
      event({ eventId: 'd', status: 'closed', closedAt: '2026-03-03T16:30:00.000Z' }),
      event({ eventId: 'e', status: 'closed', declined: true, closedAt: '2026-03-02T03:00:00.000Z' }),
    ];
    expect(gridFiguresOf(events, '2026-03-02')).toEqual({
      events: 5,
      open: 2,
      overdue: 1,
      closed: 2,
      closedOnTime: 1,
      onTimeRate: 0.5,
      declined: 1,
    });
    expect(gridFiguresOf([], '2026-03-02').onTimeRate).toBeNull();
  });

  it('finds cells where one category came back, most first, and ignores single events', () => {
    const events = [
      event({ eventId: 'a', cell: 'beijing-01-1' }),
      event({ eventId: 'b', cell: 'beijing-01-1', reportedAt: '2026-03-05T02:00:00.000Z' }),
      event({ eventId: 'c', cell: 'beijing-01-1', category: 'C0206' }),
      event({ eventId: 'd', cell: 'dadong-01-1', street: 'dadong' }),
      event({ eventId: 'e', cell: 'dadong-01-1', street: 'dadong' }),
      event({ eventId: 'f', cell: 'dadong-01-1', street: 'dadong' }),
    ];
    expect(repeatLocations(events).map((r) => [r.cell, r.category, r.events])).toEqual([
      ['dadong-01-1', 'E0101', 3],
      ['beijing-01-1', 'E0101', 2],
    ]);
    expect(repeatLocations(events)[1]?.lastReportedAt).toBe('2026-03-05T02:00:00.000Z');
  });

  it("keeps a head to the events dispatched to their department, and the period's days", async () => {
    const source = async () => [
      event({ eventId: 'a' }),
      event({ eventId: 'b', department: 'housing', category: 'E0201' }),
      event({ eventId: 'c', department: undefined, status: 'reported' }),
      event({ eventId: 'd', reportedAt: '2026-03-09T02:00:00.000Z' }),
    ];
    const head: Principal = { sub: 'h', username: 'head-environment', roles: ['head'], department: 'environment' };
    const own = await supervisionGrid(
      head,
      'department',
      { from: '2026-03-02', to: '2026-03-06' },
      {
        now: '2026-03-10T02:00:00.000Z',
        source,
      },
    );
    expect(own.total.events).toBe(1);
    expect(own.scope).toEqual({ kind: 'department', departments: ['environment'] });
    const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
    const district = await supervisionGrid(supervisor, 'district', {}, { now: '2026-03-10T02:00:00.000Z', source });
    expect(district.total.events).toBe(4);
    expect(district.byStatus.find((s) => s.status === 'reported')?.events).toBe(1);
  });
});
