import { z } from 'zod';
import { maxReceive, maxVisibilitySeconds } from './events/queue-port.js';
import { resourceParams } from './model.js';

/**
 * What subscribing names: a resource the department holds a grant of, and where its events go (subscriptions.ts):
 * the system's webhook (kind `webhook`, the default) or a queue of the subscription's own that the system reads
 * through the API (kind `queue`, no webhook then).
 */

/**
 * An http(s) URL without credentials. Whether its host may be reached (https on a public address, or a host the
 * operator allowed) is checked against the configuration when subscribing and again before each delivery
 * (events/webhook-target.ts).
 */
export const webhookUrl = z
  .string()
  .trim()
  .max(500, 'at most 500 characters')
  .url('must be a URL such as https://system.example.gov.cn/hooks/yuexiu')
  .refine((v) => {
    // zod runs this check after a failed .url() too: a text that is no URL is reported there, once.
    if (!URL.canParse(v)) return true;
    const url = new URL(v);
    return !url.username && !url.password && (url.protocol === 'https:' || url.protocol === 'http:');
  }, 'must be an https URL without credentials');

export const subscriptionInput = z
  .object({
    resourceId: resourceParams.shape.id,
    kind: z
      .enum(['webhook', 'queue'], { message: 'must be webhook or queue' })
      .default('webhook')
      .describe('webhook: signed POSTs to webhookUrl; queue: the events wait in a queue read through the API'),
    webhookUrl: webhookUrl.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'webhook' && v.webhookUrl === undefined)
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'is required for a webhook subscription' });
    if (v.kind === 'queue' && v.webhookUrl !== undefined)
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'must be left out for a queue subscription' });
  });
export type SubscriptionInput = z.infer<typeof subscriptionInput>;

/** Reading a queue subscription's messages: how many at most, hidden from the next reads for how long. */
export const queueReceiveQuery = z
  .object({
    max: z.coerce
      .number({ message: 'must be a number from 1 to 10' })
      .int('must be a whole number from 1 to 10')
      .min(1, 'must be from 1 to 10')
      .max(maxReceive, 'must be from 1 to 10')
      .default(10),
    visibilityTimeout: z.coerce
      .number({ message: 'must be a number of seconds from 1 to 43200' })
      .int('must be a whole number of seconds')
      .min(1, 'must be from 1 to 43200 seconds')
      .max(maxVisibilitySeconds, 'must be from 1 to 43200 seconds')
      .default(30)
      .describe('Seconds the messages received stay hidden; unacknowledged, they are received again after it'),
  })
  .strict();

/** Acknowledging messages handled: the receipt handles of their latest receipt. */
export const queueAckInput = z
  .object({
    receiptHandles: z
      .array(z.string().min(1, 'must not be empty').max(1024, 'at most 1024 characters'))
      .min(1, 'must name at least one receipt handle')
      .max(maxReceive, 'at most 10 receipt handles at once'),
  })
  .strict();
