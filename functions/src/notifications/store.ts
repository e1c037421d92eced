/**
 * Access patterns (core table):
 * - record a sent message: PutItem pk=OUTBOX#<yyyy-mm-dd>, sk=<sentAt>#<id>
 * - newest messages of a day: Query pk=OUTBOX#<day>, ScanIndexForward=false
 * The day partition keeps one busy day from becoming a single hot key forever. A person's address is
 * stored masked in `to` and sealed in `toSealed` (never shown); `expiresAt` removes the message by TTL.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { SentNotification } from './model.js';

const partition = (iso: string) => `OUTBOX#${iso.slice(0, 10)}`;

export async function putSent(
  message: SentNotification,
  kept: { toSealed?: string; expiresAt: number },
): Promise<void> {
  await dynamoClient().send(
    new PutCommand({
      TableName: config().tables.core,
      Item: { pk: partition(message.sentAt), sk: `${message.sentAt}#${message.id}`, ...message, ...kept },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function listSent(day: string, limit: number): Promise<SentNotification[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: config().tables.core,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `OUTBOX#${day}` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(
    ({ pk: _pk, sk: _sk, toSealed: _sealed, expiresAt: _expires, ...rest }) => rest as SentNotification,
  );
}
