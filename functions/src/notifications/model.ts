export type Channel = 'email' | 'sms';

export interface Notification {
  channel: Channel;
  to: string;
  subject: string;
  body: string;
  /** What the message is about (e.g. a case id), for the outbox view; never personal data. */
  reference?: string;
  /**
   * `person` (the default): `to` is personal data, kept in the outbox only masked and sealed. `office`: a
   * functional mailbox of the administration (a duty desk), not personal data, kept readable.
   */
  recipient?: 'person' | 'office';
}

/** A message as the outbox keeps and shows it: `to` masked unless it is an office's mailbox. */
export interface SentNotification extends Omit<Notification, 'recipient'> {
  id: string;
  sentAt: string;
  delivery: 'stored' | 'sent';
}

/** The delivery port: the local cloud stores only; on AWS SES and SNS deliver. */
export interface Deliverer {
  readonly mode: SentNotification['delivery'];
  deliver(notification: Notification): Promise<void>;
}
