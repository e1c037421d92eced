import type { RouteDefinition } from '../platform/route-table.js';

/** The workitems routes (see ../routes.ts). */
export const workitemsRoutes = [
  {
    id: 'workitems.list',
    method: 'GET',
    path: '/api/work-items',
    group: 'workitems',
    access: {
      roles: {
        clerk: 'street',
        officer: 'department',
        head: 'department',
        docclerk: 'department',
        dispatcher: 'district',
        inspector: 'street',
      },
    },
    personalData: true,
    summary:
      'Open work items for my role and department (or street; the district for dispatchers; documents received for document clerks), most urgent first: filters (step, item, claim, due, q), counts, pages',
  },
  {
    id: 'workitems.claim',
    method: 'POST',
    path: '/api/work-items/{id}/claim',
    group: 'workitems',
    access: { roles: { clerk: 'street', officer: 'department', head: 'department' } },
    summary: 'Claim a work item so colleagues see who handles it',
  },
  {
    id: 'workitems.release',
    method: 'POST',
    path: '/api/work-items/{id}/release',
    group: 'workitems',
    access: { roles: { clerk: 'street', officer: 'department', head: 'department' } },
    summary: 'Release my claim on a work item',
  },
  {
    id: 'workitems.decide',
    method: 'POST',
    path: '/api/work-items/{id}/decision',
    group: 'workitems',
    access: { roles: { clerk: 'street', officer: 'department', head: 'department' } },
    summary: 'Decide a work item (outcomes by step); resumes the waiting workflow',
  },
] as const satisfies readonly RouteDefinition[];
