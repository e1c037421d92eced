/**
 * Search over what the district publishes: the catalog (service items and their FAQs), public information
 * (notices, policy documents and interpretations: notices/) and the mailbox's published Q&A (letters/).
 *
 * Index lifecycle. The index lives in the search function's memory (an inverted index, search-index.ts)
 * and is shipped between functions as a snapshot (store.ts: an S3 object plus a current-version record):
 * - on publish, the catalog's, the notices' and the mailbox's handlers call `refreshSearchIndex`, which rebuilds
 *   the index from what is published (those contexts' service functions, never their records) and makes the
 *   new snapshot current;
 * - on a cold start the search function loads the current snapshot; it builds from the catalog instead
 *   (and saves the result) when there is none, when it was cut by another segmentation version or laid
 *   out in another snapshot format, or when what is published has changed behind it (seeding writes items,
 *   notices and letters without publishing them through the API): its fingerprint of every published
 *   item's code and version, notice's id and version and letter's number and date is compared with theirs;
 * - a warm function looks at the current-version record at most once a second and loads a newer snapshot.
 *
 * A larger deployment swaps the adapter, not the domain code: `SearchIndex` (search-index.ts) is the port.
 * An OpenSearch adapter would implement `search` as a `multi_match` over the same fields with the same
 * boosts (title^10, keywords^4, department^4, requirements^2, body^1, context^0.5), a `smartcn` or IK
 * analyzer with this repository's vocabulary as its user dictionary and synonym_graph filter, `fuzziness:
 * AUTO:4,8` on the English sub-fields, a `terms` filter on `type` and `from`/`size` paging; the publish
 * hook would index the item's documents (bulk upsert by document id) instead of rebuilding a snapshot, and
 * the cold-start load disappears. It is chosen once, where `currentIndex` is wired.
 */
import { createHash, randomBytes } from 'node:crypto';
import { getService, listServices } from '../catalog/service.js';
import type { ServiceSummary } from '../catalog/model.js';
import { allPublicLetters } from '../letters/public.js';
import type { PublicLetter } from '../letters/model.js';
import type { NoticeRecord } from '../notices/model.js';
import { allPublishedNotices } from '../notices/service.js';
import { nowIso } from '../platform/ids.js';
import { logger } from '../platform/logger.js';
import { noticeDocument, publicLetterDocument, serviceDocuments } from './documents.js';
import type { SearchDocument, SearchQuery, SearchResponse } from './model.js';
import { createInProcessIndex, loadInProcessIndex, type SearchIndex } from './search-index.js';
import { hasHan } from './segmenter.js';
import { snapshotFormat } from './snapshot.js';
import * as store from './store.js';
import { segmentationVersion } from './vocabulary.js';

export const defaultPageSize = 10;
const pointerCheckIntervalMs = 1_000;
const fetchConcurrency = 16;
const saveAttempts = 3;

/** Every published item's summary, by code. */
async function publishedSummaries(): Promise<ServiceSummary[]> {
  const all: ServiceSummary[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listServices({ page, pageSize: 100 });
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}

/** Everything published that search finds. */
interface Published {
  readonly summaries: readonly ServiceSummary[];
  readonly notices: readonly NoticeRecord[];
  readonly letters: readonly PublicLetter[];
}

async function published(): Promise<Published> {
  const [summaries, notices, letters] = await Promise.all([
    publishedSummaries(),
    allPublishedNotices(),
    allPublicLetters(),
  ]);
  return { summaries, notices, letters };
}

/**
 * What an index was built from: every published item's code and version, and (when given) every published
 * notice's id and version and every published letter's number and publication date.
 */
export function catalogFingerprint(
  summaries: readonly Pick<ServiceSummary, 'code' | 'publishedVersion'>[],
  notices: readonly Pick<NoticeRecord, 'noticeId' | 'version'>[] = [],
  letters: readonly Pick<PublicLetter, 'letterNumber' | 'publishedAt'>[] = [],
): string {
  const lines = [
    ...summaries.map((s) => `${s.code}@${s.publishedVersion}`),
    ...notices.map((n) => `notice:${n.noticeId}@${n.version}`),
    ...letters.map((l) => `qa:${l.letterNumber}@${l.publishedAt}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

const fingerprintOf = (sources: Published) => catalogFingerprint(sources.summaries, sources.notices, sources.letters);

async function publishedDocuments(sources: Published): Promise<SearchDocument[]> {
  return [
    ...(await catalogDocuments(sources.summaries)),
    ...sources.notices.map(noticeDocument),
    ...sources.letters.map(publicLetterDocument),
  ];
}

async function catalogDocuments(summaries: readonly ServiceSummary[]): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (let i = 0; i < summaries.length; i += fetchConcurrency) {
    const guides = await Promise.all(summaries.slice(i, i + fetchConcurrency).map((s) => getService(s.code)));
    for (const guide of guides) documents.push(...serviceDocuments(guide));
  }
  return documents;
}

interface LoadedIndex {
  readonly index: SearchIndex;
  readonly version: number;
  readonly fingerprint: string;
}

/**
 * Builds the index from the catalog and makes its snapshot current, retrying from a fresh catalog read
 * when another build became current meanwhile (it may predate this caller's change).
 */
async function buildAndSave(): Promise<LoadedIndex> {
  let built: LoadedIndex | undefined;
  for (let attempt = 1; attempt <= saveAttempts; attempt++) {
    const current = await store.getPointer(true);
    const sources = await published();
    const fingerprint = fingerprintOf(sources);
    const index = createInProcessIndex(await publishedDocuments(sources));
    const version = (current?.version ?? 0) + 1;
    built = { index, version, fingerprint };
    const objectKey = store.snapshotKey(version, randomBytes(4).toString('hex'));
    await store.putSnapshot(objectKey, index.toSnapshot());
    const pointer = {
      version,
      objectKey,
      segmentationVersion,
      snapshotFormat,
      fingerprint,
      documentCount: index.documentCount,
      builtAt: nowIso(),
    };
    if (await store.putPointer(pointer, current?.version ?? 0)) {
      logger.info('search index saved', { action: 'search.rebuild', version, documents: index.documentCount });
      return built;
    }
  }
  logger.warn('search index lost every race to save; serving the last build', { action: 'search.rebuild' });
  return built!;
}

async function loadSnapshot(pointer: store.SnapshotPointer): Promise<LoadedIndex> {
  const index = loadInProcessIndex(await store.getSnapshot(pointer.objectKey));
  return { index, version: pointer.version, fingerprint: pointer.fingerprint };
}

/** Whether a snapshot was cut and laid out as this code does it. */
const readable = (pointer: store.SnapshotPointer) =>
  pointer.segmentationVersion === segmentationVersion && pointer.snapshotFormat === snapshotFormat;

/** The cold start: the current snapshot if it matches what is published, else a fresh build. */
async function loadOrBuild(): Promise<LoadedIndex> {
  const [pointer, sources] = await Promise.all([store.getPointer(), published()]);
  const usable = pointer && readable(pointer) && pointer.fingerprint === fingerprintOf(sources);
  return usable ? loadSnapshot(pointer) : buildAndSave();
}

let loaded: LoadedIndex | undefined;
let checkedAt = 0;
let pending: Promise<LoadedIndex> | undefined;

/** Runs one load at a time; concurrent requests wait for the same one. */
function once(load: () => Promise<LoadedIndex>): Promise<LoadedIndex> {
  pending ??= load()
    .then((next) => {
      loaded = next;
      checkedAt = Date.now();
      return next;
    })
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/** The index to search: loaded on a cold start, refreshed when a newer snapshot is current. */
async function currentIndex(): Promise<SearchIndex> {
  if (!loaded) return (await once(loadOrBuild)).index;
  if (Date.now() - checkedAt < pointerCheckIntervalMs) return loaded.index;
  checkedAt = Date.now();
  const pointer = await store.getPointer();
  const have = loaded;
  if (pointer && pointer.version !== have.version && readable(pointer)) {
    return (await once(() => loadSnapshot(pointer))).index;
  }
  return have.index;
}

/**
 * Rebuilds the index after a publication and makes it current for every search function. The
 * publication has already happened: a failure here is logged, not thrown, and heals at the next
 * publication or the next cold start (which compares fingerprints).
 */
export async function refreshSearchIndex(): Promise<void> {
  try {
    loaded = await buildAndSave();
    checkedAt = Date.now();
  } catch (error) {
    logger.error('search index rebuild failed', { action: 'search.rebuild', error: error as Error });
  }
}

/** One page of an index's matches, as the API shows them. */
export function searchIn(index: SearchIndex, query: SearchQuery, startedAt = performance.now()): SearchResponse {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? defaultPageSize;
  const { hits, total } = index.search({
    text: query.q,
    type: query.type,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const lang = hasHan(query.q) ? 'zh' : 'en';
  const items = hits.map(({ document, score }) => ({
    type: document.type,
    code: document.code,
    title: document.title,
    snippet: document.summary[lang],
    department: document.department,
    score: Math.round(score * 1000) / 1000,
    url: document.url,
  }));
  const tookMs = Math.round((performance.now() - startedAt) * 100) / 100;
  return { query: query.q, items, total, page, pageSize, tookMs };
}

/** Searches what is published. */
export async function search(query: SearchQuery): Promise<SearchResponse> {
  const startedAt = performance.now();
  return searchIn(await currentIndex(), query, startedAt);
}
