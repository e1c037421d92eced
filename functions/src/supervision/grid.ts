import { shanghaiDate } from '../deadlines/civil-date.js';
import { gridCategories } from '../grid/categories.js';
import { cellByCode } from '../grid/cells.js';
import { gridEventStatuses, type GridEventRecord } from '../grid/model.js';
import { eventsReported } from '../grid/store.js';
import { nowIso } from '../platform/clock.js';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { streets } from '../registries/geography.js';
import type { GridFigures, SupervisionGrid } from './grid-model.js';
import type { SupervisionQuery } from './model.js';
import { departmentsInScope } from './service.js';

/** The facts of an event the figures read (never its reporter or description). */
export type SupervisedEvent = Pick<
  GridEventRecord,
  | 'eventId'
  | 'category'
  | 'cell'
  | 'street'
  | 'status'
  | 'department'
  | 'dueDate'
  | 'reportedAt'
  | 'closedAt'
  | 'declined'
>;

/** Where the events come from: the grid's store, newest first (a fake in unit tests). */
export type EventSource = (range: { from?: string; until?: string }, limit: number) => Promise<SupervisedEvent[]>;

/** How many events one answer reads: a year of the district at the plan's rate, with room. */
export const supervisedEventLimit = 20_000;

/** The first instant of a China calendar date, and the first after it. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
const endOfDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString();

/** The figures of a group of events, with open events counted overdue after their due date as of `asOf`. */
export function gridFiguresOf(events: readonly SupervisedEvent[], asOf: string): GridFigures {
  const open = events.filter((e) => e.status !== 'closed');
  const declined = events.filter((e) => e.status === 'closed' && e.declined);
  const closed = events.filter((e) => e.status === 'closed' && !e.declined);
  const closedOnTime = closed.filter((e) => e.closedAt && shanghaiDate(e.closedAt) <= e.dueDate);
  return {
    events: events.length,
    open: open.length,
    overdue: open.filter((e) => asOf > e.dueDate).length,
    closed: closed.length,
    closedOnTime: closedOnTime.length,
    onTimeRate: closed.length === 0 ? null : closedOnTime.length / closed.length,
    declined: declined.length,
  };
}

/** Cells where one category came back: two or more events, most first, then the latest; at most `limit`. */
export function repeatLocations(events: readonly SupervisedEvent[], limit = 20): SupervisionGrid['repeatLocations'] {
  const groups = new Map<string, SupervisedEvent[]>();
  for (const e of events) {
    const key = `${e.cell}|${e.category}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()]
    .filter((group) => group.length >= 2)
    .map((group) => {
      const first = group[0]!;
      return {
        cell: first.cell,
        cellName: cellByCode(first.cell)?.name ?? first.cell,
        street: first.street,
        category: first.category,
        events: group.length,
        lastReportedAt: group
          .map((e) => e.reportedAt)
          .sort()
          .at(-1)!,
      };
    })
    .sort((a, b) => b.events - a.events || b.lastReportedAt.localeCompare(a.lastReportedAt))
    .slice(0, limit);
}

export interface GridFigureOptions {
  now?: string;
  source?: EventSource;
}

/**
 * City management's figures in the caller's scope, over the events reported in the period: a supervisor reads
 * the district (every event, reported or dispatched) or one department's (dispatched to it), a head their own
 * department's; 403 FORBIDDEN otherwise.
 */
export async function supervisionGrid(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: GridFigureOptions = {},
): Promise<SupervisionGrid> {
  const now = options.now ?? nowIso();
  const asOf = shanghaiDate(now);
  const departments = departmentsInScope(principal, scope, query.department);
  const whole = scope === 'district' && !query.department;
  const read = await (options.source ?? eventsReported)(
    {
      ...(query.from ? { from: startOfDay(query.from) } : {}),
      ...(query.to ? { until: endOfDay(query.to) } : {}),
    },
    supervisedEventLimit + 1,
  );
  const truncated = read.length > supervisedEventLimit;
  const events = read
    .slice(0, supervisedEventLimit)
    .filter((e) => whole || (e.department !== undefined && departments.includes(e.department)))
    .filter((e) => {
      const day = shanghaiDate(e.reportedAt);
      return (!query.from || day >= query.from) && (!query.to || day <= query.to);
    });
  const where = (keep: (e: SupervisedEvent) => boolean) => gridFiguresOf(events.filter(keep), asOf);
  const body: SupervisionGrid = {
    generatedAt: now,
    asOf,
    period: { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) },
    scope: { kind: scope === 'district' ? 'district' : 'department', departments },
    truncated,
    total: gridFiguresOf(events, asOf),
    byStatus: gridEventStatuses
      .filter((s) => s !== 'verified')
      .map((status) => ({ status, events: events.filter((e) => e.status === status).length })),
    byCategory: gridCategories
      .filter((c) => events.some((e) => e.category === c.code))
      .map((c) => ({
        category: c.code,
        name: { zh: c.name.zh, en: c.name.en },
        ...where((e) => e.category === c.code),
      })),
    byStreet: streets.map((s) => ({ street: s.code, name: s.name, ...where((e) => e.street === s.code) })),
    repeatLocations: repeatLocations(events),
  };
  logger.info('supervision grid', { action: 'supervision.grid', events: events.length, truncated });
  return body;
}
