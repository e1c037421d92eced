import { AppError, conflict, notFound } from '../platform/errors.js';

/**
 * The official documents' errors: 400 INVALID_INPUT (details.fields), 403 FORBIDDEN (the step waits for someone
 * else: the drafter, the department's head, the configured signer), 404 NOT_FOUND (no such document, or not the
 * caller's department's nor dispatched to it), 409 OFFICIAL_DOCUMENT_STALE / OFFICIAL_DOCUMENT_WRONG_STATE /
 * OFFICIAL_DOCUMENT_BUSY / OFFICIAL_DOCUMENT_ALREADY_READ (a reader's second reading) / CLAIMED_BY_OTHER.
 */
export const documentNotFound = (id: string) => notFound(`Official document ${id}`);
export const documentStale = () =>
  conflict('OFFICIAL_DOCUMENT_STALE', 'The document was changed elsewhere; reload it and try again');
export const wrongState = (message: string) => conflict('OFFICIAL_DOCUMENT_WRONG_STATE', message);
export const numberingBusy = () =>
  conflict('OFFICIAL_DOCUMENT_BUSY', 'Other documents were being signed at the same moment; sign again');
export const alreadyRead = (reader: string) =>
  conflict('OFFICIAL_DOCUMENT_ALREADY_READ', `${reader} has already read this circulated document`);
export const archiveDamaged = (id: string) =>
  conflict(
    'OFFICIAL_DOCUMENT_ARCHIVE_DAMAGED',
    `The archived copy of official document ${id} is missing or no longer matches its SHA-256`,
  );
/** "Archive now" found a different object locked under the package's key: for the records officer, not a retry. */
export const archiveConflict = (id: string, message: string) =>
  conflict('OFFICIAL_DOCUMENT_ARCHIVE_CONFLICT', `Official document ${id} cannot be archived: ${message}`);
/** "Archive now" failed (the archive bucket or table unavailable): counted on the document; try again later. */
export const archiveFailed = (id: string) =>
  new AppError(
    503,
    'OFFICIAL_DOCUMENT_ARCHIVE_FAILED',
    `Official document ${id} could not be archived now; it stays pending and the archive sweep tries again`,
  );
