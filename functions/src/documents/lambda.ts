import { auditActor, recordAudit } from '../audit/service.js';
import { groupHandler, type AuthenticatedRequest } from '../platform/http-handler.js';
import { logger } from '../platform/logger.js';
import { parseInput } from '../platform/validation.js';
import { uploadRequest } from './model.js';
import { createUpload, describeDocument, DocumentChangedError, verifyDocument } from './service.js';

/**
 * A download refused because the object changed after its check is a security event: it gets an audit
 * record of its own (beside the request's), then the 409 goes to the caller.
 */
async function auditingChanges<T>(request: AuthenticatedRequest, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DocumentChangedError) {
      await recordAudit({
        actor: auditActor(request.principal),
        action: 'documents.integrityMismatch',
        resource: { type: 'documents', id: error.documentId },
        outcome: 'denied',
        requestId: request.requestId,
        sourceIp: request.sourceIp,
        details: {
          code: error.code,
          checkedEtag: error.checked.etag ?? 'none',
          currentEtag: error.current?.etag ?? 'deleted',
          checkedVersion: error.checked.versionId ?? 'unversioned',
          currentVersion: error.current?.versionId ?? 'unversioned',
        },
      }).catch((auditError: unknown) =>
        logger.error('audit record not written', { action: 'audit.failed', error: auditError as Error }),
      );
    }
    throw error;
  }
}

/**
 * Errors: 400 INVALID_INPUT, 413 FILE_TOO_LARGE, 404 NOT_FOUND, 409 DOCUMENT_CHANGED (the object
 * changed after its check; audited), 409 DOCUMENT_CHANGING (changed during the check; retry).
 */
export const handler = groupHandler('documents', {
  createUpload: async ({ principal, body }) => ({
    status: 201,
    body: await createUpload(principal, parseInput(uploadRequest, body)),
  }),
  get: async (request) => ({
    body: await auditingChanges(request, () =>
      describeDocument(request.principal, request.scope, request.params.id ?? ''),
    ),
  }),
  verify: async (request) => ({
    body: await auditingChanges(request, () => verifyDocument(request.principal, request.params.id ?? '')),
  }),
});
