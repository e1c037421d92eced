/**
 * Access patterns (core table):
 * - a work item: GetItem pk=WORKITEM#<id>, sk=META
 * - an inbox, most urgent first: Query gsi1 gsi1pk=INBOX#<role>#<department or street>, gsi1sk=urgencyKey
 *   (sparse: open items only), so a page of an inbox of 10,000 items is still its most urgent items
 * - claiming and releasing: conditional updates on `claimedBy`
 * - a case's work items: Query gsi2 gsi2pk=CASE#<caseId>, begins_with(gsi2sk, WORKITEM#)
 * - deciding: conditional status transitions, so two officers can never both decide one item
 * - opening: PutItem with attribute_not_exists(pk); the id is derived from the task token, so a task
 *   delivered twice finds its item rather than opening a second one
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { WorkItem, WorkItemStatus } from './model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `WORKITEM#${id}`, sk: 'META' });
const inbox = (role: string, unit: string) => `INBOX#${role}#${unit}`;
/** The inbox an item sits in: a handover's street's clerks, otherwise the department's role. */
const inboxOf = (item: WorkItem) => inbox(item.role, item.street ?? item.department);
/** Sorts an inbox: the earliest legal due date first (none last), escalations first, then the oldest. */
const urgencyKey = (item: WorkItem) =>
  `${item.dueDate ?? '9999-12-31'}#${item.escalated ? 0 : 1}#${item.createdAt}#${item.workItemId}`;

function strip(item: Record<string, unknown>): WorkItem {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, ...rest } = item;
  return rest as unknown as WorkItem;
}

/**
 * Puts a new work item; when an item with its id exists already (the same task delivered again, or an
 * earlier attempt whose answer was lost), nothing is written and the stored item is returned.
 */
export async function putWorkItem(item: WorkItem): Promise<WorkItem> {
  try {
    await put(item);
    return item;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const stored = await getWorkItem(item.workItemId);
    if (!stored) throw error;
    return stored;
  }
}

/** The write of a new work item with its inbox and case index keys, also for a caller's transaction. */
export function newWorkItemPut(item: WorkItem) {
  return {
    TableName: table(),
    Item: {
      ...key(item.workItemId),
      gsi1pk: inboxOf(item),
      gsi1sk: urgencyKey(item),
      gsi2pk: `CASE#${item.caseId}`,
      gsi2sk: `WORKITEM#${item.createdAt}#${item.workItemId}`,
      ...item,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

async function put(item: WorkItem): Promise<void> {
  await dynamoClient().send(new PutCommand(newWorkItemPut(item)));
}

export async function getWorkItem(id: string): Promise<WorkItem | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key(id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : undefined;
}

/** An inbox's open items, most urgent first, read page by page up to `limit` items. */
export async function listInbox(role: string, unit: string, limit = 5000): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': inbox(role, unit) },
        Limit: Math.min(500, limit - items.length),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(out.Items ?? []).map(strip).filter((i) => i.status === 'open'));
    start = out.LastEvaluatedKey;
  } while (start && items.length < limit);
  return items;
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

/** The conditional update that moves an open item to `decided` (off its inbox), for a caller's transaction. */
export function closeItemUpdate(id: string, decision: { outcome: string; decidedBy: string; decidedAt: string }) {
  return {
    TableName: table(),
    Key: key(id),
    UpdateExpression: 'SET #s = :to, #o = :o, #b = :b, #a = :a REMOVE gsi1pk, gsi1sk',
    ConditionExpression: '#s = :from',
    ExpressionAttributeNames: { '#s': 'status', '#o': 'outcome', '#b': 'decidedBy', '#a': 'decidedAt' },
    ExpressionAttributeValues: {
      ':from': 'open',
      ':to': 'decided',
      ':o': decision.outcome,
      ':b': decision.decidedBy,
      ':a': decision.decidedAt,
    },
  };
}

/**
 * The conditional update that keeps a workflow task's token on an open item with the subject's state it waits in,
 * for a caller's transaction (a city event's step: grid/store.ts).
 */
export function waitingTaskUpdate(id: string, taskToken: string, taskState: string) {
  return {
    TableName: table(),
    Key: key(id),
    UpdateExpression: 'SET taskToken = :t, taskState = :w',
    ConditionExpression: '#s = :open',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':t': taskToken, ':w': taskState, ':open': 'open' },
  };
}

/**
 * The conditional update that marks an open item escalated (overdue and raised above its holders), moving it to
 * the front of its day in the inbox index, for a caller's transaction.
 */
export function escalateItemUpdate(item: WorkItem) {
  return {
    TableName: table(),
    Key: key(item.workItemId),
    UpdateExpression: 'SET escalated = :yes, gsi1sk = :sk',
    ConditionExpression: '#s = :open',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':yes': true, ':open': 'open', ':sk': urgencyKey({ ...item, escalated: true }) },
  };
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
        ':pk': inboxOf(item),
        ':sk': urgencyKey(item),
      },
    }),
  );
}

/** Claims an open item for `username`; false when it is not open or someone else holds it. */
export async function claim(id: string, username: string, at: string): Promise<boolean> {
  return conditional(
    id,
    'SET claimedBy = :me, claimedAt = :at',
    '#s = :open AND (attribute_not_exists(claimedBy) OR claimedBy = :me)',
    { ':me': username, ':at': at, ':open': 'open' },
  );
}

/** Releases `username`'s claim on an open item; false when they do not hold it. */
export async function release(id: string, username: string): Promise<boolean> {
  return conditional(id, 'REMOVE claimedBy, claimedAt', '#s = :open AND claimedBy = :me', {
    ':me': username,
    ':open': 'open',
  });
}

async function conditional(
  id: string,
  update: string,
  condition: string,
  values: Record<string, string>,
): Promise<boolean> {
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: table(),
        Key: key(id),
        UpdateExpression: update,
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
