import { performance } from 'node:perf_hooks';
import { workingCalendar, type WorkingCalendar } from '../deadlines/calendar.js';
import { logger } from '../platform/logger.js';
import { yearDates } from './schedule.js';
import * as store from './store.js';

/**
 * The calendar every deadline counts with: the published years, read with one Query and kept for a
 * minute per warm function. Publishing forgets the copy of the function that published; others pick the
 * new year up within `cacheMs` (a due date is a day, so a minute's delay changes no outcome).
 *
 * The cache's age is measured on the monotonic clock, not the platform's clock: tests that move "now"
 * must not freeze or expire it.
 */
export const cacheMs = 60_000;

let cached: { at: number; calendar: Promise<WorkingCalendar> } | undefined;

async function load(): Promise<WorkingCalendar> {
  const years = await store.listPublished();
  return workingCalendar(years.map((y) => yearDates(y.year, y)));
}

/** The published working-day calendar (cached; see above). */
export function publishedWorkingCalendar(): Promise<WorkingCalendar> {
  const at = performance.now();
  if (cached && at - cached.at < cacheMs) return cached.calendar;
  const calendar = load();
  cached = { at, calendar };
  // A failed read is not kept: the next caller tries again.
  calendar.catch((error: unknown) => {
    if (cached?.calendar === calendar) cached = undefined;
    logger.warn('calendar not loaded', { action: 'calendar.load', error: error as Error });
  });
  return calendar;
}

/** Drops the cached calendar (after a publication, and in tests). */
export function forgetPublishedCalendar(): void {
  cached = undefined;
}

/** A source of the working calendar: the published one, or a fixed one in unit tests. */
export type CalendarSource = () => Promise<WorkingCalendar>;
