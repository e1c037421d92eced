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
  webhookUrl: string;
  createdBy: string;
  createdAt: string;
  /** The signing secret, envelope-encrypted (purpose data.subscription-secret); never leaves the backend. */
  secretSealed: string;
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
  webhookUrl: z.string(),
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

/** A new subscription with its signing secret, in the answer that creates it only. */
export const subscriptionCreated = z.object({
  subscription: subscriptionView,
  signingSecret: z.string().describe('The HMAC-SHA256 key of the X-Yuexiu-Signature header: shown only in this answer'),
  signatureHeader: z.string().describe('The header carrying t=<unix seconds>,v1=<hex HMAC of "t.body">'),
});

export const subscriptionViewOf = ({
  secretSealed: _secret,
  failedDeliveries,
  ...view
}: SubscriptionRecord): SubscriptionView => ({ ...view, failedDeliveries: failedDeliveries ?? 0 });
