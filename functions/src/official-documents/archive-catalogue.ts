import { departmentCodes } from '../catalog/taxonomy.js';
import { forbidden, notFound } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { normalizeText, queryTerms } from '../search/segmenter.js';
import type { ArchiveSearchQuery, ArchiveSearchResult, CatalogueEntry, CatalogueLine } from './archive-model.js';
import * as archived from './archive-store.js';
import { archiveDamaged, documentNotFound } from './errors.js';
import * as store from './store.js';

/**
 * The archive catalogue (档案目录), searched: full text in Chinese over title and body (the search index's
 * segmenter cuts both the same way as the portal's search does: every query term must be among the document's
 * terms, a lone Han character by prefix), by number, type, year and department; newest first, paged. A
 * department's staff search their department's archive; the supervision office searches every department's.
 * Each department's catalogue is one Query, filtered here: at the plan's 700k entries over ~40 departments a
 * department holds ~20k entries (a few MB), still one paged read per search.
 */

export const archivePageSize = 20;

/** The departments a caller may search or check: their own, or (district scope) any or every one. */
export function archiveDepartments(principal: Principal, scope: Scope | undefined, department?: string): string[] {
  if (scope === 'district') return department ? [department] : [...departmentCodes];
  if (scope !== 'department' || !principal.department) throw forbidden('Only staff of a department search its archive');
  // Another department's archive: 404, as another department's document (existence is private).
  if (department && department !== principal.department) throw notFound(`The archive of ${department}`);
  return [principal.department];
}

export const lineOf = (e: CatalogueEntry): CatalogueLine => ({
  id: e.documentId,
  department: e.department,
  number: e.number,
  title: e.title,
  type: e.type,
  year: e.year,
  signedAt: e.signedAt,
  signedBy: e.signedBy,
  archivedAt: e.archivedAt,
  retention: e.retention,
  retainUntil: e.retainUntil,
  pdfSha256: e.pdf.sha256,
});

/** Whether an entry holds every term of the query. */
function matchesText(entry: CatalogueEntry, q: string): boolean {
  const terms = queryTerms(q);
  const own = new Set(entry.terms);
  return terms.every(({ term, script }) =>
    script === 'han' && term.length === 1 ? entry.terms.some((t) => t.startsWith(term)) : own.has(term),
  );
}

export async function searchArchive(
  principal: Principal,
  scope: Scope | undefined,
  query: ArchiveSearchQuery,
): Promise<ArchiveSearchResult> {
  const departments = archiveDepartments(principal, scope, query.department);
  const entries = (await Promise.all(departments.map((d) => archived.catalogue(d)))).flat();
  const number = query.number ? normalizeText(query.number) : undefined;
  const q = query.q?.trim();
  const found = entries
    .filter((e) => (query.type ? e.type === query.type : true))
    .filter((e) => (query.year ? e.year === query.year : true))
    .filter((e) => (number ? normalizeText(e.number).includes(number) : true))
    .filter((e) => (q ? matchesText(e, q) : true))
    .sort((a, b) => (a.signedAt < b.signedAt ? 1 : a.signedAt > b.signedAt ? -1 : 0));
  const page = query.page ?? 1;
  const start = (page - 1) * archivePageSize;
  return {
    items: found.slice(start, start + archivePageSize).map(lineOf),
    page,
    pageSize: archivePageSize,
    total: found.length,
  };
}

/**
 * The signed PDF as archived (the bytes stored at signing, not drawn again), after checking them against the
 * catalogue's SHA-256: 404 unless archived and the caller's department's (or district scope), 409
 * OFFICIAL_DOCUMENT_ARCHIVE_DAMAGED when the object is gone or its bytes changed.
 */
export async function archivedPdf(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
): Promise<{ entry: CatalogueEntry; pdf: Uint8Array }> {
  const record = await store.getDocument(id);
  const allowed =
    record && (scope === 'district' || (scope === 'department' && record.department === principal.department));
  if (!record || !allowed || !record.signedAt) throw documentNotFound(id);
  const entry = await archived.catalogueEntry(record.department, record.signedAt, id);
  if (!entry) throw documentNotFound(id);
  const object = await archived.readArchived(entry.pdf.key);
  if (!object || archived.sha256Hex(object.bytes) !== entry.pdf.sha256) throw archiveDamaged(id);
  return { entry, pdf: object.bytes };
}
