import type { RouteDefinition } from '../platform/route-table.js';

/** The search routes (see ../routes.ts). */
export const searchRoutes = [
  {
    id: 'search.query',
    method: 'GET',
    path: '/api/search',
    group: 'search',
    access: { public: true },
    summary:
      'One search over service items, FAQs, public information (notices, policies) and public Q&A (q, type, page, pageSize)',
  },
] as const satisfies readonly RouteDefinition[];
