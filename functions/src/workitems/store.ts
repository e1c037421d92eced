/**
 * Access patterns (core table):
 * - a work item: GetItem pk=WORKITEM#<id>, sk=META
 * - an inbox, oldest first: Query gsi1 gsi1pk=INBOX#<role>#<department> (sparse: only open items keep it)
 * - a case's work items: Query gsi2 gsi2pk=CASE#<caseId>, begins_with(gsi2sk, WORKITEM#)
 * - deciding: conditional status transitions, so two officers can never both decide one item
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { WorkItem, WorkItemStatus } from './model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `WORKITEM#${id}`, sk: 'META' });
const inbox = (role: string, department: string) => `INBOX#${role}#${department}`;

function strip(item: Record<string, unknown>): WorkItem {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, ...rest } = item;
  return rest as unknown as WorkItem;
}

export async function putWorkItem(item: WorkItem): Promise<void> {
  await dynamoClient().send(
    new PutCommand({
      TableName: table(),
      Item: {
        ...key(item.workItemId),
        gsi1pk: inbox(item.role, item.department),
        gsi1sk: `${item.createdAt}#${item.workItemId}`,
        gsi2pk: `CASE#${item.caseId}`,
        gsi2sk: `WORKITEM#${item.createdAt}#${item.workItemId}`,
        ...item,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getWorkItem(id: string): Promise<WorkItem | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key(id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : undefined;
}

export async function listInbox(role: string, department: string, limit = 100): Promise<WorkItem[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': inbox(role, department) },
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(strip).filter((i) => i.status === 'open');
}

export async function listForCase(caseId: string): Promise<WorkItem[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':prefix': 'WORKITEM#' },
    }),
  );
  return (out.Items ?? []).map(strip);
}

/**
 * Moves an item from one status to another; false when it was not in `from` (someone else got there
 * first). Leaving `open` also drops it from the inbox index.
 */
export async function transition(
  id: string,
  from: WorkItemStatus,
  to: WorkItemStatus,
  extra: Record<string, string> = {},
): Promise<boolean> {
  const names: Record<string, string> = { '#s': 'status' };
  const values: Record<string, string> = { ':from': from, ':to': to };
  const sets = ['#s = :to'];
  for (const [k, v] of Object.entries(extra)) {
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    sets.push(`#${k} = :${k}`);
  }
  const remove = to === 'open' ? '' : ' REMOVE gsi1pk, gsi1sk';
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: table(),
        Key: key(id),
        UpdateExpression: `SET ${sets.join(', ')}${remove}`,
        ConditionExpression: '#s = :from',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Puts a released item back in its inbox. */
export async function reopen(item: WorkItem): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: table(),
      Key: key(item.workItemId),
      UpdateExpression: 'SET #s = :open, gsi1pk = :pk, gsi1sk = :sk',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: {
        ':open': 'open',
        ':pk': inbox(item.role, item.department),
        ':sk': `${item.createdAt}#${item.workItemId}`,
      },
    }),
  );
}
