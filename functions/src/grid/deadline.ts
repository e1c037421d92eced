import type { WorkingCalendar } from '../deadlines/calendar.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import { warningLevel } from '../deadlines/clock.js';
import type { DeadlineClock } from '../deadlines/model.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import type { GridEventRecord } from './model.js';

/**
 * A city event's time limit on the cases' deadline engine (deadlines/clock.ts), without I/O: one clock from the
 * report with the category's limit in working days, never paused (a street problem does not wait for anyone).
 * Its level is the cases' traffic light — yellow from 80 % of the limit used, red once overdue — and the sweep
 * (grid/sweep.ts) raises each once per event: yellow to whoever holds the open step, red escalated to the
 * department's head and the command center's dispatchers too. A returned event keeps its clock.
 */

export type GridLevel = 'green' | 'yellow' | 'red';
export type GridWarning = 'yellow' | 'red';

const rank: Record<GridLevel, number> = { green: 0, yellow: 1, red: 2 };

export const gridClock = (record: GridEventRecord): DeadlineClock => ({
  acceptedAt: record.reportedAt,
  limitDays: record.limitDays,
  pauses: [],
});

/** The level raised for the event so far (green when none was). */
export const warnedLevel = (record: GridEventRecord): GridLevel => record.deadlineWarning?.level ?? 'green';

/** The event's clock at `now`: level and working days left (0 on the due date, negative after); none once closed. */
export function gridClockAt(calendar: WorkingCalendar, record: GridEventRecord, now: string) {
  if (record.status === 'closed') return undefined;
  // A never-paused clock is never 'paused'.
  const level = warningLevel(calendar, gridClock(record), now) as GridLevel;
  return {
    level,
    remainingWorkingDays: workingDaysBetween(calendar, shanghaiDate(now), record.dueDate).days,
    escalated: warnedLevel(record) === 'red',
  };
}

/** The warning the sweep owes at `now`: a level above the one raised already, else none. */
export function warningDue(calendar: WorkingCalendar, record: GridEventRecord, now: string): GridWarning | undefined {
  const current = gridClockAt(calendar, record, now);
  if (!current || current.level === 'green') return undefined;
  return rank[current.level] > rank[warnedLevel(record)] ? current.level : undefined;
}

/**
 * The event with a warning raised at `at`: recorded on it (so a second sweep raises nothing) and in its history
 * as the cases' events are named ('deadline_warning', 'overdue'), by the system, at the step it stands at.
 */
export function warned(record: GridEventRecord, level: GridWarning, at: string): GridEventRecord {
  return {
    ...record,
    deadlineWarning: { level, at },
    updatedAt: at,
    version: record.version + 1,
    history: [
      ...record.history,
      { at, status: record.status, action: level === 'red' ? 'overdue' : 'deadline_warning', by: 'system' },
    ],
  };
}
