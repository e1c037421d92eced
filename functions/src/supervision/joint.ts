import { publishedWorkingCalendar, type CalendarSource } from '../calendar/published.js';
import type { CaseRecord } from '../cases/model.js';
import { listJointCases } from '../cases/store.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import { nowIso } from '../platform/clock.js';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { filedWithin } from './figures.js';
import { jointFiguresOf, supervisedJointCase } from './joint-figures.js';
import { jointCaseLimit, type SupervisionJoint } from './joint-model.js';
import type { SupervisionQuery } from './model.js';
import { departmentsInScope } from './service.js';

/** Where the joint cases come from: the cases context's joint partition, newest first (a fake in unit tests). */
export type JointCaseSource = (options: { since?: string; until?: string; limit: number }) => Promise<CaseRecord[]>;

/** The header of figures read from the newest records (joint-model.ts `newestRecordsHeader`). */
export function newestRecordsHeaderOf(
  now: string,
  scope: Scope | undefined,
  departments: string[],
  query: SupervisionQuery,
  read: { limit: number; truncated: boolean },
) {
  return {
    generatedAt: now,
    asOf: shanghaiDate(now),
    period: { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) },
    scope: { kind: scope === 'district' ? ('district' as const) : ('department' as const), departments },
    ...read,
  };
}

/** The first instant of a China calendar date, as the ISO instant cases are ordered by. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
/** The first instant after a China calendar date. */
const endOfDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString();

export interface JointFigureOptions {
  now?: string;
  source?: JointCaseSource;
  calendar?: CalendarSource;
  /** How many joint cases to read at most (jointCaseLimit unless a test passes its own). */
  limit?: number;
}

/**
 * The joint-review figures in the caller's scope (a supervisor the district or one department, a head their own
 * department; 403 FORBIDDEN otherwise), over the newest joint cases filed in the period: a department's scope
 * holds the joint cases it reviews, as lead or not.
 */
export async function supervisionJoint(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: JointFigureOptions = {},
): Promise<SupervisionJoint> {
  const now = options.now ?? nowIso();
  const limit = options.limit ?? jointCaseLimit;
  const departments = departmentsInScope(principal, scope, query.department);
  const whole = scope === 'district' && !query.department;
  const [read, calendar] = await Promise.all([
    (options.source ?? listJointCases)({
      ...(query.from ? { since: startOfDay(query.from) } : {}),
      ...(query.to ? { until: endOfDay(query.to) } : {}),
      limit: limit + 1,
    }),
    (options.calendar ?? publishedWorkingCalendar)(),
  ]);
  const truncated = read.length > limit;
  const cases = read
    .slice(0, limit)
    .map(supervisedJointCase)
    .filter((c) => filedWithin(c, query))
    .filter((c) => whole || c.jointDepartments.some((d) => departments.includes(d)));
  const listed = whole ? departments.filter((d) => cases.some((c) => c.jointDepartments.includes(d))) : departments;
  const body: SupervisionJoint = {
    ...newestRecordsHeaderOf(now, scope, departments, query, { limit, truncated }),
    ...jointFiguresOf(calendar, cases, listed),
  };
  logger.info('supervision joint', { action: 'supervision.joint', cases: cases.length, truncated });
  return body;
}
