import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { fromDayNumber, toDayNumber } from '../../deadlines/civil-date.js';
import type { CalendarSchedule, HolidayName, HolidayPeriod } from '../model.js';
import { publishSeedYear } from '../service.js';

/**
 * The seed of the holiday calendar: the years 2004–2026 of the `chinese-days` package (1.5.7), whose
 * published JSON lists each day off and each make-up working day by date with the holiday's English and
 * Chinese names. Consecutive days off of the same holiday become one period. The package carries no
 * notice numbers, so seeded years have none and name their source instead. Years from 2027 on are
 * entered by an administrator from the State Council's notice (/staff/calendar).
 *
 * The package's functions are not used: they read dates in the process's local time zone. Its data is
 * plain dates and is read here as such.
 */
export const seedSource = 'chinese-days 1.5.7 (npm package data)';

/** "Spring Festival,春节,4" → { zh: 春节, en: Spring Festival }. */
function nameOf(entry: string): HolidayName {
  const [en, zh] = entry.split(',');
  return { zh: zh ?? en ?? '', ...(en ? { en } : {}) };
}

function byYear(entries: Record<string, string>): Map<number, Array<[string, HolidayName]>> {
  const years = new Map<number, Array<[string, HolidayName]>>();
  for (const [date, entry] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    const year = Number(date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), [date, nameOf(entry)]]);
  }
  return years;
}

/** Consecutive dates with the same holiday name, as periods. */
function periodsOf(days: ReadonlyArray<[string, HolidayName]>): HolidayPeriod[] {
  const periods: HolidayPeriod[] = [];
  for (const [date, name] of days) {
    const last = periods.at(-1);
    if (last && last.name.zh === name.zh && toDayNumber(last.to) + 1 === toDayNumber(date)) {
      last.to = fromDayNumber(toDayNumber(date));
    } else {
      periods.push({ name, from: date, to: date });
    }
  }
  return periods;
}

/** The package's years as schedules, by year. */
export function seedSchedules(): Map<number, CalendarSchedule> {
  const holidays = byYear(chineseDays.holidays as Record<string, string>);
  const workdays = byYear(chineseDays.workdays as Record<string, string>);
  const schedules = new Map<number, CalendarSchedule>();
  for (const year of [...holidays.keys()].sort((a, b) => a - b)) {
    schedules.set(year, {
      holidays: periodsOf(holidays.get(year) ?? []),
      makeUpWorkdays: (workdays.get(year) ?? []).map(([date, name]) => ({ date, name })),
      source: seedSource,
    });
  }
  return schedules;
}

/**
 * Publishes each seed year that has no record yet as its version 1, through the platform's config and
 * clients (the local cloud at start; on AWS, run with the stage's environment like the catalog seed).
 * Years that exist are left as they are, so a restart keeps every edit. Returns how many were written.
 */
export async function seedCalendars(schedules: ReadonlyMap<number, CalendarSchedule> = seedSchedules()) {
  let written = 0;
  for (const [year, schedule] of schedules) {
    if (await publishSeedYear(year, schedule, `Seeded from ${seedSource}`)) written++;
  }
  return written;
}
