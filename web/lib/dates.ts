import type { createFormatter } from 'next-intl';

/**
 * How every page, staff and citizen alike, writes a date: an instant (submitted, decided) with its time,
 * a calendar day (a due date, a validity) as the reader's language writes days — 2026年12月18日 or
 * December 18, 2026 — never as a bare 2026-12-18. Instants are shown in the district's time zone, which
 * the formatter carries (web/i18n/request.ts).
 */

type Formatter = ReturnType<typeof createFormatter>;

/** The district's time zone, the one every date on the portal is shown in. */
export const districtTimeZone = 'Asia/Shanghai';

// Each style names the zone too, so a client component whose provider lacks it still shows the district's.
const styles = {
  instant: { dateStyle: 'medium', timeStyle: 'short', timeZone: districtTimeZone },
  /** The audit trail: to the second, on a 24-hour clock. */
  precise: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: districtTimeZone,
  },
  day: { dateStyle: 'long', timeZone: districtTimeZone },
} as const;

const civilDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD as a moment on that day (noon UTC, which no zone within ±11 h moves to another day). */
export function civilDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

const valid = (date: Date) => !Number.isNaN(date.getTime());

/** An instant (ISO 8601) with its time, or as given when it is not a date. */
export function formatInstant(format: Formatter, iso: string, style: 'instant' | 'precise' = 'instant'): string {
  const date = new Date(iso);
  return valid(date) ? format.dateTime(date, styles[style]) : iso;
}

/**
 * A calendar day: YYYY-MM-DD as that day, an instant as its day in the district; as given when neither.
 */
export function formatDay(format: Formatter, value: string): string {
  const date = civilDayPattern.test(value) ? civilDay(value) : new Date(value);
  return valid(date) ? format.dateTime(date, styles.day) : value;
}

/** The machine-readable value of a <time> for `value` (a day stays a day, an instant becomes UTC ISO). */
export function machineDate(value: string): string {
  if (civilDayPattern.test(value)) return value;
  const date = new Date(value);
  return valid(date) ? date.toISOString() : value;
}
