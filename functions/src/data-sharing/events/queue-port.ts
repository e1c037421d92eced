import type { ChangeEvent, QueueRef } from './port.js';

/**
 * The subscription queue port (issue 15, item 5: "a signed webhook target or an SQS queue per consumer"): a
 * subscription of kind `queue` has a queue of its own, created when it is made and destroyed when it ends; its rule
 * on the change event bus targets that queue directly, and the department's system reads the events from it through
 * the API (GET /api/data/subscriptions/{id}/messages, then acknowledges what it handled). SQS on AWS (sqs.ts), a
 * file-backed queue in the local cloud (infra/local/subscription-queues.ts), chosen by SUBSCRIPTION_QUEUES (queues.ts).
 *
 * At least once: a message received is invisible for the visibility timeout, then received again unless its receipt
 * handle was acknowledged (deleted) meanwhile; a consumer de-duplicates by the event's id.
 */

export type { QueueRef };

export interface ReceivedMessage {
  /** Names this receipt of the message: acknowledging it deletes the message (until it is received again). */
  readonly receiptHandle: string;
  /** How many times the message was received, this time included (more than 1: a redelivery). */
  readonly receiveCount: number;
  readonly event: ChangeEvent;
}

export interface SubscriptionQueues {
  /**
   * Creates the subscription's queue (encrypted, TLS only), which admits messages from the given rule of the change
   * event bus only; creating it again answers the same queue.
   */
  create(subscriptionId: string, ruleArn: string): Promise<QueueRef>;
  /** Puts one event in the queue (what the rule's target does on AWS). */
  send(queue: QueueRef, event: ChangeEvent): Promise<void>;
  /** Receives up to `max` visible messages and hides them for `visibilitySeconds`. */
  receive(queue: QueueRef, max: number, visibilitySeconds: number): Promise<ReceivedMessage[]>;
  /** Deletes the message of each receipt handle; answers the handles that were not (unknown or expired). */
  delete(queue: QueueRef, receiptHandles: readonly string[]): Promise<string[]>;
  /** About how many messages wait (visible ones). */
  pending(queue: QueueRef): Promise<number>;
  /** Deletes the queue and its messages; a queue already gone is no error. */
  destroy(queue: QueueRef): Promise<void>;
}

/** The queue's name: the platform's prefix and the subscription (the grants cover `yuexiu-<stage>-data-sub-*`). */
export const subscriptionQueueName = (stage: string, subscriptionId: string) =>
  `yuexiu-${stage}-data-sub-${subscriptionId}`;

/** Receiving: at most 10 messages at once (as SQS), hidden for 1 s to 12 h (default 30 s). */
export const maxReceive = 10;
export const maxVisibilitySeconds = 43_200;
