import type { RouteDefinition } from '../platform/route-table.js';

/** The health routes (see ../routes.ts). */
export const healthRoutes = [
  {
    id: 'health.get',
    method: 'GET',
    path: '/api/health',
    group: 'health',
    access: { public: true },
    summary: 'State of each dependency',
  },
] as const satisfies readonly RouteDefinition[];
