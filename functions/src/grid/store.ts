/**
 * Access patterns (core table):
 * - an event: GetItem pk=GRIDEVENT#<number>, sk=META; every change is a conditional put on `version`, in one
 *   transaction with its inbox items (opened and closed with it)
 * - event numbers: one atomic counter per day, COUNTER#GRID#<yyyymmdd>
 * - a repeated submission: GetItem pk=GRIDTOKEN#<reporter>#<token> → the number, written with the event
 * - every event by report time (the dispatcher's list, Open311's queries by date): Query gsi1
 *   gsi1pk=GRID#EVENTS, gsi1sk=<reportedAt>#<number>, newest first, bounded by a date range or a page limit
 * - a citizen's own reports: Query gsi2 gsi2pk=GRID#OWNER#<sub>, gsi2sk=<reportedAt>#<number>
 * (Open311 clients and their keys' hashes: open311-client-store.ts)
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { nextInSequence, withoutKeys } from '../platform/dynamo-store.js';
import type { GridEventRecord } from './model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `GRIDEVENT#${id}`, sk: 'META' });
const tokenKey = (reporter: string, token: string) => ({ pk: `GRIDTOKEN#${reporter}#${token}`, sk: 'META' });
const eventsPartition = 'GRID#EVENTS';

/** A write another store makes in the same transaction (an inbox item opened or closed with the event). */
export type AlsoWrite = Record<string, unknown>;

function indexKeys(record: GridEventRecord) {
  return {
    gsi1pk: eventsPartition,
    gsi1sk: `${record.reportedAt}#${record.eventId}`,
    ...(record.owner ? { gsi2pk: `GRID#OWNER#${record.owner}`, gsi2sk: `${record.reportedAt}#${record.eventId}` } : {}),
  };
}

const strip = (item: Record<string, unknown>) => withoutKeys<GridEventRecord>(item);

/** The next number of the day (1, 2, …). */
export const nextEventSequence = (day: string): Promise<number> => nextInSequence(table(), `COUNTER#GRID#${day}`);

/** The event a reporter's submission token wrote, if any. */
export async function eventIdForToken(reporter: string, token: string): Promise<string | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: tokenKey(reporter, token), ConsistentRead: true }),
  );
  return typeof out.Item?.eventId === 'string' ? out.Item.eventId : undefined;
}

const cancelledByCondition = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');

/**
 * Writes a new event with its submission token and `also` (its first inbox item) in one transaction; false when
 * the token was used already.
 */
export async function insertEvent(
  record: GridEventRecord,
  token: { reporter: string; submissionToken: string },
  also: readonly AlsoWrite[],
): Promise<boolean> {
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: { ...tokenKey(token.reporter, token.submissionToken), eventId: record.eventId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: table(),
              Item: { ...key(record.eventId), ...indexKeys(record), ...record },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...also,
        ] as never,
      }),
    );
    return true;
  } catch (error) {
    if (cancelledByCondition(error)) return false;
    throw error;
  }
}

/**
 * Saves a changed event if it is still at `record.version - 1`, with `also` (inbox items closed and opened) in one
 * transaction; false when someone changed it first.
 */
export async function saveEvent(record: GridEventRecord, also: readonly AlsoWrite[]): Promise<boolean> {
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: { ...key(record.eventId), ...indexKeys(record), ...record },
              ConditionExpression: '#v = :v',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':v': record.version - 1 },
            },
          },
          ...also,
        ] as never,
      }),
    );
    return true;
  } catch (error) {
    if (cancelledByCondition(error)) return false;
    throw error;
  }
}

/**
 * Keeps a workflow task's token on the event's open item (`itemUpdate`, workitems/store.ts) if the event is still
 * `status`, in one transaction; false when it moved on or the item closed meanwhile (grid/workflow-tasks.ts).
 */
export async function keepTaskToken(eventId: string, status: string, itemUpdate: AlsoWrite): Promise<boolean> {
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: table(),
              Key: key(eventId),
              ConditionExpression: '#s = :s',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':s': status },
            },
          },
          { Update: itemUpdate },
        ] as never,
      }),
    );
    return true;
  } catch (error) {
    if (cancelledByCondition(error)) return false;
    throw error;
  }
}

export async function getEvent(id: string): Promise<GridEventRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key(id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : undefined;
}

/** Events reported between two instants (inclusive; either open), newest first, at most `limit`. */
export async function eventsReported(range: { from?: string; until?: string }, limit: number) {
  const conditions = ['gsi1pk = :pk'];
  const values: Record<string, string> = { ':pk': eventsPartition };
  if (range.from || range.until) {
    conditions.push('gsi1sk BETWEEN :from AND :until');
    values[':from'] = range.from ?? '0';
    values[':until'] = `${range.until ?? '9999'}~`;
  }
  return queryAll({ IndexName: 'gsi1', KeyConditionExpression: conditions.join(' AND '), values }, limit);
}

/** A citizen's reports, newest first. */
export async function eventsOf(owner: string, limit: number) {
  return queryAll(
    { IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', values: { ':pk': `GRID#OWNER#${owner}` } },
    limit,
  );
}

async function queryAll(
  query: { IndexName: string; KeyConditionExpression: string; values: Record<string, string> },
  limit: number,
): Promise<GridEventRecord[]> {
  const found: GridEventRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        IndexName: query.IndexName,
        KeyConditionExpression: query.KeyConditionExpression,
        ExpressionAttributeValues: query.values,
        ScanIndexForward: false,
        Limit: Math.min(limit - found.length, 500),
        ExclusiveStartKey: start,
      }),
    );
    found.push(...(out.Items ?? []).map(strip));
    start = out.LastEvaluatedKey;
  } while (start && found.length < limit);
  return found;
}
