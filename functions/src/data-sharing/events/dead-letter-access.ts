import type { ResourceAccess } from '../../platform/resource-access.js';

/** What the dead-letter keeper (dead-letters.ts) uses: the subscription (core table: count the failure, keep the event). */
export const deadLetterKeeperAccess = {
  tables: { core: { mode: 'write' } },
} as const satisfies ResourceAccess;

/** Its function name (`yuexiu-<stage>-…`). */
export const deadLetterKeeperName = 'change-event-dead-letters';
