import type { RouteDefinition } from '../platform/route-table.js';
import { everyone } from './audiences.js';

/** The identity routes (see ../routes.ts). */
export const identityRoutes = [
  {
    id: 'identity.me',
    method: 'GET',
    path: '/api/me',
    group: 'identity',
    access: { roles: everyone },
    summary: 'The signed-in user: roles, department, street',
  },
  {
    id: 'identity.getProfile',
    method: 'GET',
    path: '/api/me/profile',
    group: 'identity',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'My profile (masked; ?reveal=true shows full values, audited)',
  },
  {
    id: 'identity.putProfile',
    method: 'PUT',
    path: '/api/me/profile',
    group: 'identity',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'Save my profile (optimistic locking by version)',
  },
] as const satisfies readonly RouteDefinition[];
