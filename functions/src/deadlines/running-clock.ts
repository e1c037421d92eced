import type { WorkingCalendar } from './calendar.js';
import { shanghaiDate } from './civil-date.js';
import { dueDate, warningLevel } from './clock.js';
import type { DeadlineClock } from './model.js';
import { workingDaysBetween } from './working-days.js';

/**
 * A clock that never pauses (a letter does not wait for its writer, a street problem for anyone), on the cases'
 * deadline engine (clock.ts), with warnings raised once per level: the traffic light — yellow from 80 % of the
 * limit used, red once overdue — and the warning a sweep owes when the light is above the level raised so far.
 * The mailbox (letters/deadline.ts) and the grid (grid/deadline.ts) keep their own records of what was raised.
 */

export type RunningLevel = 'green' | 'yellow' | 'red';
export type RunningWarning = 'yellow' | 'red';

const rank: Record<RunningLevel, number> = { green: 0, yellow: 1, red: 2 };

/** A never-paused clock from `startedAt` with a limit in working days. */
export const runningClock = (startedAt: string, limitDays: number): DeadlineClock => ({
  acceptedAt: startedAt,
  limitDays,
  pauses: [],
});

/**
 * The clock as staff read it at `now`: its level, due date, the working days left (0 on the due date, negative
 * once overdue) and whether it was escalated (a red warning was raised).
 */
export function runningClockAt(calendar: WorkingCalendar, clock: DeadlineClock, now: string, raised: RunningLevel) {
  const due = dueDate(calendar, clock, now).date;
  // A never-paused clock is never 'paused'.
  const level = warningLevel(calendar, clock, now) as RunningLevel;
  return {
    level,
    dueDate: due,
    remainingWorkingDays: workingDaysBetween(calendar, shanghaiDate(now), due).days,
    escalated: raised === 'red',
  };
}

/** The warning owed for a clock at `level` when `raised` was raised already: a higher level, else none. */
export function warningOwed(level: RunningLevel, raised: RunningLevel): RunningWarning | undefined {
  if (level === 'green') return undefined;
  return rank[level] > rank[raised] ? level : undefined;
}
