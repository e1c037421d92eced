import { z } from 'zod';

/**
 * The holiday calendar (G1) as operators keep it: per year, the State Council's notice (its number and
 * date), the holiday periods (放假) with their names and the make-up working days (调休). A year is
 * entered as a draft, checked, and published; every change is a new immutable version (who, when, why).
 * Deadlines count with the published years only (calendar/published.ts → deadlines/calendar.ts).
 */

/** The years the calendar holds: from the first year of the seed data to the end of the century. */
export const firstYear = 2004;
export const lastYear = 2099;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether 'YYYY-MM-DD' names a real calendar date (2027-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const civilDate = z
  .string()
  .regex(datePattern, { message: 'a date such as 2027-01-01', abort: true })
  .refine(isCalendarDate, 'not a calendar date');

/** A year in the path: four digits within [firstYear, lastYear]. */
export const calendarYear = z.coerce
  .number({ message: `a year such as 2027` })
  .int({ message: 'a year such as 2027' })
  .min(firstYear, { message: `a year from ${firstYear}` })
  .max(lastYear, { message: `a year up to ${lastYear}` });

export const holidayName = z.object({
  zh: z.string().trim().min(1, 'the holiday’s name, e.g. 春节').max(60),
  en: z.string().trim().max(80).optional(),
});
export type HolidayName = z.infer<typeof holidayName>;

/** A stretch of days off for a holiday, both ends included (e.g. 春节 2027-02-05 … 2027-02-12). */
export const holidayPeriod = z.object({ name: holidayName, from: civilDate, to: civilDate });
export type HolidayPeriod = z.infer<typeof holidayPeriod>;

/** A weekend day worked to make up for a holiday (调休), with the holiday it belongs to. */
export const makeUpWorkday = z.object({ date: civilDate, name: holidayName });
export type MakeUpWorkday = z.infer<typeof makeUpWorkday>;

/** The notice that publishes the schedule, e.g. 国办发明电〔2026〕7号 of 2026-11-04. */
export const calendarNotice = z.object({
  number: z.string().trim().min(1, 'the notice’s number, e.g. 国办发明电〔2026〕7号').max(80),
  date: civilDate,
});
export type CalendarNotice = z.infer<typeof calendarNotice>;

/** A year's schedule: what a draft holds and a version publishes. */
export const calendarSchedule = z.object({
  /** Absent only for years seeded from package data, which carries no notice. */
  notice: calendarNotice.optional(),
  holidays: z.array(holidayPeriod).max(40),
  makeUpWorkdays: z.array(makeUpWorkday).max(40),
  /** Where a seeded year's data came from (e.g. the chinese-days package). */
  source: z.string().max(120).optional(),
});
export type CalendarSchedule = z.infer<typeof calendarSchedule>;

const reason = z.string().trim().min(1, 'why the change is made').max(500);

/** The body of `PUT /api/calendar/{year}/draft`: the schedule, why, and the revision the editor read. */
export const calendarDraftInput = z.object({
  /** The year's revision the editor read; 0 when the year has no record yet. */
  revision: z.number().int().min(0),
  reason,
  notice: calendarNotice,
  holidays: z.array(holidayPeriod).min(1, 'at least one holiday period').max(40),
  makeUpWorkdays: z.array(makeUpWorkday).max(40),
});
export type CalendarDraftInput = z.infer<typeof calendarDraftInput>;

/** The body of `POST /api/calendar/{year}/publish`. */
export const calendarPublishInput = z.object({
  /** The revision the publisher read (optional: when given, a year changed meanwhile is refused). */
  revision: z.number().int().min(1).optional(),
  reason,
});
export type CalendarPublishInput = z.infer<typeof calendarPublishInput>;

/** A published year, as `GET /api/calendar/{year}` answers it. */
export const publishedCalendar = calendarSchedule.extend({
  year: z.number().int(),
  version: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** Every date off and every make-up working day, expanded from the periods, ascending. */
  dates: z.object({ holidays: z.array(z.string()), makeUpWorkdays: z.array(z.string()) }),
});
export type PublishedCalendar = z.infer<typeof publishedCalendar>;

export const versionActions = ['seed', 'draft', 'publish'] as const;
export type VersionAction = (typeof versionActions)[number];

/** One change of a year: an immutable version. */
export const calendarVersion = z.object({
  version: z.number().int(),
  action: z.enum(versionActions),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  schedule: calendarSchedule,
});
export type CalendarVersion = z.infer<typeof calendarVersion>;

export const calendarStatuses = ['none', 'draft', 'published'] as const;

/** The body of `GET /api/calendar/{year}/versions`: the year's state, its draft and every version. */
export const calendarHistory = z.object({
  year: z.number().int(),
  /** none: nothing entered; draft: entered, never published; published: a version is in force. */
  status: z.enum(calendarStatuses),
  /** The optimistic-locking token: the number of the latest version (0 for none). */
  revision: z.number().int(),
  publishedVersion: z.number().int().optional(),
  draft: calendarSchedule.optional(),
  published: publishedCalendar.optional(),
  /** Newest first. */
  versions: z.array(calendarVersion),
});
export type CalendarHistory = z.infer<typeof calendarHistory>;
