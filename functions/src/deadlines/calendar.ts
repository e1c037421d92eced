import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { type CivilDate, shanghaiDate, toDayNumber, weekdayOf, yearOf } from './civil-date.js';

/**
 * The PRC working-day calendar: official public holidays and the make-up working days (调休) that
 * the State Council publishes each year. This file is the only one that knows where the data comes
 * from — the `chinese-days` package's published JSON (holidays and make-up days by date) — so the
 * source can be swapped without touching the arithmetic.
 *
 * The package's functions (isWorkday…) are not used: they read dates in the process's local time
 * zone, so on a machine west of UTC `getDayDetail('2026-02-14')` answers for 2026-02-13. Its data
 * is plain dates and is read here as such.
 *
 * A year counts as covered when the data has that year's holidays. For a date in any other year —
 * typically next year before the State Council's notice (or before the package ships it) — the
 * calendar answers with plain Monday–Friday and says `covered: false`, rather than throwing: a
 * case accepted in November with a 30-working-day limit must still get a due date, and the
 * flag lets the case engine show it as provisional and recompute it once the year is published.
 * No holiday is ever guessed: Monday–Friday can be off in either direction (a holiday makes the
 * real date later, a make-up weekend can make it earlier).
 */

const holidays = new Set(Object.keys(chineseDays.holidays));
const makeUpWorkdays = new Set(Object.keys(chineseDays.workdays));

/** The years whose official holidays and make-up days the calendar knows, ascending. */
export const coveredYears: readonly number[] = [...new Set([...holidays].map((date) => Number(date.slice(0, 4))))].sort(
  (a, b) => a - b,
);

const covered = new Set(coveredYears);

/** One Shanghai calendar day: whether it is a working day, and whether that answer is official. */
export interface CalendarDay {
  date: CivilDate;
  /** A working day: Monday–Friday that is not a public holiday, or a make-up working day (调休). */
  working: boolean;
  /** False when the year is not covered and `working` is plain Monday–Friday. */
  covered: boolean;
}

/** Whether the calendar has the official holidays of `year`. */
export const isCoveredYear = (year: number): boolean => covered.has(year);

/**
 * The calendar entry of a Shanghai date, given as 'YYYY-MM-DD' or as an ISO instant with an offset.
 * @throws RangeError when the input is neither.
 */
export function calendarDay(input: string): CalendarDay {
  const day = toDayNumber(input);
  const date = shanghaiDate(input);
  const weekday = weekdayOf(day);
  const weekdayWorking = weekday >= 1 && weekday <= 5;
  if (!isCoveredYear(yearOf(day))) return { date, working: weekdayWorking, covered: false };
  const working = makeUpWorkdays.has(date) || (weekdayWorking && !holidays.has(date));
  return { date, working, covered: true };
}

/** Whether a Shanghai date is a working day (plain Monday–Friday in a year that is not covered). */
export const isWorkingDay = (input: string): boolean => calendarDay(input).working;
