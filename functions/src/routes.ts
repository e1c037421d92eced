import type { RouteDefinition } from './platform/route-table.js';
import { staffRoles } from './platform/roles.js';

/**
 * The one route table. The CDK app makes one Lambda per group and one HTTP API route per entry; the
 * local gateway serves the same entries with the same group handlers.
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
    access: { roles: ['citizen', 'enterprise', ...staffRoles] },
    summary: 'The signed-in user: roles, department, street',
  },
  {
    id: 'identity.getProfile',
    method: 'GET',
    path: '/api/me/profile',
    group: 'identity',
    access: { roles: ['citizen', 'enterprise'] },
    summary: 'My profile',
  },
  {
    id: 'identity.putProfile',
    method: 'PUT',
    path: '/api/me/profile',
    group: 'identity',
    access: { roles: ['citizen', 'enterprise'] },
    summary: 'Save my profile (optimistic locking by version)',
  },
  {
    id: 'documents.createUpload',
    method: 'POST',
    path: '/api/documents/uploads',
    group: 'documents',
    access: { roles: ['citizen', 'enterprise', 'clerk'] },
    summary: 'Register a document and get a presigned upload URL',
  },
  {
    id: 'documents.get',
    method: 'GET',
    path: '/api/documents/{id}',
    group: 'documents',
    access: { roles: ['citizen', 'enterprise', 'clerk', 'officer', 'head'] },
    summary: 'Document metadata and a presigned download URL once uploaded',
  },
  {
    id: 'cases.create',
    method: 'POST',
    path: '/api/cases',
    group: 'cases',
    access: { roles: ['citizen', 'enterprise'] },
    summary: 'Submit an application; starts its approval workflow',
  },
  {
    id: 'cases.listMine',
    method: 'GET',
    path: '/api/cases',
    group: 'cases',
    access: { roles: ['citizen', 'enterprise'] },
    summary: 'My cases',
  },
  {
    id: 'cases.get',
    method: 'GET',
    path: '/api/cases/{id}',
    group: 'cases',
    access: { roles: ['citizen', 'enterprise', 'officer', 'head', 'supervisor'] },
    summary: 'A case with its status and timeline',
  },
  {
    id: 'workitems.list',
    method: 'GET',
    path: '/api/work-items',
    group: 'workitems',
    access: { roles: ['officer', 'head'] },
    summary: 'Open work items for my role and department',
  },
  {
    id: 'workitems.decide',
    method: 'POST',
    path: '/api/work-items/{id}/decision',
    group: 'workitems',
    access: { roles: ['officer', 'head'] },
    summary: 'Decide a work item; resumes the waiting workflow',
  },
  {
    id: 'notifications.outbox',
    method: 'GET',
    path: '/api/admin/outbox',
    group: 'notifications',
    access: { roles: ['admin'] },
    summary: 'Every e-mail and SMS the platform sent (newest first)',
  },
] as const satisfies readonly RouteDefinition[];

export type RouteId = (typeof routes)[number]['id'];

export const routeGroups: readonly string[] = [...new Set(routes.map((r) => r.group))];
