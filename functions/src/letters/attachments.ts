import { createHash } from 'node:crypto';
import { attachToLetter, createUploadFor, letterAttachmentDownload, verifiedMaterialOf } from '../documents/service.js';
import type { UploadRequest } from '../documents/model.js';
import { maxLetterAttachments, type LetterAttachment, type LetterRecord } from './model.js';

/**
 * A letter's attachments go through the documents context's one checked-upload path (documents/service.ts):
 * the same size limit, pending-upload quota, magic-byte type check, malware scan and SHA-256 as a case's
 * materials. A signed-in writer uploads with documents.createUpload; an anonymous writer, who has no account
 * to own the upload, with letters.uploadAnonymous, under a name derived from the letter's submission token
 * (chosen by the client, secret until the letter is sent): only the same token can send those files.
 */

/** The owner of an anonymous writer's uploads: a hash of the letter's submission token, never the token. */
export function anonymousUploader(submissionToken: string): string {
  return `anonymous-letter-${createHash('sha256').update(submissionToken).digest('hex').slice(0, 32)}`;
}

/**
 * How many unsent uploads one anonymous letter may hold: its attachments twice over (a writer replacing a
 * refused file), far below an account's quota — 409 PENDING_UPLOAD_LIMIT beyond.
 */
export const anonymousPendingLimit = maxLetterAttachments * 2;

/** An anonymous writer registers one attachment of the letter they are writing; a presigned upload ticket. */
export function uploadAnonymousAttachment(submissionToken: string, request: UploadRequest) {
  return createUploadFor(anonymousUploader(submissionToken), request, anonymousPendingLimit);
}

/**
 * The attachments a letter is sent with, each checked now (422 MATERIAL_* naming `attachments.<n>` and the
 * file when one did not pass), in the order given.
 */
export async function checkedAttachments(
  uploader: string,
  documentIds: readonly string[],
): Promise<LetterAttachment[]> {
  return Promise.all(
    documentIds.map(async (documentId, index) => {
      const material = await verifiedMaterialOf(uploader, documentId, `attachments.${index}`);
      return {
        documentId: material.documentId,
        fileName: material.fileName,
        contentType: material.contentType,
        size: material.size,
        sha256: material.sha256,
      };
    }),
  );
}

/** Binds the checked attachments to the letter that was written with them. */
export async function bindAttachments(record: LetterRecord): Promise<void> {
  const ids = (record.attachments ?? []).map((a) => a.documentId);
  if (ids.length > 0) await attachToLetter(ids, record.letterId);
}

/**
 * The letter's attachments with a short-lived download URL each, for a caller the route already let read the
 * letter (its writer, or staff in scope): handing the URLs out is the audited read. An attachment whose object
 * changed after its check gets no URL.
 */
export async function attachmentsWithDownloads(record: LetterRecord) {
  return Promise.all(
    (record.attachments ?? []).map(async (attachment) => {
      const downloadUrl = await letterAttachmentDownload(attachment.documentId, record.letterId);
      return { ...attachment, ...(downloadUrl ? { downloadUrl } : {}) };
    }),
  );
}
