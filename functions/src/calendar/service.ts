import { chinaDate, nowIso } from '../platform/clock.js';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import { calendarDraftNotFound, calendarInvalid, calendarNotPublished, calendarStale } from './errors.js';
import type {
  CalendarDraftInput,
  CalendarHistory,
  CalendarPublishInput,
  CalendarSchedule,
  CalendarVersion,
  PublishedCalendar,
} from './model.js';
import { forgetPublishedCalendar } from './published.js';
import { scheduleDates, scheduleProblems } from './schedule.js';
import * as store from './store.js';

/**
 * The holiday calendar's use cases: read a published year, read a year's history, save a draft, publish
 * it, and seed the package's years. Every change is a new immutable version carrying who, when and why;
 * the route handler adds the request's audit record (the platform audits every write).
 */

/** The published calendar of `year`; 404 when it has none (its working days are Monday–Friday). */
export async function getPublishedYear(year: number): Promise<PublishedCalendar> {
  const published = await store.getPublished(year);
  if (!published) throw calendarNotPublished(year);
  return published;
}

/** A year's state for the administrator: status, revision, draft, published version and every version. */
export async function getHistory(year: number): Promise<CalendarHistory> {
  const head = await store.getHead(year);
  if (!head) return { year, status: 'none', revision: 0, versions: [] };
  const [draft, published, versions] = await Promise.all([
    head.hasDraft ? store.getDraft(year) : undefined,
    head.publishedVersion ? store.getPublished(year) : undefined,
    store.listVersions(year),
  ]);
  return {
    year,
    status: head.status,
    revision: head.revision,
    ...(head.publishedVersion ? { publishedVersion: head.publishedVersion } : {}),
    ...(draft ? { draft } : {}),
    ...(published ? { published } : {}),
    versions,
  };
}

function checked(year: number, schedule: CalendarSchedule): void {
  const problems = scheduleProblems(year, schedule, chinaDate());
  if (problems.length > 0) throw calendarInvalid(problems);
}

/**
 * Saves a year's draft as a new version. 422 CALENDAR_INVALID naming each broken rule; 409 CALENDAR_STALE
 * when `input.revision` is not the year's revision (someone changed it meanwhile).
 */
export async function saveDraft(principal: Principal, year: number, input: CalendarDraftInput) {
  const { revision: expected, reason, ...schedule } = input;
  checked(year, schedule);
  const current = await store.getHead(year);
  if ((current?.revision ?? 0) !== expected) throw calendarStale();
  const at = nowIso();
  const head: store.HeadRecord = {
    year,
    status: current?.status ?? 'draft',
    revision: expected + 1,
    ...(current?.publishedVersion ? { publishedVersion: current.publishedVersion } : {}),
    hasDraft: true,
    updatedAt: at,
    updatedBy: principal.username,
  };
  const version: CalendarVersion = {
    version: expected + 1,
    action: 'draft',
    at,
    by: principal.username,
    reason,
    schedule,
  };
  if (!(await store.saveDraft(head, version, expected))) throw calendarStale();
  logger.info('calendar draft saved', { action: 'calendar.draft', year, version: version.version });
  return getHistory(year);
}

async function writePublication(
  current: store.HeadRecord | undefined,
  year: number,
  schedule: CalendarSchedule,
  change: { by: string; reason: string; action: 'publish' | 'seed' },
): Promise<boolean> {
  const at = nowIso();
  const number = (current?.revision ?? 0) + 1;
  const head: store.HeadRecord = {
    year,
    status: 'published',
    revision: number,
    publishedVersion: number,
    hasDraft: false,
    updatedAt: at,
    updatedBy: change.by,
  };
  const version: CalendarVersion = { version: number, at, ...change, schedule };
  const published: PublishedCalendar = {
    ...schedule,
    year,
    version: number,
    publishedAt: at,
    publishedBy: change.by,
    dates: scheduleDates(schedule),
  };
  const written = await store.publish(head, version, published, current?.revision ?? 0, current?.hasDraft === true);
  if (written) forgetPublishedCalendar();
  return written;
}

/**
 * Publishes a year's draft as the calendar deadlines count with (a new version). 404 when there is no
 * draft; 409 CALENDAR_STALE when `input.revision` is given and is not the year's, or it changed meanwhile;
 * 422 CALENDAR_INVALID when the draft breaks a rule (e.g. its notice is dated after today).
 */
export async function publishDraft(principal: Principal, year: number, input: CalendarPublishInput) {
  const head = await store.getHead(year);
  if (!head?.hasDraft) throw calendarDraftNotFound(year);
  if (input.revision !== undefined && input.revision !== head.revision) throw calendarStale();
  const draft = await store.getDraft(year);
  if (!draft) throw calendarDraftNotFound(year);
  checked(year, draft);
  const change = { by: principal.username, reason: input.reason, action: 'publish' as const };
  if (!(await writePublication(head, year, draft, change))) throw calendarStale();
  logger.info('calendar published', { action: 'calendar.publish', year, version: head.revision + 1 });
  return getHistory(year);
}

/** Publishes a seed year as version 1 unless the year exists already; true when it was written. */
export async function publishSeedYear(year: number, schedule: CalendarSchedule, reason: string): Promise<boolean> {
  if (await store.getHead(year)) return false;
  return writePublication(undefined, year, schedule, { by: 'seed', reason, action: 'seed' });
}
