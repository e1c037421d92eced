import type { RouteDefinition } from '../platform/route-table.js';

/** The audit routes (see ../routes.ts). */
export const auditRoutes = [
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
] as const satisfies readonly RouteDefinition[];
