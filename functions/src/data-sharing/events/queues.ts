import { config, type Config } from '../../platform/config.js';
import { createSqsQueues } from './sqs.js';
import type { SubscriptionQueues } from './queue-port.js';

let installed: SubscriptionQueues | undefined;

/** The adapters of the subscription queue port, by the SUBSCRIPTION_QUEUES value that selects them. */
const adapters: Record<NonNullable<Config['SUBSCRIPTION_QUEUES']>, (c: Config) => SubscriptionQueues> = {
  sqs: (c) => createSqsQueues({ region: c.AWS_REGION, stage: c.STAGE }),
  // The embedded local cloud's file-backed queues, installed when it starts (infra/local/subscription-queues.ts).
  local: () => {
    if (!installed) throw new Error('SUBSCRIPTION_QUEUES=local but no local queues were installed');
    return installed;
  },
};

let chosen: SubscriptionQueues | undefined;

/** The subscription queues the configuration names, chosen once. */
export function subscriptionQueues(): SubscriptionQueues {
  const which = config().SUBSCRIPTION_QUEUES;
  if (!which) throw new Error('SUBSCRIPTION_QUEUES is not set for this function');
  chosen ??= adapters[which](config());
  return chosen;
}

/** The local cloud installs its queues here (SUBSCRIPTION_QUEUES=local); tests may install their own. */
export function installLocalSubscriptionQueues(queues: SubscriptionQueues | undefined): void {
  installed = queues;
  chosen = undefined;
}
