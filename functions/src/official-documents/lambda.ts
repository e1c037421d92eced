import { z } from 'zod';
import { groupHandler } from '../platform/http-handler.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { parseInput } from '../platform/validation.js';
import { listDocuments } from './lists.js';
import { documentPdf } from './pdf.js';
import { createDocumentInput, documentActionInput, documentListQuery, officialDocumentId } from './model.js';
import { createDocument, reachableDocument } from './service.js';
import { signDocument } from './signing.js';
import { allowedActions, takeStep } from './steps.js';
import * as store from './store.js';
import type { StoredDocument } from './store.js';
import { documentView } from './views.js';

const idParam = z.object({ id: officialDocumentId });
const idOf = (params: Readonly<Record<string, string>>) => parseInput(idParam, { id: params.id }).id;

/** The document as the caller now sees it, read again after a step. */
async function viewFor(principal: Principal, scope: Scope | undefined, id: string) {
  const { record, receipt } = await reachableDocument(principal, scope, id);
  const { versions, receipts } = await store.documentParts(id);
  return documentView(record, versions, receipts, allowedActions(principal, record, receipt), principal.department);
}

// Titles, bodies and opinions live in the document; audit details hold system values only (the number's
// Chinese 机关代字 is not one: its archive sequence stands for it).
const audited = (record: StoredDocument, action: string, receiving?: string) => ({
  resourceId: record.documentId,
  details: {
    action,
    status: record.status,
    // A recipient department's step (登记, 拟办, 批办, 办结, 传阅): which department's receipt it moved.
    ...(receiving ? { receivingDepartment: receiving } : {}),
    version: String(record.version),
    ...(record.archiveSeq ? { archiveSeq: String(record.archiveSeq) } : {}),
  },
});

/**
 * Errors: 400 INVALID_INPUT (details.fields), 401 UNAUTHORIZED, 403 FORBIDDEN (the step waits for someone else),
 * 404 NOT_FOUND (not the caller's department's, nor dispatched to it), 409 OFFICIAL_DOCUMENT_STALE /
 * OFFICIAL_DOCUMENT_WRONG_STATE (a step out of turn; the PDF of an unsigned document) / OFFICIAL_DOCUMENT_BUSY /
 * CLAIMED_BY_OTHER.
 */
export const handler = groupHandler('official-documents', {
  list: async ({ principal, query }) => ({
    body: await listDocuments(principal, parseInput(documentListQuery, query)),
  }),
  create: async ({ principal, scope, body }) => {
    const record = await createDocument(principal, parseInput(createDocumentInput, body));
    return {
      status: 201,
      body: await viewFor(principal, scope, record.documentId),
      audit: audited(record, 'create'),
    };
  },
  get: async ({ principal, scope, params }) => ({ body: await viewFor(principal, scope, idOf(params)) }),
  act: async ({ principal, scope, params, body }) => {
    const id = idOf(params);
    const input = parseInput(documentActionInput, body);
    const { record, receipt } = await reachableDocument(principal, scope, id);
    const next =
      input.action === 'sign'
        ? await signDocument(principal, record, input)
        : await takeStep(principal, record, receipt, input);
    // On a signed document every step is a recipient department's, on its receipt.
    const receiving = record.status === 'signed' ? receipt?.department : undefined;
    return { body: await viewFor(principal, scope, id), audit: audited(next, input.action, receiving) };
  },
  // Every read of the signed PDF is audited: who took a copy of which document, when.
  pdf: async ({ principal, scope, params }) => {
    const { record, pdf } = await documentPdf(principal, scope, idOf(params));
    return {
      body: pdf,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="official-document.pdf"; filename*=UTF-8''${encodeURIComponent(record.number ?? record.documentId)}.pdf`,
        'cache-control': 'private, no-store',
      },
      audit: audited(record, 'pdf'),
    };
  },
});
