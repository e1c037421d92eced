import type { RouteDefinition } from '../platform/route-table.js';

/** Staff of any department read the catalog of what departments share (metadata only, no records). */
const catalogReaders = {
  roles: { officer: 'district', head: 'district', steward: 'district', supervisor: 'district' },
} as const;

/** The data sharing routes (see ../routes.ts). */
export const dataSharingRoutes = [
  {
    id: 'data-sharing.listResources',
    method: 'GET',
    path: '/api/data/resources',
    group: 'data-sharing',
    access: catalogReaders,
    summary: 'The data resource catalog: search (q), filter by owner department and sharing class',
  },
  {
    id: 'data-sharing.getResource',
    method: 'GET',
    path: '/api/data/resources/{id}',
    group: 'data-sharing',
    access: catalogReaders,
    summary: 'One data resource: owner, fields (personal or not), update frequency, sharing class, records, version',
  },
  {
    id: 'data-sharing.catalogJsonLd',
    method: 'GET',
    path: '/api/data/catalog.jsonld',
    group: 'data-sharing',
    access: catalogReaders,
    summary: 'The whole catalog as DCAT 3 in JSON-LD, for interchange with other data catalogs',
  },
] as const satisfies readonly RouteDefinition[];
