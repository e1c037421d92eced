import type { RouteDefinition } from './platform/route-table.js';
import { roles } from './platform/roles.js';

/** Every role, for routes about the caller's own account. */
const everyone = Object.fromEntries(roles.map((r) => [r, 'self'])) as Record<(typeof roles)[number], 'self'>;

/**
 * The one route table. The CDK app makes one Lambda per group and one HTTP API route per entry; the
 * local gateway serves the same entries with the same group handlers. `access` says which roles may
 * call a route and how far each role reaches (see Scope); tests/integration/access-matrix.test.ts
 * walks every route with every role.
 */
export const routes = [
  {
    id: 'health.get',
    method: 'GET',
    path: '/api/health',
    group: 'health',
    access: { public: true },
    summary: 'State of each dependency',
  },
  {
    id: 'identity.me',
    method: 'GET',
    path: '/api/me',
    group: 'identity',
    access: { roles: everyone },
    summary: 'The signed-in user: roles, department, street',
  },
  {
    id: 'identity.getProfile',
    method: 'GET',
    path: '/api/me/profile',
    group: 'identity',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'My profile (masked; ?reveal=true shows full values, audited)',
  },
  {
    id: 'identity.putProfile',
    method: 'PUT',
    path: '/api/me/profile',
    group: 'identity',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'Save my profile (optimistic locking by version)',
  },
  {
    id: 'documents.createUpload',
    method: 'POST',
    path: '/api/documents/uploads',
    group: 'documents',
    access: { roles: { citizen: 'self', enterprise: 'self', clerk: 'self' } },
    summary: 'Register a document and get a presigned upload URL',
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
    id: 'cases.create',
    method: 'POST',
    path: '/api/cases',
    group: 'cases',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    summary: 'Submit an application; starts its approval workflow',
  },
  {
    id: 'cases.listMine',
    method: 'GET',
    path: '/api/cases',
    group: 'cases',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    summary: 'My cases',
  },
  {
    id: 'cases.get',
    method: 'GET',
    path: '/api/cases/{id}',
    group: 'cases',
    access: {
      roles: {
        citizen: 'owner',
        enterprise: 'owner',
        officer: 'department',
        head: 'department',
        supervisor: 'district',
      },
    },
    personalData: true,
    summary: 'A case with its status and timeline',
  },
  {
    id: 'workitems.list',
    method: 'GET',
    path: '/api/work-items',
    group: 'workitems',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: 'Open work items for my role and department',
  },
  {
    id: 'workitems.decide',
    method: 'POST',
    path: '/api/work-items/{id}/decision',
    group: 'workitems',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: 'Decide a work item; resumes the waiting workflow',
  },
  {
    id: 'notifications.outbox',
    method: 'GET',
    path: '/api/admin/outbox',
    group: 'notifications',
    access: { roles: { admin: 'district' } },
    personalData: true,
    summary: 'Every e-mail and SMS the platform sent (newest first)',
  },
  {
    id: 'audit.search',
    method: 'GET',
    path: '/api/audit',
    group: 'audit',
    access: { roles: { supervisor: 'district' } },
    summary: 'Search the audit trail (actor, action, from, to, limit, cursor), newest first',
  },
  {
    id: 'audit.export',
    method: 'GET',
    path: '/api/audit/export',
    group: 'audit',
    access: { roles: { supervisor: 'district' } },
    summary: 'The audit search as RFC 4180 CSV (at most 10,000 rows)',
  },
  {
    id: 'catalog.listServices',
    method: 'GET',
    path: '/api/services',
    group: 'catalog',
    access: { public: true },
    summary: 'Published service items (filters department, audience, lifeEvent, topic, online; page, pageSize)',
  },
  {
    id: 'catalog.getService',
    method: 'GET',
    path: '/api/services/{code}',
    group: 'catalog',
    access: { public: true },
    summary: 'The full guide (办事指南) of a published service item',
  },
  {
    id: 'catalog.listDepartments',
    method: 'GET',
    path: '/api/departments',
    group: 'catalog',
    access: { public: true },
    summary: 'Departments with the number of their published service items',
  },
  {
    id: 'catalog.listLifeEvents',
    method: 'GET',
    path: '/api/life-events',
    group: 'catalog',
    access: { public: true },
    summary: 'Life events with the number of published service items for each',
  },
  {
    id: 'catalog.listItems',
    method: 'GET',
    path: '/api/catalog/items',
    group: 'catalog',
    access: { roles: { cataloger: 'district' } },
    summary: 'Every service item with its status (draft, published, withdrawn) and revision',
  },
  {
    id: 'catalog.getItem',
    method: 'GET',
    path: '/api/catalog/items/{code}',
    group: 'catalog',
    access: { roles: { cataloger: 'district' } },
    summary: 'A service item for the editor: its status, draft and published guide (preview)',
  },
  {
    id: 'catalog.putDraft',
    method: 'PUT',
    path: '/api/catalog/items/{code}/draft',
    group: 'catalog',
    access: { roles: { cataloger: 'district' } },
    summary: "Create or replace an item's draft (optimistic locking by version)",
  },
  {
    id: 'catalog.publish',
    method: 'POST',
    path: '/api/catalog/items/{code}/publish',
    group: 'catalog',
    access: { roles: { cataloger: 'district' } },
    summary: "Publish an item's draft as its next immutable version",
  },
  {
    id: 'openapi.get',
    method: 'GET',
    path: '/api/openapi.json',
    group: 'openapi',
    access: { public: true },
    summary: 'This API as an OpenAPI 3.1 document',
  },
] as const satisfies readonly RouteDefinition[];

export type RouteId = (typeof routes)[number]['id'];

export const routeGroups: readonly string[] = [...new Set(routes.map((r) => r.group))];
