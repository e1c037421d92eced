import type { RouteDefinition } from '../platform/route-table.js';

/** Staff who draft, review, sign, register and handle official documents: their department's. */
const departmentStaff = { officer: 'department', head: 'department', docclerk: 'department' } as const;

/**
 * Who reads a signed document's PDF: officers and heads of the drafting or a recipient department. The
 * district office's document clerks are left out: their office can neither sign (it has no head) nor receive
 * (it is no recipient department), so no signed document is ever theirs.
 */
const documentReaders = { officer: 'department', head: 'department' } as const;

/**
 * The official documents routes (公文; see ../routes.ts). Kept to five: every step of a document is one action
 * route, so the API stack stays within its resource budget.
 */
export const officialDocumentsRoutes = [
  {
    id: 'official-documents.list',
    method: 'GET',
    path: '/api/official-documents',
    group: 'official-documents',
    access: { roles: departmentStaff },
    summary:
      "My department's official documents: waiting for me (todo), outgoing (mine), received, or the archive with its hash chain verified",
  },
  {
    id: 'official-documents.create',
    method: 'POST',
    path: '/api/official-documents',
    group: 'official-documents',
    access: { roles: departmentStaff },
    summary: 'Draft an outgoing document (发文) of my department: version 1, for me to revise and submit',
  },
  {
    id: 'official-documents.get',
    method: 'GET',
    path: '/api/official-documents/{id}',
    group: 'official-documents',
    access: { roles: departmentStaff },
    summary:
      "An official document of my department, or dispatched to it, with its versions, history, receipts and the caller's next actions",
  },
  {
    id: 'official-documents.act',
    method: 'POST',
    path: '/api/official-documents/{id}/actions',
    group: 'official-documents',
    access: { roles: departmentStaff },
    summary:
      'One step: save or submit (drafter), review (head, 核稿), sign (configured signer, 签发: numbered, archived, dispatched), register or complete (recipient department)',
  },
  {
    id: 'official-documents.pdf',
    method: 'GET',
    path: '/api/official-documents/{id}/pdf',
    group: 'official-documents',
    access: { roles: documentReaders },
    summary:
      'The signed document as its final PDF (GB/T 9704 layout, electronic seal, digital signature adbe.pkcs7.detached), for the drafting and the recipient departments, once signed',
  },
] as const satisfies readonly RouteDefinition[];
