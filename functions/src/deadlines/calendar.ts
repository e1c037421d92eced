import { type CivilDate, fromDayNumber, shanghaiDate, toDayNumber, weekdayOf, yearOf } from './civil-date.js';

/**
 * The PRC working-day calendar as pure data: for each year whose schedule is published (the State
 * Council's notice, 国务院办公厅关于节假日安排的通知), its public holidays and its make-up working days
 * (调休). Where the data comes from — the stored, published calendars (functions/src/calendar/) — is
 * not this module's business: every function takes the calendar as an argument, so tests pass their own.
 *
 * A year counts as covered when it has a published schedule. For a date in any other year — typically
 * next year before the notice is published and entered — the calendar answers with plain Monday–Friday
 * and says `covered: false`, rather than throwing: a case accepted in November with a 30-working-day
 * limit must still get a due date, and the flag lets the case engine show it as provisional; it is
 * recomputed once the year is published. No holiday is ever guessed: Monday–Friday can be off in either
 * direction (a holiday makes the real date later, a make-up weekend can make it earlier).
 */

/** One year's exceptions to Monday–Friday. */
export interface CalendarYearDays {
  readonly holidays: ReadonlySet<CivilDate>;
  readonly makeUpWorkdays: ReadonlySet<CivilDate>;
}

/** The published years of the working-day calendar. */
export interface WorkingCalendar {
  readonly years: ReadonlyMap<number, CalendarYearDays>;
}

/** What a year's schedule contributes to the calendar: its dates off and its make-up working days. */
export interface YearDates {
  readonly year: number;
  readonly holidays: Iterable<CivilDate>;
  readonly makeUpWorkdays: Iterable<CivilDate>;
}

/** The working calendar of the given published years (a later entry for the same year wins). */
export function workingCalendar(years: Iterable<YearDates>): WorkingCalendar {
  const map = new Map<number, CalendarYearDays>();
  for (const year of years) {
    map.set(year.year, { holidays: new Set(year.holidays), makeUpWorkdays: new Set(year.makeUpWorkdays) });
  }
  return { years: map };
}

/** A calendar with no published year: every date is counted Monday–Friday and flagged as not covered. */
export const mondayToFridayCalendar: WorkingCalendar = workingCalendar([]);

/** One Shanghai calendar day: whether it is a working day, and whether that answer is official. */
export interface CalendarDay {
  date: CivilDate;
  /** A working day: Monday–Friday that is not a public holiday, or a make-up working day (调休). */
  working: boolean;
  /** False when the year has no published calendar and `working` is plain Monday–Friday. */
  covered: boolean;
}

/** The years the calendar has published schedules for, ascending. */
export const coveredYears = (calendar: WorkingCalendar): number[] => [...calendar.years.keys()].sort((a, b) => a - b);

/** Whether the calendar has the published schedule of `year`. */
export const isCoveredYear = (calendar: WorkingCalendar, year: number): boolean => calendar.years.has(year);

/** The calendar entry of a day number (days since 1970-01-01). */
export function calendarDayNumber(calendar: WorkingCalendar, day: number): CalendarDay {
  const date = fromDayNumber(day);
  const weekday = weekdayOf(day);
  const weekdayWorking = weekday >= 1 && weekday <= 5;
  const year = calendar.years.get(yearOf(day));
  if (!year) return { date, working: weekdayWorking, covered: false };
  const working = year.makeUpWorkdays.has(date) || (weekdayWorking && !year.holidays.has(date));
  return { date, working, covered: true };
}

/**
 * The calendar entry of a Shanghai date, given as 'YYYY-MM-DD' or as an ISO instant with an offset.
 * @throws RangeError when the input is neither.
 */
export function calendarDay(calendar: WorkingCalendar, input: string): CalendarDay {
  const day = toDayNumber(input);
  return { ...calendarDayNumber(calendar, day), date: shanghaiDate(input) };
}

/** Whether a Shanghai date is a working day (plain Monday–Friday in a year without a published calendar). */
export const isWorkingDay = (calendar: WorkingCalendar, input: string): boolean => calendarDay(calendar, input).working;

/** From this day of the year (China's date) next year's calendar is expected to be published. */
export const nextYearDueFrom = '11-01';

/**
 * The years whose calendar should be published by `today` (China's 'YYYY-MM-DD') and is not: this year
 * always, next year from 1 November (the State Council publishes its schedule in the autumn before).
 */
export function missingCalendarYears(calendar: WorkingCalendar, today: CivilDate): number[] {
  const year = Number(today.slice(0, 4));
  const expected = today.slice(5) >= nextYearDueFrom ? [year, year + 1] : [year];
  return expected.filter((y) => !isCoveredYear(calendar, y));
}
