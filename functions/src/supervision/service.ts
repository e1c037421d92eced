import { publishedWorkingCalendar, type CalendarSource } from '../calendar/published.js';
import { listByDepartment } from '../cases/store.js';
import type { CaseRecord } from '../cases/model.js';
import { departmentByCode, departmentCodes } from '../catalog/taxonomy.js';
import { missingCalendarYears } from '../deadlines/calendar.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import { forbidden } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { catalogCoverage, type ItemCoverage } from '../catalog/service.js';
import { supervisionCsv } from './export.js';
import { monthlyTrend, ranked, targetFiguresOf, trendMonths } from './targets.js';
import { planTargets, type SupervisionTargets } from './targets-model.js';
import { factsOf, figuresOf, filedWithin, overdueCases, supervisedCase } from './figures.js';
import {
  maxOverdueListed,
  onlineTarget,
  type SupervisedCase,
  type SupervisionQuery,
  type SupervisionSummary,
} from './model.js';

/** Where the cases come from: the cases context's department index (a fake in unit tests). */
export interface CaseSource {
  listByDepartment(department: string, options: { since?: string }): Promise<CaseRecord[]>;
}

const casesStore: CaseSource = { listByDepartment };

/** At most this many rows per export: a Lambda response holds 6 MB, a row about 200 bytes. */
export const maxExportRows = 20_000;

/**
 * The departments a caller supervises: a supervisor the district (or the one department asked for), a
 * head only their own. 403 when a head asks for another department.
 */
export function departmentsInScope(principal: Principal, scope: Scope | undefined, requested?: string): string[] {
  if (scope === 'district') return requested ? [requested] : [...departmentCodes];
  if (scope !== 'department' || !principal.department) throw forbidden('You supervise no department');
  if (requested && requested !== principal.department) {
    throw forbidden(`department: you supervise ${principal.department} only`);
  }
  return [principal.department];
}

/** The first instant of a China calendar date, as the ISO instant the case index sorts by. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

async function casesOf(departments: readonly string[], query: SupervisionQuery, source: CaseSource) {
  const since = query.from ? startOfDay(query.from) : undefined;
  const lists = await Promise.all(
    departments.map((department) => source.listByDepartment(department, since ? { since } : {})),
  );
  return lists
    .flat()
    .map(supervisedCase)
    .filter((c) => filedWithin(c, query));
}

export interface SupervisionOptions {
  now?: string;
  source?: CaseSource;
  /** The working-day calendar (the published one unless a test passes its own). */
  calendar?: CalendarSource;
}

/**
 * The supervision figures of the caller's scope: per department and in total, with the overdue cases.
 * 403 FORBIDDEN for a department out of the caller's scope.
 */
export async function supervisionSummary(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: SupervisionOptions = {},
): Promise<SupervisionSummary> {
  const now = options.now ?? nowIso();
  const started = Date.now();
  const departments = departmentsInScope(principal, scope, query.department);
  const [cases, calendar] = await Promise.all([
    casesOf(departments, query, options.source ?? casesStore),
    (options.calendar ?? publishedWorkingCalendar)(),
  ]);
  const facts = factsOf(calendar, cases, now);
  const byDepartment = new Map<string, SupervisedCase[]>(departments.map((d) => [d, []]));
  for (const c of cases) byDepartment.get(c.department)?.push(c);
  const summary: SupervisionSummary = {
    generatedAt: now,
    asOf: shanghaiDate(now),
    period: { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) },
    scope: { kind: scope === 'district' ? 'district' : 'department', departments },
    onlineTarget,
    calendar: { missingYears: missingCalendarYears(calendar, shanghaiDate(now)) },
    total: figuresOf(calendar, cases, now, facts),
    departments: departments.map((department) => ({
      department,
      name: departmentByCode(department)?.name ?? { zh: department, en: department },
      ...figuresOf(calendar, byDepartment.get(department) ?? [], now, facts),
    })),
    overdue: overdueCases(calendar, cases, now, maxOverdueListed, facts),
  };
  logger.info('supervision summary', {
    action: 'supervision.summary',
    departments: departments.length,
    cases: cases.length,
    ms: Date.now() - started,
  });
  return summary;
}

/** The caller's cases as CSV, newest first, at most `maxRows` (`truncated` says when there were more). */
export async function supervisionExport(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: SupervisionOptions & { maxRows?: number } = {},
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const now = options.now ?? nowIso();
  const maxRows = options.maxRows ?? maxExportRows;
  const departments = departmentsInScope(principal, scope, query.department);
  const calendar = await (options.calendar ?? publishedWorkingCalendar)();
  const cases = (await casesOf(departments, query, options.source ?? casesStore)).sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.caseNumber.localeCompare(a.caseNumber),
  );
  const rows = cases.slice(0, maxRows);
  return { csv: supervisionCsv(calendar, rows, now), rows: rows.length, truncated: cases.length > rows.length };
}

export interface TargetOptions extends Pick<SupervisionOptions, 'now' | 'source'> {
  /** The catalog's items (the catalog context's unless a test passes its own). */
  coverage?: () => Promise<ItemCoverage[]>;
}

/**
 * The caller's scope against the plan's online targets (G2): items queryable and processable online per
 * department (from the catalog as it stands), the online processing rate of the cases filed in the period,
 * the departments ranked, and the rate month by month. 403 FORBIDDEN for a department out of scope.
 */
export async function supervisionTargets(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: TargetOptions = {},
): Promise<SupervisionTargets> {
  const now = options.now ?? nowIso();
  const departments = departmentsInScope(principal, scope, query.department);
  const [cases, coverage] = await Promise.all([
    casesOf(departments, query, options.source ?? casesStore),
    (options.coverage ?? catalogCoverage)(),
  ]);
  const items = coverage.filter((i) => departments.includes(i.department));
  const rows = departments.map((department) => ({
    department,
    name: departmentByCode(department)?.name ?? { zh: department, en: department },
    ...targetFiguresOf(
      items.filter((i) => i.department === department),
      cases.filter((c) => c.department === department),
    ),
  }));
  const asOf = shanghaiDate(now);
  return {
    generatedAt: now,
    asOf,
    period: { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) },
    scope: { kind: scope === 'district' ? 'district' : 'department', departments },
    targets: { ...planTargets },
    total: targetFiguresOf(items, cases),
    departments: ranked(rows),
    trend: monthlyTrend(cases, trendMonths(query, asOf)),
  };
}
