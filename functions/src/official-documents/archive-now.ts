import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { archiveDocument } from './archive.js';
import { lineOf } from './archive-index.js';
import type { CatalogueLine } from './archive-model.js';
import { ArchiveKeyTaken } from './archive-store.js';
import { archiveConflict, archiveFailed, documentNotFound, wrongState } from './errors.js';
import * as store from './store.js';

/**
 * `POST /api/official-documents-archive/{id}/archive` (立即归档): a head of the document's department or the
 * supervision office archives a signed document the check reports as not archived, at once rather than at the
 * sweep's next run. The same archiving as at signing and by the sweep (archive.ts), so it is safe to press twice:
 * an archived document answers its catalogue line. 404 unless the caller's department's (or district scope); 409
 * OFFICIAL_DOCUMENT_WRONG_STATE unless signed; 409 OFFICIAL_DOCUMENT_ARCHIVE_CONFLICT when a different object is
 * locked under its key; 503 OFFICIAL_DOCUMENT_ARCHIVE_FAILED when the archive cannot be written now (counted).
 */
export async function archiveNow(principal: Principal, scope: Scope | undefined, id: string): Promise<CatalogueLine> {
  const record = await store.getDocument(id);
  const allowed =
    record && (scope === 'district' || (scope === 'department' && record.department === principal.department));
  if (!record || !allowed) throw documentNotFound(id);
  if (!record.signedAt) throw wrongState('Only a signed document is archived');
  try {
    return lineOf(await archiveDocument(record));
  } catch (error) {
    if (error instanceof ArchiveKeyTaken) throw archiveConflict(id, error.message);
    throw archiveFailed(id);
  }
}
