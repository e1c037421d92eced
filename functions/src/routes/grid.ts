import type { RouteDefinition } from '../platform/route-table.js';

/**
 * The grid routes (see ../routes.ts): the grid and its categories, city events and their loop (one action route
 * for every human step), and Open311 GeoReport v2 under /open311/v2/ (three routes: a resource with its format
 * extension is one path segment, `services.json`, so one route reads the lists, one creates, one reads by code
 * or id), and the dispatchers' administration of Open311 clients and their api_keys.
 */
export const gridRoutes = [
  {
    id: 'grid.model',
    method: 'GET',
    path: '/api/grid',
    group: 'grid',
    access: { public: true },
    summary:
      "The district's grid (streets, communities, cells with their inspectors, GeoJSON) and the event categories (GB/T 30428) with their time limits",
  },
  {
    id: 'grid.report',
    method: 'POST',
    path: '/api/grid/events',
    group: 'grid',
    access: { roles: { citizen: 'self', enterprise: 'self', inspector: 'street' } },
    summary:
      'Report a city event (上报): category, description, location; numbered, placed in its grid cell, in the dispatchers’ inbox',
  },
  {
    id: 'grid.list',
    method: 'GET',
    path: '/api/grid/events',
    group: 'grid',
    access: {
      roles: {
        citizen: 'self',
        enterprise: 'self',
        inspector: 'street',
        dispatcher: 'district',
        officer: 'department',
        head: 'department',
        supervisor: 'district',
      },
    },
    summary: 'My reports (citizens), or the open events I reach, most urgent first (staff); status narrows it',
  },
  {
    id: 'grid.get',
    method: 'GET',
    path: '/api/grid/events/{id}',
    group: 'grid',
    access: {
      roles: {
        citizen: 'owner',
        enterprise: 'owner',
        inspector: 'street',
        dispatcher: 'district',
        officer: 'department',
        head: 'department',
        supervisor: 'district',
      },
    },
    personalData: true,
    summary: 'A city event with its place, clock and history',
  },
  {
    id: 'grid.act',
    method: 'POST',
    path: '/api/grid/events/{id}/actions',
    group: 'grid',
    access: { roles: { dispatcher: 'district', officer: 'department', head: 'department', inspector: 'street' } },
    summary:
      'One step of the loop: register (立案) or decline, dispatch to a department (派遣), handle (处置), verify and close (核查、结案) or return',
  },
  {
    id: 'grid.open311List',
    method: 'GET',
    path: '/open311/v2/{document}',
    group: 'grid',
    access: { public: true },
    summary:
      'Open311 GeoReport v2: services.(json|xml), the categories; requests.(json|xml), by service_request_id, service_code, start_date, end_date, status',
  },
  {
    id: 'grid.open311Create',
    method: 'POST',
    path: '/open311/v2/{document}',
    group: 'grid',
    access: { public: true },
    summary:
      'Open311 GeoReport v2: POST requests.(json|xml), form-encoded (api_key, service_code, lat, long, description, attribute[hazard], …)',
  },
  {
    id: 'grid.open311One',
    method: 'GET',
    path: '/open311/v2/{collection}/{document}',
    group: 'grid',
    access: { public: true },
    summary:
      'Open311 GeoReport v2: services/{service_code}.(json|xml), a definition with its attributes; requests/{service_request_id}.(json|xml)',
  },
  {
    id: 'grid.open311Clients',
    method: 'GET',
    path: '/api/grid/open311-clients',
    group: 'grid',
    access: { roles: { dispatcher: 'district' } },
    // Contacts may name a person: every read is audited.
    personalData: true,
    summary:
      'The Open311 clients the district issued api_keys to (name, contact, who issued and when, revocation); never a key',
  },
  {
    id: 'grid.createOpen311Client',
    method: 'POST',
    path: '/api/grid/open311-clients',
    group: 'grid',
    access: { roles: { dispatcher: 'district' } },
    summary: 'Issue an Open311 client its api_key: shown in this answer only, stored as its SHA-256',
  },
  {
    id: 'grid.revokeOpen311Client',
    method: 'POST',
    path: '/api/grid/open311-clients/{keyId}/revocation',
    group: 'grid',
    access: { roles: { dispatcher: 'district' } },
    summary: "Revoke an Open311 client's api_key: GeoReport's POST requests refuses it from then on (403)",
  },
] as const satisfies readonly RouteDefinition[];
