import type { WorkingCalendar } from '../deadlines/calendar.js';
import { dueDate, warningLevel } from '../deadlines/clock.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import type { CaseClock } from './model.js';

/**
 * A case's legal clock (电子监察) on top of deadlines/: started at acceptance, stopped while the case
 * waits for the citizen, its due date and warning level derived by the working-day calendar passed in
 * (the published one in production: calendar/published.ts). `dueCovered: false` flags a due date that
 * rests on a year without a published calendar (counted Monday–Friday).
 */

/** The clock of a case accepted at `at`, with the item's promised limit. */
export function startClock(
  calendar: WorkingCalendar,
  limits: { promisedDays: number; statutoryDays: number },
  at: string,
): CaseClock {
  const clock: CaseClock = {
    acceptedAt: at,
    limitDays: limits.promisedDays,
    statutoryDays: limits.statutoryDays,
    pauses: [],
    level: 'green',
  };
  return withDerived(calendar, clock, at);
}

/** The clock with its due date and level recomputed at `now`. */
export function withDerived(calendar: WorkingCalendar, clock: CaseClock, now: string): CaseClock {
  if (!clock.acceptedAt) return clock;
  const facts = { acceptedAt: clock.acceptedAt, limitDays: clock.limitDays, pauses: clock.pauses };
  const due = dueDate(calendar, facts, now);
  return { ...clock, dueDate: due.date, dueCovered: due.covered, level: warningLevel(calendar, facts, now) };
}

/**
 * The clock as readers see it at `now`: derived, with the working days left until the due date
 * (`remainingWorkingDays`, counted by the working-day calendar; 0 on the due date, negative once overdue).
 */
export function clockAt(
  calendar: WorkingCalendar,
  clock: CaseClock,
  now: string,
): CaseClock & { remainingWorkingDays?: number } {
  const derived = withDerived(calendar, clock, now);
  if (!derived.dueDate) return derived;
  return { ...derived, remainingWorkingDays: workingDaysBetween(calendar, shanghaiDate(now), derived.dueDate).days };
}

/** Stops the clock (a correction was asked for); a clock that has not started stays as it is. */
export function pauseClock(calendar: WorkingCalendar, clock: CaseClock, at: string): CaseClock {
  if (!clock.acceptedAt || clock.pauses.some((p) => p.to === undefined)) return clock;
  return withDerived(calendar, { ...clock, pauses: [...clock.pauses, { from: at }] }, at);
}

/** Restarts a stopped clock (the correction came back). */
export function resumeClock(calendar: WorkingCalendar, clock: CaseClock, at: string): CaseClock {
  if (!clock.pauses.some((p) => p.to === undefined)) return clock;
  return withDerived(
    calendar,
    { ...clock, pauses: clock.pauses.map((p) => (p.to === undefined ? { ...p, to: at } : p)) },
    at,
  );
}
