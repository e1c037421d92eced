import { calendarDayNumber, type WorkingCalendar } from './calendar.js';
import { type CivilDate, fromDayNumber, instantDayNumber, instantMs, toDayNumber } from './civil-date.js';

/**
 * Working-day arithmetic as PRC time limits count it (行政许可法 art. 82: limits in working days,
 * public holidays excluded): the day of acceptance does not count, and a limit of n working days
 * ends at the end of the n-th working day after it. Dates are Shanghai calendar dates; inputs may
 * be 'YYYY-MM-DD' or ISO instants with an offset.
 *
 * Every result says whether it rests on official data only: `covered` is false as soon as one day
 * looked at lies in a year without a published calendar (see calendar.ts). Every function takes the
 * calendar it counts with: the published one in production (calendar/published.ts), any in tests.
 */

/** A date computed from the working-day calendar. */
export interface WorkingDate {
  date: CivilDate;
  covered: boolean;
}

/** A count of working days. */
export interface WorkingDayCount {
  days: number;
  covered: boolean;
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A number of working days must be an integer ≥ 0: ${n}`);
}

/**
 * The date on which a limit of `n` working days counted from `start` ends: the n-th working day
 * after `start` (which itself never counts, even when it is a working day). `n = 0` is the start
 * date itself (即办件, done the same day).
 * @throws RangeError when `n` is not an integer ≥ 0 or `start` is not a date.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: string, n: number): WorkingDate {
  checkCount(n);
  let day = toDayNumber(start);
  let covered = true;
  for (let counted = 0; counted < n;) {
    day += 1;
    const entry = calendarDayNumber(calendar, day);
    covered &&= entry.covered;
    if (entry.working) counted += 1;
  }
  return { date: fromDayNumber(day), covered };
}

/**
 * The working days in (a, b]: those after `a` up to and including `b`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n).date).days === n`. Negative when `b` is before `a`
 * (the count over (b, a], negated); 0 when they are the same day.
 * @throws RangeError when `a` or `b` is not a date.
 */
export function workingDaysBetween(calendar: WorkingCalendar, a: string, b: string): WorkingDayCount {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const [low, high] = from <= to ? [from, to] : [to, from];
  let days = 0;
  let covered = true;
  for (let day = low + 1; day <= high; day += 1) {
    const entry = calendarDayNumber(calendar, day);
    covered &&= entry.covered;
    if (entry.working) days += 1;
  }
  // 0 - days, not -days: the same day is 0, never -0.
  return { days: from <= to ? days : 0 - days, covered };
}

/** A Shanghai calendar day in milliseconds, and the offset of its midnight from UTC's. */
const dayMs = 86_400_000;
const shanghaiMs = 8 * 3_600_000;

/**
 * The hours of the interval [a, b] (ISO instants with an offset) that fall on working days, to 0.01 h: the time
 * a step takes without the weekends and public holidays it spans (a working day counts whole, from midnight to
 * midnight in China). 0 when `b` is not after `a`.
 * @throws RangeError when `a` or `b` is not an instant.
 */
export function workingHoursBetween(
  calendar: WorkingCalendar,
  a: string,
  b: string,
): { hours: number; covered: boolean } {
  const from = instantMs(a);
  const to = instantMs(b);
  let ms = 0;
  let covered = true;
  for (let day = instantDayNumber(a); from < to && day <= instantDayNumber(b); day += 1) {
    const entry = calendarDayNumber(calendar, day);
    covered &&= entry.covered;
    if (!entry.working) continue;
    const start = day * dayMs - shanghaiMs;
    ms += Math.max(0, Math.min(to, start + dayMs) - Math.max(from, start));
  }
  return { hours: Math.round((ms / 3_600_000) * 100) / 100, covered };
}
