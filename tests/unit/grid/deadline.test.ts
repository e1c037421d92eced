import { describe, expect, it } from 'vitest';
import { mondayToFridayCalendar as calendar } from '../../../functions/src/deadlines/calendar.js';
import { gridClockAt, warned, warnedLevel, warningDue } from '../../../functions/src/grid/deadline.js';
import type { GridEventRecord } from '../../../functions/src/grid/model.js';
import { warningRecipients } from '../../../functions/src/grid/sweep.js';

// Reported on Monday 2026-03-02 at 10:00 in Shanghai, broken pavement of 5 working days: due Monday 2026-03-09.
const reportedAt = '2026-03-02T02:00:00.000Z';
const on = (day: string) => `${day}T02:00:00.000Z`;

function event(overrides: Partial<GridEventRecord> = {}): GridEventRecord {
  return {
    eventId: 'G20260302-0001',
    category: 'C0206',
    description: '人行道板破损',
    location: { lat: 23.13, lng: 113.27 },
    cell: 'beijing-01-1',
    street: 'beijing',
    community: 'beijing-01',
    source: 'inspector',
    reportedBy: 'inspector1',
    status: 'dispatched',
    department: 'urban-management',
    limitDays: 5,
    dueDate: '2026-03-09',
    reportedAt,
    updatedAt: reportedAt,
    history: [{ at: reportedAt, status: 'reported', action: 'report', by: 'inspector1' }],
    version: 3,
    ...overrides,
  };
}

describe("a city event's clock", () => {
  it('is green until 80 % of the limit is used, yellow on the due date, red after, and stops once closed', () => {
    expect(gridClockAt(calendar, event(), on('2026-03-06'))).toEqual({
      level: 'green',
      remainingWorkingDays: 1,
      escalated: false,
    });
    expect(gridClockAt(calendar, event(), on('2026-03-09'))?.level).toBe('yellow');
    expect(gridClockAt(calendar, event(), on('2026-03-10'))).toMatchObject({ level: 'red', remainingWorkingDays: -1 });
    expect(gridClockAt(calendar, event({ status: 'closed' }), on('2026-03-10'))).toBeUndefined();
  });

  it('owes each warning once: yellow, then red, then nothing', () => {
    expect(warningDue(calendar, event(), on('2026-03-06'))).toBeUndefined();
    expect(warningDue(calendar, event(), on('2026-03-09'))).toBe('yellow');
    const afterYellow = warned(event(), 'yellow', on('2026-03-09'));
    expect(warnedLevel(afterYellow)).toBe('yellow');
    expect(warningDue(calendar, afterYellow, on('2026-03-09'))).toBeUndefined();
    // A sweep that missed the yellow day raises red straight away, and only once.
    expect(warningDue(calendar, event(), on('2026-03-10'))).toBe('red');
    const afterRed = warned(afterYellow, 'red', on('2026-03-10'));
    expect(warningDue(calendar, afterRed, on('2026-03-20'))).toBeUndefined();
    expect(gridClockAt(calendar, afterRed, on('2026-03-10'))?.escalated).toBe(true);
  });

  it('records the warning on the event, in its history by the system, as a new version', () => {
    const next = warned(event(), 'red', on('2026-03-10'));
    expect(next.version).toBe(4);
    expect(next.deadlineWarning).toEqual({ level: 'red', at: on('2026-03-10') });
    expect(next.history.at(-1)).toEqual({
      at: on('2026-03-10'),
      status: 'dispatched',
      action: 'overdue',
      by: 'system',
    });
    expect(next.status).toBe('dispatched');
  });
});

describe('who is told', () => {
  it('tells the holder of the open step at yellow', () => {
    expect(warningRecipients(event({ status: 'reported', department: undefined }), 'yellow')).toEqual([
      'dispatchers.district@duty.yuexiu.local',
    ]);
    expect(warningRecipients(event(), 'yellow')).toEqual(['officers.urban-management@duty.yuexiu.local']);
    expect(warningRecipients(event({ status: 'handled' }), 'yellow')).toEqual(['inspectors.beijing@duty.yuexiu.local']);
  });

  it("escalates red to the department's head and the command center, each desk once", () => {
    expect(warningRecipients(event(), 'red')).toEqual([
      'officers.urban-management@duty.yuexiu.local',
      'heads.urban-management@duty.yuexiu.local',
      'dispatchers.district@duty.yuexiu.local',
    ]);
    expect(warningRecipients(event({ status: 'registered', department: undefined }), 'red')).toEqual([
      'dispatchers.district@duty.yuexiu.local',
    ]);
  });
});
