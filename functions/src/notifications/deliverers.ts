import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { config } from '../platform/config.js';
import type { Deliverer, Notification } from './model.js';

/** Keeps messages in the outbox only (the embedded local cloud: nothing leaves the machine). */
const storeOnly: Deliverer = { mode: 'stored', deliver: async () => undefined };

function awsDeliverer(): Deliverer {
  const ses = new SESv2Client({ region: config().AWS_REGION });
  const sns = new SNSClient({ region: config().AWS_REGION });
  return {
    mode: 'sent',
    async deliver(n: Notification) {
      if (n.channel === 'sms') {
        await sns.send(new PublishCommand({ PhoneNumber: n.to, Message: `${n.subject}\n${n.body}` }));
        return;
      }
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: config().MAIL_FROM,
          Destination: { ToAddresses: [n.to] },
          Content: { Simple: { Subject: { Data: n.subject }, Body: { Text: { Data: n.body } } } },
        }),
      );
    },
  };
}

let chosen: Deliverer | undefined;

/** The deliverer the configuration names, chosen once. */
export function deliverer(): Deliverer {
  chosen ??= config().NOTIFIER === 'aws' ? awsDeliverer() : storeOnly;
  return chosen;
}
