import { newId, nowIso } from '../platform/ids.js';
import { nowMs } from '../platform/clock.js';
import { deliverer } from './deliverers.js';
import type { Notification, SentNotification } from './model.js';
import { sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import { maskPhone } from '../platform/personal-data/masking.js';
import * as store from './store.js';

/** How long the outbox keeps a message (DynamoDB TTL). */
export const outboxRetentionDays = 90;
const recipientPurpose = dataKeyPurposes.notificationRecipient;

/** `citizen1@example.cn` → `c*******@example.cn`; a phone number → `138****8000`. */
export function maskRecipient(to: string, channel: Notification['channel']): string {
  if (channel === 'sms') return maskPhone(to);
  const at = to.lastIndexOf('@');
  if (at < 1) return '*'.repeat(to.length || 8);
  return `${to[0]}${'*'.repeat(Math.max(at - 1, 3))}${to.slice(at)}`;
}

/**
 * Sends a message through the configured deliverer and records it in the outbox (issue 10 §5): a person's
 * address is kept masked for display and sealed (envelope-encrypted, bound to the message) for a later
 * delivery, never in clear; every message expires from the outbox after `outboxRetentionDays`.
 */
export async function notify(notification: Notification): Promise<SentNotification> {
  const d = deliverer();
  const { recipient = 'person', ...message } = notification;
  await d.deliver(message);
  const id = newId();
  const sentAt = nowIso();
  const person = recipient === 'person';
  const shown: SentNotification = {
    ...message,
    to: person ? maskRecipient(message.to, message.channel) : message.to,
    id,
    sentAt,
    delivery: d.mode,
  };
  await store.putSent(shown, {
    ...(person
      ? {
          toSealed: await sealField(keyService(), { purpose: recipientPurpose, recordKey: `OUTBOX#${id}` }, message.to),
        }
      : {}),
    expiresAt: Math.floor(nowMs() / 1000) + outboxRetentionDays * 86_400,
  });
  return shown;
}

/** Newest messages first, looking back over the last `days` days. */
export async function recentMessages(limit = 100, days = 7): Promise<SentNotification[]> {
  const items: SentNotification[] = [];
  for (let i = 0; i < days && items.length < limit; i++) {
    const day = new Date(nowMs() - i * 86_400_000).toISOString().slice(0, 10);
    items.push(...(await store.listSent(day, limit - items.length)));
  }
  return items;
}
