/**
 * Access patterns (core table):
 * - record a sent message: PutItem pk=OUTBOX#<yyyy-mm-dd>, sk=<sentAt>#<id>
 * - newest messages of a day: Query pk=OUTBOX#<day>, ScanIndexForward=false
 * The day partition keeps one busy day from becoming a single hot key forever.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { SentNotification } from './model.js';

const partition = (iso: string) => `OUTBOX#${iso.slice(0, 10)}`;

export async function putSent(message: SentNotification): Promise<void> {
  await dynamoClient().send(
    new PutCommand({
      TableName: config().tables.core,
      Item: { pk: partition(message.sentAt), sk: `${message.sentAt}#${message.id}`, ...message },
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
  return (out.Items ?? []).map(({ pk: _pk, sk: _sk, ...rest }) => rest as SentNotification);
}
