import { dueDate, warningLevel } from '../deadlines/clock.js';
import type { CaseClock } from './model.js';

/**
 * A case's legal clock (电子监察) on top of deadlines/: started at acceptance, stopped while the case
 * waits for the citizen, its due date and warning level derived by the working-day calendar.
 */

/** The clock of a case accepted at `at`, with the item's promised limit. */
export function startClock(limits: { promisedDays: number; statutoryDays: number }, at: string): CaseClock {
  const clock: CaseClock = {
    acceptedAt: at,
    limitDays: limits.promisedDays,
    statutoryDays: limits.statutoryDays,
    pauses: [],
    level: 'green',
  };
  return withDerived(clock, at);
}

/** The clock with its due date and level recomputed at `now`. */
export function withDerived(clock: CaseClock, now: string): CaseClock {
  if (!clock.acceptedAt) return clock;
  const facts = { acceptedAt: clock.acceptedAt, limitDays: clock.limitDays, pauses: clock.pauses };
  const due = dueDate(facts, now);
  return { ...clock, dueDate: due.date, dueCovered: due.covered, level: warningLevel(facts, now) };
}

/** Stops the clock (a correction was asked for); a clock that has not started stays as it is. */
export function pauseClock(clock: CaseClock, at: string): CaseClock {
  if (!clock.acceptedAt || clock.pauses.some((p) => p.to === undefined)) return clock;
  return withDerived({ ...clock, pauses: [...clock.pauses, { from: at }] }, at);
}

/** Restarts a stopped clock (the correction came back). */
export function resumeClock(clock: CaseClock, at: string): CaseClock {
  if (!clock.pauses.some((p) => p.to === undefined)) return clock;
  return withDerived({ ...clock, pauses: clock.pauses.map((p) => (p.to === undefined ? { ...p, to: at } : p)) }, at);
}
