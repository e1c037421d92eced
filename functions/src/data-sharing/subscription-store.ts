/**
 * Access patterns of change event subscriptions (core table):
 * - a subscription: GetItem pk=DSUB#<id>, sk=META → department, resource, webhook, the sealed signing secret
 * - a department's subscriptions, newest first: Query gsi1 gsi1pk=DSUBS#<department>, gsi1sk=<createdAt>#<id>
 * - a subscription's dead letters (events not delivered after the retries): pk=DSUB#<id>, sk=DEAD#<at>#<event id>,
 *   counted on the subscription (failedDeliveries, lastFailure); removed with the subscription
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { isConditionFailure, queryAll, withoutKeys } from '../platform/dynamo-store.js';
import type { ChangeEvent } from './events/port.js';
import type { DeliveryFailure, SubscriptionRecord } from './subscription-model.js';

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

/** The subscription and its dead letters. */
export async function deleteSubscription(id: string): Promise<void> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key(id).pk },
    ProjectionExpression: 'pk, sk',
  });
  for (const item of items) await dynamoClient().send(new DeleteCommand({ TableName: table(), Key: item }));
}

/**
 * Keeps an event not delivered after the retries (as the dead-letter queue does on AWS) and counts it on the
 * subscription; false when the subscription is gone meanwhile (nothing kept then).
 */
export async function keepDeadLetter(id: string, failure: DeliveryFailure, event: ChangeEvent): Promise<boolean> {
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: table(),
        Key: key(id),
        UpdateExpression: 'ADD failedDeliveries :one SET lastFailure = :failure',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1, ':failure': failure },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
  await dynamoClient().send(
    new PutCommand({
      TableName: table(),
      Item: { pk: key(id).pk, sk: `DEAD#${failure.at}#${failure.eventId}`, ...failure, event },
    }),
  );
  return true;
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
