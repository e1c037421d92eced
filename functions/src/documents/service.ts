import { AppError } from '../platform/errors.js';
import { config } from '../platform/config.js';
import { newId, nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import type { DocumentRecord, UploadRequest } from './model.js';
import * as store from './store.js';

/** Registers a document and returns a presigned URL the browser PUTs the file to. */
export async function createUpload(owner: Principal, request: UploadRequest) {
  const limit = config().MAX_UPLOAD_BYTES;
  if (request.size > limit) {
    throw new AppError(413, 'FILE_TOO_LARGE', `${request.fileName} is larger than ${limit} bytes`, {
      field: 'size',
    });
  }
  const documentId = newId();
  const doc: DocumentRecord = {
    documentId,
    owner: owner.sub,
    fileName: request.fileName,
    contentType: request.contentType,
    declaredSize: request.size,
    objectKey: `documents/${owner.sub}/${documentId}`,
    status: 'pending',
    createdAt: nowIso(),
  };
  await store.putDocument(doc);
  const uploadUrl = await store.presignUpload(doc);
  return {
    documentId,
    uploadUrl,
    headers: { 'content-type': doc.contentType },
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
  await Promise.all(documentIds.map((id) => store.attach(id, caseId, department)));
}

export async function describeDocument(principal: Principal, scope: Scope | undefined, id: string) {
  const doc = await readableDocument(principal, scope, id);
  return {
    documentId: doc.documentId,
    fileName: doc.fileName,
    contentType: doc.contentType,
    status: doc.status,
    size: doc.uploadedSize ?? doc.declaredSize,
    createdAt: doc.createdAt,
    downloadUrl: doc.status === 'uploaded' ? await store.presignDownload(doc) : undefined,
  };
}
