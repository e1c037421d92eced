import { forward } from '../subscriptions.js';
import type { Delivery } from './port.js';

/**
 * The target of every subscription's EventBridge rule (eventbridge.ts): receives `{ subscriptionId, event }`,
 * signs and posts the event to the subscription's webhook with a few quick retries. When the consumer stays down it
 * throws: Lambda retries the asynchronous invocation twice more, then sends it to the forwarder's dead-letter queue.
 */
export async function handler(delivery: Delivery) {
  return forward(delivery, { attempts: 4, baseDelayMs: 2000 });
}
