import type { WorkingCalendar } from '../deadlines/calendar.js';
import {
  runningClock,
  runningClockAt,
  warningOwed,
  type RunningLevel,
  type RunningWarning,
} from '../deadlines/running-clock.js';
import type { LetterRecord } from './model.js';

/**
 * A letter's time limit, without I/O: each round (written, or reopened) is a running clock
 * (deadlines/running-clock.ts) started when the round started with the type's limit in working days and never
 * paused (a letter does not wait for its writer). Its level is the cases' traffic light — yellow from 80 % of
 * the limit used, red once overdue — and the sweep raises each warning once per round: yellow to the
 * department's officers, red (overdue) escalated to its head too, as for a case (cases/sweep.ts).
 */

export type LetterLevel = RunningLevel;
export type LetterWarning = RunningWarning;

/** The current round's clock as the deadline engine takes it. */
export const letterClock = (record: LetterRecord) => runningClock(record.roundStartedAt, record.limitDays);

/** Whether the department still owes an answer (a draft waiting for the head is not one yet). */
export const clockRuns = (record: LetterRecord) => record.status !== 'answered';

/** The level raised for the current round so far (green when none was). */
export function warnedLevel(record: LetterRecord): LetterLevel {
  return record.deadlineWarning?.round === record.round ? record.deadlineWarning.level : 'green';
}

/** Whether the current round was escalated to the head as overdue. */
export const isEscalated = (record: LetterRecord) => warnedLevel(record) === 'red';

/**
 * The letter's clock as staff read it at `now`: its level, due date and the working days left (0 on the due
 * date, negative once overdue); undefined once answered (the clock stopped).
 */
export function letterClockAt(calendar: WorkingCalendar, record: LetterRecord, now: string) {
  if (!clockRuns(record)) return undefined;
  return runningClockAt(calendar, letterClock(record), now, warnedLevel(record));
}

/** The warning the sweep owes at `now`: a level above the one raised for this round already, else none. */
export function warningDue(calendar: WorkingCalendar, record: LetterRecord, now: string): LetterWarning | undefined {
  const current = letterClockAt(calendar, record, now);
  return current ? warningOwed(current.level, warnedLevel(record)) : undefined;
}

/**
 * The letter with a warning raised at `at`: recorded for the round (so a second sweep raises nothing) and in
 * its history as the cases' events are named ('deadline_warning', 'overdue'), by the system.
 */
export function warned(record: LetterRecord, level: LetterWarning, at: string, due: string): LetterRecord {
  return {
    ...record,
    deadlineWarning: { round: record.round, level, at },
    history: [
      ...record.history,
      {
        at,
        event: level === 'red' ? 'overdue' : 'deadline_warning',
        round: record.round,
        department: record.department,
        dueDate: due,
        by: 'system',
      },
    ],
    version: record.version + 1,
  };
}
