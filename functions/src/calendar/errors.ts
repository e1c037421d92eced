import { AppError, conflict, notFound } from '../platform/errors.js';
import type { ScheduleProblem } from './schedule.js';

/**
 * The calendar's errors: 400 INVALID_INPUT (shape; details.fields), 404 NOT_FOUND, 409 CALENDAR_STALE,
 * 422 CALENDAR_INVALID (rules; details.fields names each field with messages in English and Chinese).
 */
export const calendarNotPublished = (year: number) => notFound(`A published calendar of ${year}`);
export const calendarDraftNotFound = (year: number) => notFound(`A draft calendar of ${year}`);
export const calendarStale = () =>
  conflict('CALENDAR_STALE', 'The calendar was changed elsewhere; reload it and apply your changes again');

/** 422 naming each rule the schedule breaks. */
export function calendarInvalid(problems: readonly ScheduleProblem[]): AppError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError(422, 'CALENDAR_INVALID', `The calendar has problems — ${summary}`, { fields: problems });
}
