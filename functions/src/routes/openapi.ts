import type { RouteDefinition } from '../platform/route-table.js';

/** The openapi routes (see ../routes.ts). */
export const openapiRoutes = [
  {
    id: 'openapi.get',
    method: 'GET',
    path: '/api/openapi.json',
    group: 'openapi',
    access: { public: true },
    summary: 'This API as an OpenAPI 3.1 document',
  },
] as const satisfies readonly RouteDefinition[];
