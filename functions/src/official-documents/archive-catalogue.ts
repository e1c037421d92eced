import { departmentCodes } from '../catalog/taxonomy.js';
import { forbidden, notFound } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import type { ArchiveSearchQuery, ArchiveSearchResult, CatalogueEntry } from './archive-model.js';
import { archivePageSize, searchIndex } from './archive-search.js';
import * as archived from './archive-store.js';
import { archiveDamaged, documentNotFound } from './errors.js';
import * as store from './store.js';

/**
 * The archive catalogue (档案目录), searched: full text in Chinese over title and body (the search index's
 * segmenter cuts both the same way as the portal's search does), by number, type, year and department; newest
 * first, paged by a cursor. A department's staff search their department's archive; the supervision office
 * searches every department's. Every search is a bounded Query on the catalogue's index (archive-index.ts,
 * archive-search.ts), whatever the archive's size.
 */

/** The departments a caller may search or check: their own, or (district scope) any or every one. */
export function archiveDepartments(principal: Principal, scope: Scope | undefined, department?: string): string[] {
  if (scope === 'district') return department ? [department] : [...departmentCodes];
  if (scope !== 'department' || !principal.department) throw forbidden('Only staff of a department search its archive');
  // Another department's archive: 404, as another department's document (existence is private).
  if (department && department !== principal.department) throw notFound(`The archive of ${department}`);
  return [principal.department];
}

export async function searchArchive(
  principal: Principal,
  scope: Scope | undefined,
  query: ArchiveSearchQuery,
): Promise<ArchiveSearchResult> {
  const departments = archiveDepartments(principal, scope, query.department);
  const { items, nextCursor } = await searchIndex(departments, query);
  return { items, pageSize: archivePageSize, ...(nextCursor ? { nextCursor } : {}) };
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
