import { nowMs } from '../platform/clock.js';
import { AppError, notFound } from '../platform/errors.js';
import { subscriptionQueues } from './events/queues.js';
import type { QueueRef } from './events/queue-port.js';
import { grantsOf, type Extractor } from './extraction.js';
import { subscriptionId, type SubscriptionRecord } from './subscription-model.js';
import * as store from './subscription-store.js';

/**
 * Reading a queue subscription (issue 15, item 5): its department's system receives the waiting change events, each
 * hidden from the next reads for the visibility timeout, and acknowledges the ones it handled by their receipt
 * handles; one not acknowledged in time is received again (at least once: de-duplicate by the event's id).
 * Errors: 404 NOT_FOUND (no such subscription of the caller's department), 409 SUBSCRIPTION_NOT_QUEUE (a webhook
 * subscription has no queue), 403 NO_DATA_GRANT / DATA_GRANT_NOT_IN_EFFECT (the grant ended: events are not read).
 */
async function queueOf(who: Extractor, id: string): Promise<{ record: SubscriptionRecord; queue: QueueRef }> {
  const record = subscriptionId.safeParse(id).success ? await store.getSubscription(id) : undefined;
  if (!record || record.department !== who.department) throw notFound('Subscription');
  if (!record.queue) {
    throw new AppError(409, 'SUBSCRIPTION_NOT_QUEUE', `${id} delivers to a webhook; it has no queue to read`);
  }
  return { record, queue: record.queue };
}

export async function receiveMessages(who: Extractor, id: string, options: { max: number; visibilityTimeout: number }) {
  const { record, queue } = await queueOf(who, id);
  await grantsOf(record.department, record.resourceId);
  const items = await subscriptionQueues().receive(queue, options.max, options.visibilityTimeout);
  return {
    resourceId: record.resourceId,
    items,
    visibleAgainAt: new Date(nowMs() + options.visibilityTimeout * 1000).toISOString(),
  };
}

export async function acknowledgeMessages(who: Extractor, id: string, receiptHandles: readonly string[]) {
  const { record, queue } = await queueOf(who, id);
  const notFoundHandles = await subscriptionQueues().delete(queue, receiptHandles);
  const missing = new Set(notFoundHandles);
  return {
    resourceId: record.resourceId,
    acknowledged: receiptHandles.filter((h) => !missing.has(h)),
    notFound: notFoundHandles,
  };
}
