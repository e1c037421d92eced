import type { RouteDefinition } from '../platform/route-table.js';

/** The supervision routes (see ../routes.ts). */
export const supervisionRoutes = [
  {
    id: 'supervision.summary',
    method: 'GET',
    path: '/api/supervision/summary',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary: 'Supervision figures (department, from, to): status, on-time rate, overdue, online share, ratings',
  },
  {
    id: 'supervision.targets',
    method: 'GET',
    path: '/api/supervision/targets',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary:
      "The plan's online targets (department, from, to): items queryable and processable online, online rate, ranks, months",
  },
  {
    id: 'supervision.letters',
    method: 'GET',
    path: '/api/supervision/letters',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary:
      'Mailbox figures (department, from, to): letters by type, topic and department, answers on time, satisfaction, reopen rate',
  },
  {
    id: 'supervision.grid',
    method: 'GET',
    path: '/api/supervision/grid',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary:
      'City-management figures (department, from, to): events by category, street and status, closed on time, overdue, repeat locations',
  },
  {
    id: 'supervision.joint',
    method: 'GET',
    path: '/api/supervision/joint',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary:
      'Joint review figures (department, from, to): joint cases by stage, opinions per department by outcome, open, time taken, lead decisions (newest 500 cases)',
  },
  {
    id: 'supervision.documents',
    method: 'GET',
    path: '/api/supervision/documents',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary:
      'Official document figures (department, from, to): documents by type and state, receipts by state, per step (review, signing, registration, handling) done, late, open, overdue and time taken (newest 500 per department)',
  },
  {
    id: 'supervision.sharing',
    method: 'GET',
    path: '/api/supervision/sharing',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary:
      'Data sharing figures (department, from, to): catalog resources shared against the 70 % target, requests received and made by status, time to decide, extractions per resource and per consuming department (newest 500 per list)',
  },
  {
    id: 'supervision.export',
    method: 'GET',
    path: '/api/supervision/export',
    group: 'supervision',
    access: { roles: { supervisor: 'district', head: 'department' } },
    summary: 'The supervised cases as RFC 4180 CSV, one row per case, no personal data (at most 20,000 rows)',
  },
] as const satisfies readonly RouteDefinition[];
