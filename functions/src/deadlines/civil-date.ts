/**
 * Calendar dates in China. A legal time limit ends at the end of a day in Guangzhou, so every
 * computation here works on Asia/Shanghai calendar dates ('YYYY-MM-DD'), never on UTC days: the
 * instant 2026-02-13T17:00Z is already 2026-02-14 in Shanghai.
 *
 * China Standard Time is UTC+8 all year (no daylight saving since 1991, before any calendar year
 * this module knows), so the conversion is a fixed offset and needs no time-zone database.
 */

/** A Shanghai calendar date, 'YYYY-MM-DD'. */
export type CivilDate = string;

const shanghaiOffsetMs = 8 * 60 * 60 * 1000;
const msPerDay = 24 * 60 * 60 * 1000;
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO 8601 instant that names its offset: a bare local time would be ambiguous. */
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Days since 1970-01-01 of a valid calendar date, or undefined for one like 2026-02-30. */
function dayNumberOfDate(text: string): number | undefined {
  const match = dateOnly.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return ms / msPerDay;
}

/** Milliseconds of an ISO instant with an offset, or NaN (Date.parse alone takes 02-30 for 03-02). */
const parseInstant = (text: string): number =>
  instant.test(text) && dayNumberOfDate(text.slice(0, 10)) !== undefined ? Date.parse(text) : Number.NaN;

/**
 * The day number (days since 1970-01-01) of a Shanghai calendar date given either as 'YYYY-MM-DD'
 * or as an ISO instant with an offset ('2026-02-13T17:00:00Z' is day 2026-02-14).
 * @throws RangeError for anything else, including impossible dates and instants without an offset.
 */
export function toDayNumber(input: string): number {
  const day = dayNumberOfDate(input);
  if (day !== undefined) return day;
  const ms = parseInstant(input);
  if (Number.isNaN(ms)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD) nor an ISO instant with an offset: '${input}'`);
  }
  return Math.floor((ms + shanghaiOffsetMs) / msPerDay);
}

/**
 * Milliseconds since the epoch of an ISO instant with an offset.
 * @throws RangeError for anything else: a bare date or local time names no instant.
 */
export function instantMs(input: string): number {
  const ms = parseInstant(input);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with an offset: '${input}'`);
  return ms;
}

/**
 * The day number of the Shanghai date of an ISO instant with an offset (not a bare date).
 * @throws RangeError for anything else.
 */
export const instantDayNumber = (input: string): number => Math.floor((instantMs(input) + shanghaiOffsetMs) / msPerDay);

/** The 'YYYY-MM-DD' of a day number. */
export const fromDayNumber = (day: number): CivilDate => new Date(day * msPerDay).toISOString().slice(0, 10);

/** The Shanghai calendar date of a date or an instant (see toDayNumber). */
export const shanghaiDate = (input: string): CivilDate => fromDayNumber(toDayNumber(input));

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The calendar year of a day number. */
export const yearOf = (day: number): number => new Date(day * msPerDay).getUTCFullYear();
