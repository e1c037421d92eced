import type { RouteDefinition } from '../platform/route-table.js';

/** The public information routes (政府信息公开; see ../routes.ts). */
export const noticesRoutes = [
  {
    id: 'notices.listPublic',
    method: 'GET',
    path: '/api/notices',
    group: 'notices',
    access: { public: true },
    summary: 'Published notices, policy documents or interpretations (kind, limit, cursor), newest first',
  },
  {
    id: 'notices.getPublic',
    method: 'GET',
    path: '/api/notices/{id}',
    group: 'notices',
    access: { public: true },
    summary: 'A published notice with its text (an interpretation: the policy it explains); 404 unless published',
  },
  {
    id: 'notices.listDepartment',
    method: 'GET',
    path: '/api/staff/notices',
    group: 'notices',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: "My department's notices in every state (draft, published, withdrawn), last changed first",
  },
  {
    id: 'notices.getDepartment',
    method: 'GET',
    path: '/api/staff/notices/{id}',
    group: 'notices',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: 'A notice of my department with every version (who, when, what it said)',
  },
  {
    id: 'notices.create',
    method: 'POST',
    path: '/api/staff/notices',
    group: 'notices',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: 'Draft a notice, policy document or interpretation of my department (version 1)',
  },
  {
    id: 'notices.edit',
    method: 'PUT',
    path: '/api/staff/notices/{id}',
    group: 'notices',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: 'Save new content as a new version (optimistic locking by version); a published notice shows it at once',
  },
  {
    id: 'notices.publish',
    method: 'POST',
    path: '/api/staff/notices/{id}/publish',
    group: 'notices',
    access: { roles: { head: 'department' } },
    summary: 'Publish a draft or withdrawn notice of my department: listed, readable and found by site search',
  },
  {
    id: 'notices.withdraw',
    method: 'POST',
    path: '/api/staff/notices/{id}/withdrawal',
    group: 'notices',
    access: { roles: { head: 'department' } },
    summary: 'Withdraw a published notice with a reason: no longer listed, readable or found',
  },
] as const satisfies readonly RouteDefinition[];
