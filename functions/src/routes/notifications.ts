import type { RouteDefinition } from '../platform/route-table.js';

/** The notifications routes (see ../routes.ts). */
export const notificationsRoutes = [
  {
    id: 'notifications.outbox',
    method: 'GET',
    path: '/api/admin/outbox',
    group: 'notifications',
    access: { roles: { admin: 'district' } },
    personalData: true,
    summary: 'Every e-mail and SMS the platform sent (newest first)',
  },
] as const satisfies readonly RouteDefinition[];
