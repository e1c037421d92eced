import type { RouteDefinition } from '../platform/route-table.js';

/** The scenarios routes (see ../routes.ts). */
export const scenariosRoutes = [
  {
    id: 'scenarios.list',
    method: 'GET',
    path: '/api/scenarios',
    group: 'scenarios',
    access: { public: true },
    summary: 'Published guided scenarios (场景式服务)',
  },
  {
    id: 'scenarios.get',
    method: 'GET',
    path: '/api/scenarios/{id}',
    group: 'scenarios',
    access: { public: true },
    summary: 'A scenario with its questions and branches',
  },
  {
    id: 'scenarios.resolve',
    method: 'POST',
    path: '/api/scenarios/{id}/resolve',
    group: 'scenarios',
    access: { public: true },
    summary: 'Answers in, the next question or the resulting service items and exact materials out',
  },
  {
    id: 'scenarios.put',
    method: 'PUT',
    path: '/api/catalog/scenarios/{id}',
    group: 'scenarios',
    access: { roles: { cataloger: 'district' } },
    summary: 'Validate and publish a scenario (no dead ends, no cycles, every leaf resolves to published items)',
  },
] as const satisfies readonly RouteDefinition[];
