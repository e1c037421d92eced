import type { WorkingCalendar } from '../deadlines/calendar.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import {
  runningClock,
  runningClockAt,
  warningOwed,
  type RunningLevel,
  type RunningWarning,
} from '../deadlines/running-clock.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import type { GridEventRecord } from './model.js';

/**
 * A city event's time limit, without I/O: one running clock (deadlines/running-clock.ts) from the report with
 * the category's limit in working days, never paused (a street problem does not wait for anyone).
 * Its level is the cases' traffic light — yellow from 80 % of the limit used, red once overdue — and the sweep
 * (grid/sweep.ts) raises each once per event: yellow to whoever holds the open step, red escalated to the
 * department's head and the command center's dispatchers too. A returned event keeps its clock.
 */

export type GridLevel = RunningLevel;
export type GridWarning = RunningWarning;

export const gridClock = (record: GridEventRecord) => runningClock(record.reportedAt, record.limitDays);

/** The level raised for the event so far (green when none was). */
export const warnedLevel = (record: GridEventRecord): GridLevel => record.deadlineWarning?.level ?? 'green';

/**
 * The event's clock at `now`: level and working days left to the due date fixed at the report (0 on the due
 * date, negative after); none once closed.
 */
export function gridClockAt(calendar: WorkingCalendar, record: GridEventRecord, now: string) {
  if (record.status === 'closed') return undefined;
  const { level, escalated } = runningClockAt(calendar, gridClock(record), now, warnedLevel(record));
  return {
    level,
    remainingWorkingDays: workingDaysBetween(calendar, shanghaiDate(now), record.dueDate).days,
    escalated,
  };
}

/** The warning the sweep owes at `now`: a level above the one raised already, else none. */
export function warningDue(calendar: WorkingCalendar, record: GridEventRecord, now: string): GridWarning | undefined {
  const current = gridClockAt(calendar, record, now);
  return current ? warningOwed(current.level, warnedLevel(record)) : undefined;
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
