import type { ResourceAccess } from '../../platform/resource-access.js';

/** What the machine routes' authorizer (lambda.ts) uses: the machine client records (core table, GetItem only). */
export const machineRouteAuthorizerAccess = {
  tables: { core: { mode: 'read' } },
} as const satisfies ResourceAccess;

/** The authorizer's function name (`yuexiu-<stage>-…`). */
export const machineRouteAuthorizerName = 'machine-route-authorizer';
