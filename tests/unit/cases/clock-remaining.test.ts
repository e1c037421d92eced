import { describe, expect, it } from 'vitest';
import { clockAt, startClock } from '../../../functions/src/cases/clock.js';
import { mondayToFridayCalendar, workingCalendar } from '../../../functions/src/deadlines/calendar.js';

const limits = { promisedDays: 5, statutoryDays: 20 };

describe('the case clock counts the days left in working days', () => {
  // Accepted on Monday 2026-03-02 (China time); 5 working days end on Monday 2026-03-09.
  const accepted = startClock(mondayToFridayCalendar, limits, '2026-03-02T02:00:00.000Z');

  it('counts only working days up to the due date, not calendar days', () => {
    // Thursday 03-05: Friday 03-06 and Monday 03-09 are left (the weekend does not count).
    const clock = clockAt(mondayToFridayCalendar, accepted, '2026-03-05T02:00:00.000Z');
    expect(clock.dueDate).toBe('2026-03-09');
    expect(clock.remainingWorkingDays).toBe(2);
  });

  it('skips a published holiday and is negative once overdue', () => {
    const calendar = workingCalendar([{ year: 2026, holidays: ['2026-03-06'], makeUpWorkdays: [] }]);
    const clock = startClock(calendar, limits, '2026-03-02T02:00:00.000Z');
    expect(clockAt(calendar, clock, '2026-03-05T02:00:00.000Z')).toMatchObject({
      dueDate: '2026-03-10',
      remainingWorkingDays: 2,
    });
    expect(clockAt(calendar, clock, '2026-03-12T02:00:00.000Z').remainingWorkingDays).toBe(-2);
  });

  it('has no count before acceptance', () => {
    const pending = { limitDays: 5, statutoryDays: 20, pauses: [], level: 'green' as const };
    expect(clockAt(mondayToFridayCalendar, pending, '2026-03-05T02:00:00.000Z').remainingWorkingDays).toBeUndefined();
  });
});
