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
 * The archive's readers: the department's staff their own archive, the supervision office every department's.
 * Its integrity check: the department's head, and the supervision office.
 */
const archiveReaders = { ...departmentStaff, supervisor: 'district' } as const;
const archivedPdfReaders = { ...documentReaders, supervisor: 'district' } as const;
const archiveCheckers = { head: 'department', supervisor: 'district' } as const;

/**
 * The official documents routes (公文; see ../routes.ts). Kept few: every step of a document is one action
 * route, so the API stack stays within its resource budget. The archive's routes sit under a path of their own
 * (official-documents-archive), so no document id can be taken for one of them.
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
  {
    id: 'official-documents.searchArchive',
    method: 'GET',
    path: '/api/official-documents-archive',
    group: 'official-documents',
    access: { roles: archiveReaders },
    summary:
      'The archive catalogue (档案目录) of signed documents: full text in Chinese over title and body, by number, type, year and department; newest first, paged',
  },
  {
    id: 'official-documents.checkArchive',
    method: 'GET',
    path: '/api/official-documents-archive/check',
    group: 'official-documents',
    access: { roles: archiveCheckers },
    summary:
      "The archive's integrity check: every catalogued object in the Object Lock bucket, its SHA-256 and lock, and the hash chain; what is wrong where",
  },
  {
    id: 'official-documents.archivedPdf',
    method: 'GET',
    path: '/api/official-documents-archive/{id}/pdf',
    group: 'official-documents',
    access: { roles: archivedPdfReaders },
    summary:
      'The signed PDF as archived at signing (Object Lock), checked against its catalogued SHA-256, for the drafting department and the supervision office',
  },
  {
    id: 'official-documents.archiveNow',
    method: 'POST',
    path: '/api/official-documents-archive/{id}/archive',
    group: 'official-documents',
    access: { roles: archiveCheckers },
    summary:
      'Archive now (立即归档): a signed document the check reports as not archived, written to the archive at once rather than by the next sweep; its catalogue line',
  },
] as const satisfies readonly RouteDefinition[];
