import type { RouteDefinition } from '../platform/route-table.js';

/** The outlets routes (see ../routes.ts). */
export const outletsRoutes = [
  {
    id: 'outlets.list',
    method: 'GET',
    path: '/api/outlets',
    group: 'outlets',
    access: { public: true },
    summary: 'Service stations and department windows; near=lat,lng orders them by distance',
  },
] as const satisfies readonly RouteDefinition[];
