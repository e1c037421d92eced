import { AppError } from '../platform/errors.js';
import { config } from '../platform/config.js';
import { nowMs } from '../platform/clock.js';
import { newId, nowIso } from '../platform/ids.js';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import {
  documentObjectPrefix,
  unattachedUploadExpiry,
  type AcceptedContentType,
  type DocumentCheck,
  type DocumentRecord,
  type DocumentView,
  type MaterialCode,
  type UploadRequest,
  type VerifiedMaterial,
} from './model.js';
import { malwareScanner } from './scan/index.js';
import * as store from './store.js';
import { checkDocument, isCheckedVersion, ObjectChangedError, type ObjectVersion } from './verification.js';

/** Registers a document and returns a presigned URL the browser PUTs the file to. */
export async function createUpload(owner: Principal, request: UploadRequest) {
  return createUploadFor(owner.sub, request);
}

/**
 * createUpload for an uploader without an account (an anonymous letter's writer, letters/attachments.ts):
 * `owner` is the opaque name the same uploader proves again when the document is used. Same size limit,
 * pending-upload quota (`pendingLimit` may be lower), object prefix (scanned) and expiry as every upload.
 */
export async function createUploadFor(
  ownerSub: string,
  request: UploadRequest,
  pendingLimit = config().PENDING_UPLOAD_LIMIT,
) {
  const owner = { sub: ownerSub };
  const limit = config().MAX_UPLOAD_BYTES;
  if (request.size > limit) {
    throw new AppError(413, 'FILE_TOO_LARGE', `${request.fileName} is larger than ${limit} bytes`, {
      field: 'size',
    });
  }
  if ((await store.countPending(owner.sub, nowMs())) >= pendingLimit) {
    throw new AppError(
      409,
      'PENDING_UPLOAD_LIMIT',
      `You have ${pendingLimit} uploads not yet sent with an application or a letter; send them or wait for them to ` +
        `expire (${unattachedUploadExpiry.days} days after upload) before uploading more`,
      { limit: pendingLimit },
    );
  }
  const documentId = newId();
  const doc: DocumentRecord = {
    documentId,
    owner: owner.sub,
    fileName: request.fileName,
    contentType: request.contentType,
    declaredSize: request.size,
    objectKey: `${documentObjectPrefix}${owner.sub}/${documentId}`,
    status: 'pending',
    createdAt: nowIso(),
  };
  await store.putDocument(doc);
  const uploadUrl = await store.presignUpload(doc);
  return {
    documentId,
    uploadUrl,
    headers: { 'content-type': doc.contentType, 'x-amz-tagging': store.pendingTagging },
    expiresInSeconds: 900,
  };
}

/** Loads a document the caller may see; settles `pending` once the object is in the bucket. */
export async function readableDocument(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
): Promise<DocumentRecord> {
  const doc = requireInScope(principal, scope, await store.getDocument(id), 'Document');
  if (doc.status === 'pending') {
    const size = await store.storedSize(doc);
    if (size !== undefined) {
      await store.markUploaded(id, size);
      return { ...doc, status: 'uploaded', uploadedSize: size };
    }
  }
  return doc;
}

/** Links documents to the case they were submitted with, so the case's department may read them. */
export async function attachToCase(documentIds: readonly string[], caseId: string, department: string): Promise<void> {
  await Promise.all(
    documentIds.map(async (id) => {
      const doc = await store.getDocument(id);
      if (doc && doc.caseId === undefined) await store.markObjectAttached(doc);
      await store.attach(id, caseId, department);
    }),
  );
}

/**
 * Links checked documents to the letter they were sent with: out of the pending quota, no longer expiring,
 * and from then on readable only through that letter (letterAttachmentDownload).
 */
export async function attachToLetter(documentIds: readonly string[], letterId: string): Promise<void> {
  await Promise.all(
    documentIds.map(async (id) => {
      const doc = await store.getDocument(id);
      if (doc && doc.letterId === undefined) await store.markObjectAttached(doc);
      await store.attachToLetter(id, letterId);
    }),
  );
}

/**
 * A download URL of a letter's attachment, for whoever may read the letter (the letters context decides):
 * only a document attached to this very letter, past its checks and unchanged since (else undefined, and the
 * change is logged as a security event).
 */
export async function letterAttachmentDownload(documentId: string, letterId: string): Promise<string | undefined> {
  const doc = await store.getDocument(documentId);
  if (!doc || doc.letterId !== letterId || doc.check?.outcome !== 'passed') return undefined;
  try {
    await assertUnchanged({ ...doc, check: doc.check });
  } catch (error) {
    if (error instanceof DocumentChangedError) return undefined;
    throw error;
  }
  return store.presignDownload(doc);
}

/**
 * A download URL of a city event's photo, for whoever may read the event (the grid context decides): only a
 * document attached to this very event, past its checks and unchanged since (else undefined, logged).
 */
export async function gridPhotoDownload(documentId: string, gridEventId: string): Promise<string | undefined> {
  const doc = await store.getDocument(documentId);
  if (!doc || doc.gridEventId !== gridEventId || doc.check?.outcome !== 'passed') return undefined;
  try {
    await assertUnchanged({ ...doc, check: doc.check });
  } catch (error) {
    if (error instanceof DocumentChangedError) return undefined;
    throw error;
  }
  return store.presignDownload(doc);
}

/** The object changed after it passed its check: nothing about it may be served or used. */
export class DocumentChangedError extends AppError {
  constructor(
    readonly documentId: string,
    readonly checked: DocumentCheck,
    readonly current: ObjectVersion | undefined,
  ) {
    super(409, 'DOCUMENT_CHANGED', 'The file changed after it was checked; upload it again as a new document');
    this.name = 'DocumentChangedError';
  }
}

/**
 * Checks the document's bytes unless a final outcome is recorded (passed or rejected), and records the
 * outcome: idempotent, and a re-check only happens while the malware scan is pending. Returns the
 * document as stored afterwards (unchanged when nothing was uploaded yet).
 */
async function ensureChecked(doc: DocumentRecord): Promise<DocumentRecord> {
  if (doc.check && doc.check.outcome !== 'scanning') return doc;
  // Throws ObjectChangedError when the object is replaced while it is being read.
  const check = await checkDocument(doc, {
    reader: store.objectReader(doc),
    scanner: malwareScanner(),
    maxBytes: config().MAX_UPLOAD_BYTES,
    now: nowIso,
  });
  if (!check) return doc;
  if (check.outcome !== 'scanning') {
    logger.info('document checked', {
      action: 'documents.check',
      documentId: doc.documentId,
      outcome: check.outcome,
      code: check.code,
      scan: check.scan,
    });
  }
  if (await store.saveCheck(doc.documentId, check)) {
    return { ...doc, status: 'uploaded', uploadedSize: check.storedSize, check };
  }
  // Another call recorded a final outcome first: that one stands.
  return (await store.getDocument(doc.documentId)) ?? doc;
}

/** Fails closed (DocumentChangedError) unless the object is still the version that passed. */
async function assertUnchanged(doc: DocumentRecord & { check: DocumentCheck }): Promise<void> {
  const current = await store.currentVersion(doc);
  if (isCheckedVersion(doc.check, current)) return;
  logger.error('document changed after its check', {
    action: 'documents.integrityMismatch',
    documentId: doc.documentId,
    checkedEtag: doc.check.etag,
    currentEtag: current?.etag ?? 'deleted',
  });
  throw new DocumentChangedError(doc.documentId, doc.check, current);
}

function view(doc: DocumentRecord, downloadUrl: string | undefined): DocumentView {
  const check = doc.check;
  return {
    documentId: doc.documentId,
    fileName: doc.fileName,
    contentType: doc.contentType as AcceptedContentType,
    status: doc.status,
    size: doc.uploadedSize ?? doc.declaredSize,
    createdAt: doc.createdAt,
    check: check && {
      outcome: check.outcome,
      code: check.code,
      scan: check.scan,
      scanResult: check.scanResult,
      sha256: check.sha256,
      checkedAt: check.checkedAt,
    },
    downloadUrl,
  };
}

/**
 * A document with its check outcome (checking it first if it was uploaded and not yet checked), and a
 * download URL once it passed — after confirming the object is unchanged (409 DOCUMENT_CHANGED if not).
 */
export async function describeDocument(principal: Principal, scope: Scope | undefined, id: string) {
  const readable = await readableDocument(principal, scope, id);
  const doc = await ensureChecked(readable).catch((error: unknown) => {
    if (!(error instanceof ObjectChangedError)) throw error;
    throw new AppError(409, 'DOCUMENT_CHANGING', 'The file changed while it was being checked; try again');
  });
  if (doc.check?.outcome !== 'passed') return view(doc, undefined);
  await assertUnchanged({ ...doc, check: doc.check });
  return view(doc, await store.presignDownload(doc));
}

/** documents.verify: the caller's own document, checked now if it was not yet (same view as get). */
export async function verifyDocument(principal: Principal, id: string) {
  return describeDocument(principal, 'owner', id);
}

const typeLabels: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

export function materialError(code: MaterialCode, field: string, message: string): AppError {
  return new AppError(422, code, `${field}: ${message}`, { field });
}

/** The message of a check that did not pass, naming the file. */
function refusal(doc: DocumentRecord, check: DocumentCheck): string {
  const name = doc.fileName;
  switch (check.code) {
    case 'MATERIAL_TOO_LARGE':
      return `${name} is larger than ${config().MAX_UPLOAD_BYTES} bytes`;
    case 'MATERIAL_SIZE_MISMATCH':
      return `${name} has ${check.storedSize} bytes, not the ${doc.declaredSize} declared`;
    case 'MATERIAL_TYPE_MISMATCH':
      return `${name} is not a ${typeLabels[doc.contentType]} file (its content is ${
        check.detectedType ? typeLabels[check.detectedType] : 'none of PDF, JPEG, PNG'
      })`;
    case 'MATERIAL_NOT_SCANNED':
      return `${name} is still being scanned for malware; try again in a minute`;
    case 'MATERIAL_REJECTED':
      return `${name} was rejected by the malware scan (${check.scanResult ?? 'no result'})`;
    default:
      return `${name} did not pass its checks`;
  }
}

/**
 * A material the case engine may use: the caller's own document, not yet attached to a case, uploaded,
 * and past the type, size and malware checks (checked now on first use; the outcome is recorded, so a
 * repeat call is cheap and gives the same answer), and still the very object that was checked.
 * Otherwise a 422 AppError whose message names `field` (e.g. `materials.2.documentIds.0`) and the file,
 * with `details.field` = `field` and one code of: MATERIAL_NOT_FOUND, MATERIAL_NOT_UPLOADED,
 * MATERIAL_TYPE_MISMATCH, MATERIAL_SIZE_MISMATCH, MATERIAL_TOO_LARGE, MATERIAL_NOT_SCANNED,
 * MATERIAL_REJECTED, MATERIAL_CHANGED.
 */
export async function verifiedMaterial(
  principal: Principal,
  documentId: string,
  field: string,
): Promise<VerifiedMaterial> {
  return verifiedMaterialOf(principal.sub, documentId, field);
}

/** verifiedMaterial for the uploader named `ownerSub` (createUploadFor's), with the same checks and errors. */
export async function verifiedMaterialOf(
  ownerSub: string,
  documentId: string,
  field: string,
): Promise<VerifiedMaterial> {
  const stored = await store.getDocument(documentId);
  if (
    !stored ||
    stored.owner !== ownerSub ||
    stored.caseId !== undefined ||
    stored.letterId !== undefined ||
    stored.gridEventId !== undefined
  ) {
    throw materialError('MATERIAL_NOT_FOUND', field, 'no such unsubmitted document of yours');
  }
  const doc = await ensureChecked(stored).catch((error: unknown) => {
    if (!(error instanceof ObjectChangedError)) throw error;
    throw materialError('MATERIAL_CHANGED', field, `${stored.fileName} changed while it was being checked`);
  });
  const check = doc.check;
  if (!check) throw materialError('MATERIAL_NOT_UPLOADED', field, `${doc.fileName} was not uploaded`);
  if (check.outcome !== 'passed' || check.sha256 === undefined) {
    throw materialError(check.code ?? 'MATERIAL_REJECTED', field, refusal(doc, check));
  }
  try {
    await assertUnchanged({ ...doc, check });
  } catch (error) {
    if (!(error instanceof DocumentChangedError)) throw error;
    throw materialError(
      'MATERIAL_CHANGED',
      field,
      `${doc.fileName} changed after it was checked; upload it again as a new document`,
    );
  }
  return {
    documentId: doc.documentId,
    fileName: doc.fileName,
    contentType: doc.contentType as AcceptedContentType,
    size: check.storedSize,
    sha256: check.sha256,
  };
}
