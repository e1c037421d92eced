import { z } from 'zod';
import { groupHandler } from '../platform/http-handler.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { parseInput } from '../platform/validation.js';
import { logger } from '../platform/logger.js';
import { archiveDocument } from './archive.js';
import { archiveCheckQuery, archiveSearchQuery } from './archive-model.js';
import { archivedPdf, searchArchive } from './archive-catalogue.js';
import { checkArchive } from './archive-check.js';
import { archiveNow } from './archive-now.js';
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
 * A signed document is archived at once (archive.ts says why then). Signed is signed: a package that could not be
 * written now (S3 unavailable) is no reason to fail the signing; the integrity check reports the document as not
 * archived (archiving it later is still to be built).
 */
const archived = (record: StoredDocument) =>
  archiveDocument(record).catch((error: unknown) =>
    logger.error('Official document not archived', { documentId: record.documentId, error }),
  );

/**
 * Errors: 400 INVALID_INPUT (details.fields), 401 UNAUTHORIZED, 403 FORBIDDEN (the step waits for someone else),
 * 404 NOT_FOUND (not the caller's department's, nor dispatched to it), 409 OFFICIAL_DOCUMENT_STALE /
 * OFFICIAL_DOCUMENT_WRONG_STATE (a step out of turn; the PDF of an unsigned document) / OFFICIAL_DOCUMENT_BUSY /
 * CLAIMED_BY_OTHER / OFFICIAL_DOCUMENT_ARCHIVE_DAMAGED (the archived PDF gone or changed).
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
    if (input.action === 'sign' && next.status === 'signed') await archived(next);
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
  // The catalogue holds no personal data (titles, numbers, system usernames of signers): searches are not audited.
  searchArchive: async ({ principal, scope, query }) => ({
    body: await searchArchive(principal, scope, parseInput(archiveSearchQuery, query)),
  }),
  // Each check is audited (who verified which archive, and whether it held), as the audit chain's verification is.
  checkArchive: async ({ principal, scope, query }) => {
    const { department } = parseInput(archiveCheckQuery, query);
    const result = await checkArchive(principal, scope, department);
    return {
      body: result,
      audit: {
        resourceId: department ?? principal.department ?? 'all',
        details: { action: 'archive-check', valid: String(result.valid) },
      },
    };
  },
  // A write: audited with its outcome's archive sequence.
  archiveNow: async ({ principal, scope, params }) => {
    const id = idOf(params);
    const line = await archiveNow(principal, scope, id);
    return { body: line, audit: { resourceId: id, details: { action: 'archive-now', archivedAt: line.archivedAt } } };
  },
  // Every copy taken from the archive is audited, as the signed PDF's.
  archivedPdf: async ({ principal, scope, params }) => {
    const { entry, pdf } = await archivedPdf(principal, scope, idOf(params));
    return {
      body: pdf,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="official-document.pdf"; filename*=UTF-8''${encodeURIComponent(entry.number)}.pdf`,
        'cache-control': 'private, no-store',
        'x-archive-sha256': entry.pdf.sha256,
      },
      audit: {
        resourceId: entry.documentId,
        details: { action: 'archived-pdf', archiveSeq: String(entry.archiveSeq) },
      },
    };
  },
});
