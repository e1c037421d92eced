import { workingCalendar, type WorkingCalendar } from '../../functions/src/deadlines/calendar.js';
import { yearDates } from '../../functions/src/calendar/schedule.js';
import { seedSchedules } from '../../functions/src/calendar/seed/index.js';

/**
 * Working calendars for unit tests, passed in instead of read from the store: the seed (the package's
 * years 2004–2026, as published on first start), and the seed plus extra years a test publishes.
 */
export const seedCalendar: WorkingCalendar = workingCalendar(
  [...seedSchedules()].map(([year, schedule]) => yearDates(year, schedule)),
);

/** The first year after the seed: it has no published calendar unless a test adds one. */
export const yearWithoutCalendar = 2027;

/** The seed calendar with `extra` years published on top. */
export function calendarWith(
  ...extra: Array<{ year: number; holidays: string[]; makeUpWorkdays?: string[] }>
): WorkingCalendar {
  return workingCalendar([
    ...[...seedSchedules()].map(([year, schedule]) => yearDates(year, schedule)),
    ...extra.map((e) => ({ year: e.year, holidays: e.holidays, makeUpWorkdays: e.makeUpWorkdays ?? [] })),
  ]);
}
