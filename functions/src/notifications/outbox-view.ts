import { z } from 'zod';

/** A sent message as `GET /api/admin/outbox` shows it: `to` masked unless it is an office's mailbox. */
export const outboxMessageView = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string().optional().nullable(),
  body: z.string(),
  reference: z.string().optional(),
  sentAt: z.string(),
  delivery: z.enum(['stored', 'sent']),
});

/** The answer of `GET /api/admin/outbox`: the last week's messages, newest day first. */
export const outboxList = z.object({ items: z.array(outboxMessageView) });
