import { withExamplesOf } from '../forms/samples.js';
import { nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import { draftNotFound, itemStale, serviceNotFound, versionNotFound } from './errors.js';
import {
  summarise,
  type CatalogEntry,
  type DraftInput,
  type PublishedGuide,
  type ServiceItem,
  type ServiceListQuery,
  type ServiceSummary,
} from './model.js';
import * as store from './store.js';
import { departments, lifeEvents } from './taxonomy.js';

export const defaultPageSize = 20;

/** The narrowest facet a query names: its Query reads the fewest index records. */
function narrowestFacet(query: ServiceListQuery): [store.Facet, string] {
  if (query.department) return ['department', query.department];
  if (query.lifeEvent) return ['lifeEvent', query.lifeEvent];
  if (query.topic) return ['topic', query.topic];
  if (query.audience) return ['audience', query.audience];
  if (query.online) return ['online', query.online];
  return ['all', '*'];
}

function matches(summary: ServiceSummary, query: ServiceListQuery): boolean {
  return (
    (!query.department || summary.department === query.department) &&
    (!query.audience || summary.audience.includes(query.audience)) &&
    (!query.lifeEvent || summary.lifeEvents.includes(query.lifeEvent)) &&
    (!query.topic || summary.topics.includes(query.topic)) &&
    (!query.online || String(summary.online) === query.online)
  );
}

/** Published items matching every filter, by code, one page of them. */
export async function listServices(query: ServiceListQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? defaultPageSize;
  const [facet, value] = narrowestFacet(query);
  const found = (await store.listFacet(facet, value))
    .filter((s) => matches(s, query))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { items: found.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: found.length };
}

/**
 * The full guide of an item's published version; 404 when there is none. Its form's relative sample
 * dates (`exampleDays`) are resolved for today, so the sample stays valid whatever the day.
 */
export async function getService(code: string): Promise<PublishedGuide> {
  const guide = await store.getPublished(code);
  if (!guide) throw serviceNotFound(code);
  return { ...guide, form: withExamplesOf(guide.form) };
}

/** Every department with the number of its published items. */
export async function listDepartments() {
  const all = await store.listFacet('all', '*');
  return {
    items: departments.map((d) => ({
      code: d.code,
      itemPrefix: d.itemPrefix,
      name: d.name,
      count: all.filter((s) => s.department === d.code).length,
    })),
  };
}

/** Every life event with the number of published items for it. */
export async function listLifeEvents() {
  const all = await store.listFacet('all', '*');
  return {
    items: lifeEvents.map((e) => ({
      code: e.code,
      name: e.name,
      count: all.filter((s) => (s.lifeEvents as readonly string[]).includes(e.code)).length,
    })),
  };
}

function entryOf(head: store.HeadRecord): CatalogEntry {
  return {
    code: head.code,
    name: head.name,
    department: head.department,
    status: head.status,
    version: head.revision,
    publishedVersion: head.publishedVersion,
    hasDraft: head.hasDraft,
    updatedAt: head.updatedAt,
    updatedBy: head.updatedBy,
  };
}

/** Every item, published or not, for the catalog manager. */
export async function listCatalogItems() {
  return { items: (await store.listHeads()).map(entryOf) };
}

/**
 * Each item's place in the plan's online targets (G2): in the catalog (not withdrawn), queryable online
 * (its guide is published in the online hall) and processable online (the published version takes online
 * applications).
 */
export async function catalogCoverage(): Promise<ItemCoverage[]> {
  return (await store.listCoverage())
    .filter((r) => r.status !== 'withdrawn')
    .map((r) => {
      const queryable = r.status === 'published' && (r.publishedVersion ?? 0) > 0;
      return {
        code: r.code,
        department: r.department,
        queryable,
        processable: queryable && r.publishedSummary?.online === true,
      };
    });
}

export interface ItemCoverage {
  code: string;
  department: string;
  queryable: boolean;
  processable: boolean;
}

/** The published versions of an item, newest first; 404 for an unknown code. */
export async function listItemVersions(code: string) {
  if (!(await store.getHead(code))) throw serviceNotFound(code);
  const versions = await store.listVersions(code);
  return {
    items: versions
      .map((v) => ({ version: v.publishedVersion, publishedAt: v.publishedAt, publishedBy: v.publishedBy }))
      .sort((a, b) => b.version - a.version),
  };
}

/** One published version of an item as it was published (immutable); 404 when the item has no such version. */
export async function getItemVersion(code: string, version: number): Promise<PublishedGuide> {
  const guide = await store.getVersion(code, version);
  if (!guide) throw versionNotFound(code, version);
  return guide;
}

/** One item for the editor: its entry, its draft and its published guide; 404 for an unknown code. */
export async function getCatalogItem(code: string) {
  const head = await store.getHead(code);
  if (!head) throw serviceNotFound(code);
  const [draft, published] = await Promise.all([
    head.hasDraft ? store.getDraft(code) : undefined,
    head.publishedVersion ? store.getPublished(code) : undefined,
  ]);
  return { entry: entryOf(head), draft: draft?.item, published };
}

/**
 * Creates or replaces an item's draft. `input.version` is the revision the editor read (0 for a new item);
 * 409 CATALOG_ITEM_STALE when the item has moved on since.
 */
export async function saveDraft(principal: Principal, input: DraftInput): Promise<CatalogEntry> {
  const { version: expected, ...item } = input;
  const current = expected === 0 ? undefined : await store.getHead(item.code);
  if (expected > 0 && current?.revision !== expected) throw itemStale();
  const at = nowIso();
  const head: store.HeadRecord = {
    ...current,
    code: item.code,
    name: item.name,
    department: item.department,
    status: current?.status ?? 'draft',
    revision: expected + 1,
    hasDraft: true,
    updatedAt: at,
    updatedBy: principal.username,
  };
  const saved = await store.saveDraft(head, { item, savedAt: at, savedBy: principal.username }, expected);
  if (!saved) throw itemStale();
  return entryOf(head);
}

/**
 * Publishes an item's draft as its next immutable version. 404 when there is no draft; 409
 * CATALOG_ITEM_STALE when `expectedRevision` is given and is not the item's, or the item changed meanwhile.
 */
export async function publishDraft(principal: Principal, code: string, expectedRevision?: number) {
  const [head, draft] = await Promise.all([store.getHead(code), store.getDraft(code)]);
  if (!head || !draft) throw draftNotFound(code);
  if (expectedRevision !== undefined && expectedRevision !== head.revision) throw itemStale();
  const entry = await writePublication(head, draft.item, principal.username, true);
  if (!entry) throw itemStale();
  return entry;
}

async function writePublication(
  head: store.HeadRecord | undefined,
  item: ServiceItem,
  actor: string,
  fromDraft: boolean,
): Promise<CatalogEntry | undefined> {
  const version = (head?.publishedVersion ?? 0) + 1;
  const at = nowIso();
  const next: store.Publication['head'] = {
    code: item.code,
    name: item.name,
    department: item.department,
    status: 'published',
    revision: (head?.revision ?? 0) + 1,
    publishedVersion: version,
    publishedSummary: summarise(item, version),
    hasDraft: false,
    updatedAt: at,
    updatedBy: actor,
  };
  const publication = {
    head: next,
    item,
    publishedAt: at,
    publishedBy: actor,
    previous: head?.publishedSummary,
    fromDraft,
  };
  return (await store.publish(publication, head?.revision ?? 0)) ? entryOf(next) : undefined;
}

/** Publishes a seed item as version 1 unless the item exists already; true when it was written. */
export async function publishSeedItem(item: ServiceItem): Promise<boolean> {
  if (await store.getHead(item.code)) return false;
  return (await writePublication(undefined, item, 'seed', false)) !== undefined;
}

export type { PublishedGuide };
