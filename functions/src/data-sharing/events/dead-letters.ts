import { keepDeadLetter } from '../subscriptions.js';
import type { Delivery } from './port.js';

/**
 * The webhook forwarder's on-failure destination on AWS (infra/lib/change-events.ts): once Lambda has given up a
 * delivery (the forwarder threw on every attempt), it invokes this function with the invocation record, and the
 * delivery is kept as a dead letter and counted on its subscription (subscriptions.ts `keepDeadLetter`), as the local
 * bus does (infra/local/event-bus.ts). So the subscriptions page and supervision count the same on both clouds. If
 * keeping it fails, Lambda retries this function, then leaves the record in the dead-letter queue for an operator.
 */
export interface FailedInvocation {
  /** What the forwarder was invoked with: the subscription and the event. */
  readonly requestPayload: Delivery;
  /** The forwarder's last error. */
  readonly responsePayload?: { readonly errorMessage?: string; readonly errorType?: string } | null;
  readonly requestContext?: { readonly condition?: string; readonly approximateInvokeCount?: number };
}

export async function handler(failed: FailedInvocation): Promise<void> {
  const delivery = failed.requestPayload;
  if (typeof delivery?.subscriptionId !== 'string' || typeof delivery.event?.id !== 'string')
    throw new Error('Not a change event delivery: left in the dead-letter queue');
  const reason =
    failed.responsePayload?.errorMessage ?? failed.requestContext?.condition ?? 'Not delivered after the retries';
  await keepDeadLetter(delivery, reason);
}
