import type { RouteDefinition } from '../platform/route-table.js';

/** Staff who draft, review, sign, register and handle official documents: their department's. */
const departmentStaff = { officer: 'department', head: 'department', docclerk: 'department' } as const;

/**
 * The official documents routes (公文; see ../routes.ts). Kept to four: every step of a document is one action
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
] as const satisfies readonly RouteDefinition[];
