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
  {
    id: 'identity.getEntityBinding',
    method: 'GET',
    path: '/api/me/entity-binding',
    group: 'identity',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'The legal entity my account is bound to (as representative or agent), and its agents if I represent it',
  },
  {
    id: 'identity.putEntityBinding',
    method: 'PUT',
    path: '/api/me/entity-binding',
    group: 'identity',
    // Binding needs a real-name-verified person; enterprise demo accounts carry none (the representative's own account binds).
    access: { roles: { citizen: 'self' } },
    personalData: true,
    summary:
      'Bind my account to a legal entity by credit code: only its registered legal representative or an agent they authorised; audited',
  },
  {
    id: 'identity.addEntityAgent',
    method: 'POST',
    path: '/api/me/entity-binding/agents',
    group: 'identity',
    access: { roles: { citizen: 'self' } },
    personalData: true,
    summary: 'The legal representative authorises an agent (经办人) of the bound entity by ID number; audited',
  },
  {
    id: 'identity.removeEntityAgent',
    method: 'DELETE',
    path: '/api/me/entity-binding/agents/{agentId}',
    group: 'identity',
    access: { roles: { citizen: 'self' } },
    personalData: true,
    summary:
      "The legal representative withdraws an agent's authorisation (by the agent's id in the binding view); the agent's binding ends with it; audited",
  },
] as const satisfies readonly RouteDefinition[];
