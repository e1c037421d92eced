import type { RouteDefinition } from '../platform/route-table.js';

/** The certificate-keys routes (see ../routes.ts). */
export const certificateKeysRoutes = [
  {
    id: 'certificate-keys.jwks',
    method: 'GET',
    path: '/api/certificates/jwks.json',
    // Its own function: anonymous callers never run code that holds personal-data grants.
    group: 'certificate-keys',
    access: { public: true },
    summary: 'The keys that sign e-certificates (JWKS; old keys stay after a rotation); also at /.well-known/jwks.json',
  },
  {
    id: 'certificate-keys.statusList',
    method: 'GET',
    path: '/api/certificates/status-list',
    group: 'certificate-keys',
    access: { public: true },
    summary: 'The signed list of revoked e-certificates (short max-age)',
  },
] as const satisfies readonly RouteDefinition[];
