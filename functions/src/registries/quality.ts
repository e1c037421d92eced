import { nowIso, nowMs } from '../platform/clock.js';
import { notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import {
  columns,
  registryKinds,
  type QualityIssuesPage,
  type QualityIssuesQuery,
  type QualityReport,
  type RegistryKind,
  type RegistryQuality,
} from './model.js';
import { QualityTally, staleAfterDays } from './quality-tally.js';
import { getHeads, getItem, putIssues, putItem, queryHeads, queryIssues } from './store.js';

/**
 * Data quality of each registry, per field and overall (quality-tally.ts counts it): computed after each import
 * and by the periodic sweep once a day (platform clock), stored as one item per registry with the time it was
 * computed, so the page and the API read the stored figures and never walk a registry on a request. Each
 * computation also stores, under its own run id, the first records behind each figure for the drill-down.
 */
const qualityKey = (kind: RegistryKind) => ({ pk: 'QUALITY', sk: kind });

/** Records listed per problem and field. */
export const issueListCap = 500;
/** The sweep recomputes a registry whose figures are this old (by the platform clock). */
export const qualityRecomputeHours = 24;
/** How long a run's drill-down lists are kept (the report always names the newest run). */
const issueRetentionDays = 7;

/**
 * Recomputes one registry's quality and stores it. `invalid`: the rows the last import refused, per field; when
 * omitted (the nightly run), the stored report's figures are kept.
 */
export async function computeQuality(
  kind: RegistryKind,
  invalid?: Readonly<Record<string, number>>,
): Promise<RegistryQuality> {
  const previous = await getItem(qualityKey(kind).pk, kind);
  const lastInvalid =
    invalid ??
    Object.fromEntries(
      ((previous?.quality as RegistryQuality | undefined)?.fields ?? []).map((f) => [f.field, f.invalid ?? 0]),
    );
  const now = nowMs();
  const tally = new QualityTally(kind, { now, staleAfterDays: staleAfterDays[kind], listCap: issueListCap });
  await queryHeads(kind, (head) => tally.add(head));
  const existing = new Set((await getHeads(tally.references())).keys());
  const { quality, issues } = tally.finish(existing, lastInvalid);
  const run = newId();
  const expiresAt = Math.floor(now / 1000) + issueRetentionDays * 86_400;
  for (const issue of issues) await putIssues(kind, run, issue.problem, issue.field, issue.items, expiresAt);
  // The report is written last: it never names a run whose lists are not all stored.
  const stored: RegistryQuality = { ...quality, computedAt: nowIso(), run };
  await putItem({ ...qualityKey(kind), quality: stored, computedAt: stored.computedAt });
  return stored;
}

/** A registry never measured yet (the sweep measures it at its next run). */
const unmeasured = (kind: RegistryKind): RegistryQuality => ({
  registry: kind,
  records: 0,
  fields: columns[kind].map((field) => ({ field, filled: 0, completeness: 0, invalid: 0 })),
  duplicates: 0,
  danglingReferences: 0,
  stale: 0,
  staleAfterDays: staleAfterDays[kind],
  invalid: 0,
  issues: [],
});

async function storedQuality(kind: RegistryKind): Promise<RegistryQuality | undefined> {
  const item = await getItem(qualityKey(kind).pk, kind);
  if (!item) return undefined;
  const quality = item.quality as RegistryQuality;
  // Reports stored before staleness, validity per field and the drill-down were measured read as such until
  // recomputed (the sweep does within a day).
  return {
    ...unmeasured(kind),
    ...quality,
    fields: quality.fields.map((f) => ({ ...f, invalid: f.invalid ?? 0 })),
    computedAt: String(item.computedAt),
  };
}

/** The stored quality figures of every registry (nothing is computed on a request). */
export async function qualityReport(): Promise<QualityReport> {
  const registries = await Promise.all(
    registryKinds.map(async (kind) => (await storedQuality(kind)) ?? unmeasured(kind)),
  );
  const computedAt = registries.reduce(
    (latest, r) => (r.computedAt && r.computedAt > latest ? r.computedAt : latest),
    '',
  );
  return { computedAt, registries };
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** A page of the records behind one figure of the latest computation (persons masked). */
export async function qualityIssues(query: QualityIssuesQuery, limit = 20): Promise<QualityIssuesPage> {
  const quality = await storedQuality(query.registry);
  const summary = quality?.issues.find((i) => i.problem === query.problem && i.field === query.field);
  if (!quality?.run || !quality.computedAt || !summary) throw notFound('Quality figure');
  const page = await queryIssues(
    query.registry,
    quality.run,
    query.problem,
    query.field,
    limit,
    query.cursor ? decodeCursor(query.cursor) : undefined,
  );
  return {
    registry: query.registry,
    field: query.field,
    problem: query.problem,
    computedAt: quality.computedAt,
    count: summary.count,
    listed: summary.listed,
    items: page.items.map(({ label, detail }) => ({ label, ...(detail ? { detail } : {}) })),
    ...(page.last ? { nextCursor: encodeCursor(page.last) } : {}),
  };
}

/**
 * The nightly part of the periodic sweep: recomputes every registry whose figures are older than a day by the
 * platform clock (or were never computed). Returns the registries it recomputed.
 */
export async function recomputeQualityWhenDue(now = nowMs()): Promise<RegistryKind[]> {
  const due: RegistryKind[] = [];
  for (const kind of registryKinds) {
    const item = await getItem(qualityKey(kind).pk, kind);
    const at = Date.parse(String(item?.computedAt ?? ''));
    if (!Number.isFinite(at) || now - at >= qualityRecomputeHours * 3_600_000) due.push(kind);
  }
  for (const kind of due) await computeQuality(kind);
  return due;
}
