import { publishedWorkingCalendar } from '../calendar/published.js';
import { departments } from '../catalog/taxonomy.js';
import { dueDate } from '../deadlines/clock.js';
import { AppError } from '../platform/errors.js';
import { chinaDate, nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { inScope, requireInScope } from '../platform/scope.js';
import { closeDirectItemUpdate, directItemPut, districtUnit, openDirectItemOf } from '../workitems/direct.js';
import { categoryOf, gridCategories, limitInWorkingDays, type GridCategory } from './categories.js';
import { cellAt, cellByCode, gridGeoJson } from './cells.js';
import { gridClockAt } from './deadline.js';
import type {
  EventActionInput,
  GridEventRecord,
  GridEventSource,
  GridEventStatus,
  GridEventView,
  ReportEventInput,
} from './model.js';
import { bindPhotos, checkedPhotos, photosWithDownloads } from './photos.js';
import { applyAction } from './rules.js';
import { gridStepOf } from './steps.js';
import { resumeEventWorkflow, startEventWorkflow } from './workflow.js';
import * as store from './store.js';

/** The grid as the portal draws it, and the categories one reports under with their time limits. */
export function gridModel() {
  return { categories: gridCategories, grid: gridGeoJson() };
}

/** An event number: G<yyyymmdd>-<4-digit sequence of the day>, by China's calendar (the one clock). */
async function nextEventNumber(): Promise<string> {
  const day = chinaDate().replaceAll('-', '');
  return `G${day}-${String(await store.nextEventSequence(day)).padStart(4, '0')}`;
}

/** Who reports: a signed-in citizen or inspector on the portal, or an Open311 client. */
export interface Reporter {
  source: GridEventSource;
  /** Who is recorded as reporting: a username, or `open311:<client>`. */
  name: string;
  /** The citizen's account (their own reports are listed and readable by them). */
  owner?: string;
  /** The account that uploaded the report's photos (a signed-in reporter's sub). */
  uploader?: string;
}

export const reporterOf = (principal: Principal): Reporter =>
  principal.roles.includes('inspector')
    ? { source: 'inspector', name: principal.username, uploader: principal.sub }
    : { source: 'portal', name: principal.username, owner: principal.sub, uploader: principal.sub };

const department = (code: string) => departments.find((d) => d.code === code);

/** The work item of the event's next human step, opened with the event's write (none once closed). */
export function nextItemPut(record: GridEventRecord, category: GridCategory) {
  const common = {
    kind: 'grid-event' as const,
    subjectId: record.eventId,
    round: 1,
    // Every opening of a step is a new item (a returned event opens a second handling).
    leg: record.history.length,
    subjectNumber: record.eventId,
    title: `${category.name.zh}：${record.description.slice(0, 40)}`,
    clock: { acceptedAt: record.reportedAt, limitDays: record.limitDays },
    dueDate: record.dueDate,
    submittedAt: record.reportedAt,
  };
  switch (gridStepOf[record.status]) {
    case 'dispatch':
      return [directItemPut({ ...common, step: 'dispatch', role: 'dispatcher', department: districtUnit })];
    case 'handle':
      return [directItemPut({ ...common, step: 'handle', role: 'officer', department: record.department ?? '' })];
    case 'verify':
      return [
        directItemPut({
          ...common,
          step: 'verify',
          role: 'inspector',
          department: record.department ?? '',
          street: record.street,
        }),
      ];
    default:
      return [];
  }
}

/**
 * Records a report (上报): finds its grid cell, numbers it, starts the category's clock and puts it in the
 * dispatchers' inbox, in one transaction. Its photos are checked and stripped of their metadata first (422
 * MATERIAL_* naming `photos.<n>`); without lat/lng the place is where the first photo says it was taken (400
 * naming lat when none says). 422 OUTSIDE_GRID when the place is not in the district's grid. A repeated
 * submission token answers the event it wrote, whatever else it sends (a queued report sent again).
 */
export async function reportEvent(
  reporter: Reporter,
  input: ReportEventInput,
): Promise<{ event: GridEventRecord; repeated: boolean }> {
  const token = { reporter: reporter.name, submissionToken: input.submissionToken };
  const existing = await store.eventIdForToken(token.reporter, token.submissionToken);
  if (existing) {
    const event = await store.getEvent(existing);
    if (event) {
      // A repeated submission also starts the event's workflow if the first one's start was lost.
      await startEventWorkflow(event);
      return { event, repeated: true };
    }
  }
  const at = nowIso();
  const photoIds = input.photos ?? [];
  if (photoIds.length > 0 && !reporter.uploader) {
    throw new AppError(400, 'INVALID_INPUT', 'photos: only a signed-in reporter sends photos', {
      fields: [{ field: 'photos', message: 'only a signed-in reporter sends photos' }],
    });
  }
  const { photos, location } = await checkedPhotos(reporter.uploader ?? '', photoIds, 'report', reporter.name, at);
  const place = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : location;
  if (!place) {
    throw new AppError(400, 'INVALID_INPUT', 'lat: choose the place, or send a photo that records where it was taken', {
      fields: [
        { field: 'lat', message: 'the place: a tap on the map, the device’s position, or a photo’s' },
        { field: 'lng', message: 'the place: a tap on the map, the device’s position, or a photo’s' },
      ],
    });
  }
  const cell = cellAt(place.lng, place.lat);
  if (!cell) {
    throw new AppError(422, 'OUTSIDE_GRID', 'lat/lng: the place is outside the district grid', {
      fields: [{ field: 'lat', message: 'a place in Yuexiu District' }],
    });
  }
  const category = categoryOf(input.category)!;
  const limitDays = limitInWorkingDays(category);
  const calendar = await publishedWorkingCalendar();
  const record: GridEventRecord = {
    eventId: await nextEventNumber(),
    category: category.code,
    description: input.description,
    location: place,
    ...(input.address ? { address: input.address } : {}),
    cell: cell.code,
    street: cell.street,
    community: cell.community,
    source: reporter.source,
    ...(reporter.owner ? { owner: reporter.owner } : {}),
    reportedBy: reporter.name,
    status: 'reported',
    limitDays,
    dueDate: dueDate(calendar, { acceptedAt: at, limitDays, pauses: [] }, at).date,
    reportedAt: at,
    updatedAt: at,
    history: [{ at, status: 'reported', action: 'report', by: reporter.name }],
    ...(photos.length > 0 ? { photos } : {}),
    version: 1,
  };
  if (!(await store.insertEvent(record, token, nextItemPut(record, category)))) {
    const written = await store.eventIdForToken(token.reporter, token.submissionToken);
    const event = written ? await store.getEvent(written) : undefined;
    if (!event) throw new AppError(503, 'SUBMISSION_RACE', 'The same report is being saved; try again');
    return { event, repeated: true };
  }
  await bindPhotos(record.eventId, photos);
  await startEventWorkflow(record);
  return { event: record, repeated: false };
}

const scopeOf = (record: GridEventRecord) => ({
  ...(record.owner ? { owner: record.owner } : {}),
  ...(record.department ? { department: record.department } : {}),
  street: record.street,
});

/** An event the caller reaches (their own report, their department's, their street's, or any: district); else 404. */
export async function readableEvent(principal: Principal, scope: Scope | undefined, id: string) {
  const record = await store.getEvent(id);
  return requireInScope(principal, scope, record ? { ...record, ...scopeOf(record) } : undefined, 'Event');
}

/** How many events a staff list reads, newest first, before ordering them by urgency. */
const staffListWindow = 1000;

/**
 * A citizen's own reports (newest first), or the events a staff member reaches, most urgent first: open events
 * by due date (closed ones with `status=closed`), from the latest 1,000 reported.
 */
export async function listEvents(
  principal: Principal,
  scope: Scope | undefined,
  status: GridEventStatus | undefined,
): Promise<GridEventRecord[]> {
  if (scope === 'self') {
    const mine = await store.eventsOf(principal.sub, 200);
    return mine.filter((e) => status === undefined || e.status === status);
  }
  const recent = await store.eventsReported({}, staffListWindow);
  return recent
    .filter((e) => inScope(principal, scope, scopeOf(e)))
    .filter((e) => (status === undefined ? e.status !== 'closed' : e.status === status))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.reportedAt.localeCompare(b.reportedAt));
}

/**
 * Takes one step of the loop on an event (see rules.ts) and moves its inbox: the step's item closes, the next
 * step's opens, with the event's write in one transaction; then the event's workflow is told (workflow.ts).
 * 409 GRID_EVENT_STALE when someone acted first.
 */
export async function actOnEvent(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
  input: EventActionInput,
): Promise<GridEventRecord> {
  const record = await readableEvent(principal, scope, id);
  const category = categoryOf(record.category)!;
  if (input.action === 'handle' && principal.department !== record.department) {
    throw new AppError(403, 'FORBIDDEN', 'Only the department the event was dispatched to handles it');
  }
  if ((input.action === 'verify' || input.action === 'return') && principal.street !== record.street) {
    throw new AppError(403, 'FORBIDDEN', "Only the street's inspectors verify its events");
  }
  if (input.photos && input.photos.length > 0 && input.action !== 'handle') {
    throw new AppError(400, 'INVALID_INPUT', 'photos: only the handling (处置) carries photos of the result', {
      fields: [{ field: 'photos', message: 'only with handle' }],
    });
  }
  const at = nowIso();
  const applied = applyAction(record, principal, input, at, category.department);
  const { photos } = await checkedPhotos(principal.sub, input.photos ?? [], 'handling', principal.username, at);
  const next = photos.length > 0 ? { ...applied, photos: [...(record.photos ?? []), ...photos] } : applied;
  const open = await openDirectItemOf(record.eventId);
  // Registering keeps the dispatcher's item open: dispatching is the same person's next step.
  const closes =
    open && next.status !== 'registered' ? [closeDirectItemUpdate(open, input.action, principal.username, at)] : [];
  const opens = next.status === 'registered' ? [] : nextItemPut(next, category);
  if (!(await store.saveEvent(next, [...closes, ...opens]))) {
    throw new AppError(409, 'GRID_EVENT_STALE', 'Someone acted on this event first; reload it');
  }
  await bindPhotos(next.eventId, photos);
  // The step's workflow task waits with its token on the item this action closed (or kept, on registering).
  if (open) await resumeEventWorkflow(open.workItemId, record.status, next);
  return next;
}

/**
 * The event as the portal shows it, with its clock as it stands now (none once closed). Its reporter (a citizen,
 * or an Open311 client) does not see the sweep's internal warnings and escalations; staff do.
 */
export async function eventView(
  record: GridEventRecord,
  audience: 'staff' | 'reporter' = 'staff',
  withDownloads = false,
): Promise<GridEventView> {
  const cell = cellByCode(record.cell);
  const { owner: _owner, reportedBy: _by, community: _c, deadlineWarning: _w, photos: _p, ...rest } = record;
  const photos = withDownloads
    ? await photosWithDownloads(record)
    : (record.photos ?? []).map(({ by: _photographer, ...photo }) => photo);
  const base = {
    ...rest,
    ...(photos.length > 0 ? { photos } : {}),
    history: audience === 'staff' ? record.history : record.history.filter((h) => h.by !== 'system'),
    cellName: cell?.name ?? record.cell,
    streetName: cell?.streetName ?? record.street,
    inspector: cell?.inspector ?? '',
  };
  const clock = gridClockAt(await publishedWorkingCalendar(), record, nowIso());
  if (!clock) return base;
  return {
    ...base,
    remainingWorkingDays: clock.remainingWorkingDays,
    level: clock.level,
    ...(audience === 'staff' && clock.escalated ? { escalated: true } : {}),
  };
}

export const departmentName = (code: string | undefined) => (code ? department(code)?.name : undefined);
