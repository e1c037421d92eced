import { z } from 'zod';

/**
 * Subscriptions to a data resource's change events (issue 15, item 5): a department holding a grant of the resource
 * (its head, or its system with client credentials) names a webhook; the platform signs every delivery with the
 * subscription's secret, shown once when it is created (events/webhook.ts). The portal imports these views: only
 * zod here (the input, which checks the resource's identifier, is in subscription-input.ts).
 */

export const subscriptionId = z
  .string()
  .regex(/^dsub-[0-9a-f]{16}$/, 'must be a subscription id such as dsub-0123456789abcdef')
  .describe('The subscription id');

export interface SubscriptionRecord {
  subscriptionId: string;
  department: string;
  resourceId: string;
  /** Where its events go (absent on subscriptions made before queues: a webhook). */
  kind?: 'webhook' | 'queue';
  /** A webhook subscription's URL. */
  webhookUrl?: string;
  /** A queue subscription's queue (events/queue-port.ts); never shown, the system reads it through the API. */
  queue?: { url: string; arn: string };
  createdBy: string;
  createdAt: string;
  /** A webhook's signing secret, envelope-encrypted (purpose data.subscription-secret); never leaves the backend. */
  secretSealed?: string;
  /** Deliveries given up after the retries (their events kept as dead letters, subscription-store.ts). */
  failedDeliveries?: number;
  lastFailure?: DeliveryFailure;
}

/** The last delivery given up: when, which event, and why (the webhook's answer or the network error). */
export interface DeliveryFailure {
  at: string;
  eventId: string;
  error: string;
}

export const subscriptionView = z.object({
  subscriptionId: z.string(),
  department: z.string(),
  resourceId: z.string(),
  kind: z.enum(['webhook', 'queue']).describe('webhook: signed POSTs; queue: read through …/{id}/messages'),
  webhookUrl: z.string().optional().describe('A webhook subscription’s URL'),
  pendingMessages: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('A queue subscription’s messages waiting to be received (approximate; in the list only)'),
  createdBy: z.string(),
  createdAt: z.string(),
  failedDeliveries: z
    .number()
    .int()
    .min(0)
    .describe('Events not delivered after the retries, kept as dead letters (the consumer may extract the records)'),
  lastFailure: z
    .object({ at: z.string(), eventId: z.string(), error: z.string() })
    .optional()
    .describe('The last delivery given up: when, which event, and why'),
});
export type SubscriptionView = z.infer<typeof subscriptionView>;

export const subscriptionList = z.object({ items: z.array(subscriptionView) });

/** A new subscription, a webhook's with its signing secret, in the answer that creates it only. */
export const subscriptionCreated = z.object({
  subscription: subscriptionView,
  signingSecret: z
    .string()
    .optional()
    .describe('A webhook’s HMAC-SHA256 key of the X-Yuexiu-Signature header: shown only in this answer'),
  signatureHeader: z
    .string()
    .optional()
    .describe('The header carrying t=<unix seconds>,v1=<hex HMAC of "t.body"> (webhooks)'),
});

export const subscriptionViewOf = ({
  secretSealed: _secret,
  queue: _queue,
  failedDeliveries,
  kind,
  ...view
}: SubscriptionRecord): SubscriptionView => ({
  ...view,
  kind: kind ?? 'webhook',
  failedDeliveries: failedDeliveries ?? 0,
});

/** Messages of a queue subscription as its system receives them (GET …/subscriptions/{id}/messages). */
export const queueMessages = z.object({
  items: z.array(
    z.object({
      receiptHandle: z.string().describe('Acknowledge with it (POST …/messages/ack) before visibleAgainAt'),
      receiveCount: z.number().int().min(1).describe('More than 1: received before and not acknowledged'),
      event: z.object({
        id: z.string().describe('The same on every delivery of one change: de-duplicate by it'),
        type: z.literal('data.resource.changed'),
        resource: z.string(),
        recordKey: z.string(),
        version: z.number().int(),
        changedAt: z.string(),
        fields: z.array(z.string()),
      }),
    }),
  ),
  visibleAgainAt: z.string().describe('When the messages not acknowledged may be received again'),
});

/** What acknowledging deleted: the handles acknowledged, and those unknown or expired (received again since). */
export const queueAcknowledged = z.object({
  acknowledged: z.array(z.string()),
  notFound: z.array(z.string()).describe('Unknown or expired receipt handles: the message may come again'),
});
