import { newId, nowIso } from '../platform/ids.js';
import { deliverer } from './deliverers.js';
import type { Notification, SentNotification } from './model.js';
import * as store from './store.js';

/** Sends a message through the configured deliverer and records it in the outbox. */
export async function notify(notification: Notification): Promise<SentNotification> {
  const d = deliverer();
  await d.deliver(notification);
  const sent: SentNotification = { ...notification, id: newId(), sentAt: nowIso(), delivery: d.mode };
  await store.putSent(sent);
  return sent;
}

/** Newest messages first, looking back over the last `days` days. */
export async function recentMessages(limit = 100, days = 7): Promise<SentNotification[]> {
  const items: SentNotification[] = [];
  for (let i = 0; i < days && items.length < limit; i++) {
    const day = new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10);
    items.push(...(await store.listSent(day, limit - items.length)));
  }
  return items;
}
