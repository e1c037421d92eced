/**
 * Access patterns of change event subscriptions (core table):
 * - a subscription: GetItem pk=DSUB#<id>, sk=META → department, resource, webhook, the sealed signing secret
 * - a department's subscriptions, newest first: Query gsi1 gsi1pk=DSUBS#<department>, gsi1sk=<createdAt>#<id>
 */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll, withoutKeys } from '../platform/dynamo-store.js';
import type { SubscriptionRecord } from './subscription-model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `DSUB#${id}`, sk: 'META' });

export async function putSubscription(record: SubscriptionRecord): Promise<void> {
  await dynamoClient().send(
    new PutCommand({
      TableName: table(),
      Item: {
        ...key(record.subscriptionId),
        gsi1pk: `DSUBS#${record.department}`,
        gsi1sk: `${record.createdAt}#${record.subscriptionId}`,
        ...record,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getSubscription(id: string): Promise<SubscriptionRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key(id), ConsistentRead: true }));
  return out.Item ? withoutKeys<SubscriptionRecord>(out.Item) : undefined;
}

export async function deleteSubscription(id: string): Promise<void> {
  await dynamoClient().send(new DeleteCommand({ TableName: table(), Key: key(id) }));
}

export async function subscriptionsOf(department: string): Promise<SubscriptionRecord[]> {
  const items = await queryAll({
    TableName: table(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': `DSUBS#${department}` },
    ScanIndexForward: false,
  });
  return items.map((i) => withoutKeys<SubscriptionRecord>(i));
}
