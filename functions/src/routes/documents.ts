import type { RouteDefinition } from '../platform/route-table.js';

/** The documents routes (see ../routes.ts). */
export const documentsRoutes = [
  {
    id: 'documents.createUpload',
    method: 'POST',
    path: '/api/documents/uploads',
    group: 'documents',
    // Inspectors and departments' staff upload a city event's photos (grid) the same way.
    access: {
      roles: { citizen: 'self', enterprise: 'self', clerk: 'self', inspector: 'self', officer: 'self', head: 'self' },
    },
    summary:
      'Register a document (a material, a letter’s attachment, a city event’s photo) and get a presigned upload URL',
  },
  {
    id: 'documents.get',
    method: 'GET',
    path: '/api/documents/{id}',
    group: 'documents',
    access: {
      roles: { citizen: 'owner', enterprise: 'owner', clerk: 'owner', officer: 'department', head: 'department' },
    },
    personalData: true,
    summary: 'Document metadata and a presigned download URL once uploaded',
  },
  {
    id: 'documents.verify',
    method: 'POST',
    path: '/api/documents/{id}/verify',
    group: 'documents',
    // The roles of createUpload; the route addresses one document, so their scope is the owner's.
    access: {
      roles: {
        citizen: 'owner',
        enterprise: 'owner',
        clerk: 'owner',
        inspector: 'owner',
        officer: 'owner',
        head: 'owner',
      },
    },
    summary: 'Check my uploaded document (type, size, malware scan, SHA-256) and show the outcome',
  },
] as const satisfies readonly RouteDefinition[];
