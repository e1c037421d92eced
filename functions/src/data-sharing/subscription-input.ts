import { z } from 'zod';
import { resourceParams } from './model.js';

/** What subscribing names: a resource the department holds a grant of, and its system's webhook (subscriptions.ts). */

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
    webhookUrl,
  })
  .strict();
export type SubscriptionInput = z.infer<typeof subscriptionInput>;
