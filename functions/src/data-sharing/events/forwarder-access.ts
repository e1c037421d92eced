import { dataKeyPurposes } from '../../platform/personal-data/purposes.js';
import type { ResourceAccess } from '../../platform/resource-access.js';

/**
 * What the webhook forwarder (forwarder.ts) uses: the subscription and its department's grants (core table, gsi2
 * a department's requests) and the subscription's sealed signing secret. It neither publishes nor routes events.
 */
export const webhookForwarderAccess = {
  tables: { core: { mode: 'read', indexes: ['gsi2'] } },
  personalData: { open: [dataKeyPurposes.subscriptionSecret] },
} as const satisfies ResourceAccess;

/** The forwarder's function name (`yuexiu-<stage>-…`) and the change event bus's name: fixed, so no stack waits. */
export const webhookForwarderName = 'webhook-forwarder';
export const changeEventBusName = 'change-events';
