export type Channel = 'email' | 'sms';

export interface Notification {
  channel: Channel;
  to: string;
  subject: string;
  body: string;
  /** What the message is about (e.g. a case id), for the outbox view; never personal data. */
  reference?: string;
}

export interface SentNotification extends Notification {
  id: string;
  sentAt: string;
  delivery: 'stored' | 'sent';
}

/** The delivery port: the local cloud stores only; on AWS SES and SNS deliver. */
export interface Deliverer {
  readonly mode: SentNotification['delivery'];
  deliver(notification: Notification): Promise<void>;
}
