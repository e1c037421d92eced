/**
 * Access patterns of data requests and extractions (core table):
 * - a request: GetItem pk=DATAREQ#<id>, sk=META; every change is a conditional put on `version`, in one transaction
 *   with its inbox item (opened and closed with it)
 * - requests for an owner department's resources, newest first: Query gsi1 gsi1pk=DATAREQ#OWNER#<department>,
 *   gsi1sk=<createdAt>#<id>
 * - a consuming department's requests (its grants among them), newest first: Query gsi2
 *   gsi2pk=DATAREQ#BY#<department>, gsi2sk=<createdAt>#<id>
 * - who extracted a resource, newest first: Query pk=DATAUSE#<resourceId>, sk=<at>#<id> (append only)
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll, transactIfConditionsHold, withoutKeys, type TransactItems } from '../platform/dynamo-store.js';
import type { DataRequestRecord } from './request-model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `DATAREQ#${id}`, sk: 'META' });

const item = (record: DataRequestRecord) => ({
  ...key(record.requestId),
  gsi1pk: `DATAREQ#OWNER#${record.ownerDepartment}`,
  gsi1sk: `${record.createdAt}#${record.requestId}`,
  gsi2pk: `DATAREQ#BY#${record.requesterDepartment}`,
  gsi2sk: `${record.createdAt}#${record.requestId}`,
  ...record,
});

/** A write another store makes in the same transaction (the inbox item opened or closed with the request). */
export type AlsoWrite = TransactItems[number];

/** Writes a new request with `also` (its inbox item) in one transaction. */
export async function insertRequest(record: DataRequestRecord, also: readonly AlsoWrite[]): Promise<boolean> {
  return transactIfConditionsHold([
    { Put: { TableName: table(), Item: item(record), ConditionExpression: 'attribute_not_exists(pk)' } },
    ...also,
  ]);
}

/** Saves `record` over version `record.version - 1`, with `also`; false when someone saved first. */
export async function saveRequest(record: DataRequestRecord, also: readonly AlsoWrite[]): Promise<boolean> {
  return transactIfConditionsHold([
    {
      Put: {
        TableName: table(),
        Item: item(record),
        ConditionExpression: '#v = :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': record.version - 1 },
      },
    },
    ...also,
  ]);
}

/** Keeps a workflow task's token on the request's item (`itemUpdate`) while the request is still pending. */
export async function keepTaskToken(requestId: string, itemUpdate: NonNullable<AlsoWrite['Update']>): Promise<boolean> {
  return transactIfConditionsHold([
    {
      ConditionCheck: {
        TableName: table(),
        Key: key(requestId),
        ConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': 'pending' },
      },
    },
    { Update: itemUpdate },
  ]);
}

export async function getRequest(id: string): Promise<DataRequestRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key(id), ConsistentRead: true }));
  return out.Item ? withoutKeys<DataRequestRecord>(out.Item) : undefined;
}

async function listBy(index: 'gsi1' | 'gsi2', partition: string, limit?: number): Promise<DataRequestRecord[]> {
  const input = {
    TableName: table(),
    IndexName: index,
    KeyConditionExpression: `${index}pk = :pk`,
    ExpressionAttributeValues: { ':pk': partition },
    ScanIndexForward: false,
  };
  const items =
    limit === undefined
      ? await queryAll(input)
      : ((await dynamoClient().send(new QueryCommand({ ...input, Limit: limit }))).Items ?? []);
  return items.map((i) => withoutKeys<DataRequestRecord>(i));
}

/** Requests for the resources `department` owns, newest first (at most `limit` when given). */
export const requestsFor = (department: string, limit?: number) => listBy('gsi1', `DATAREQ#OWNER#${department}`, limit);

/** Requests `department` made, newest first (at most `limit` when given). */
export const requestsBy = (department: string, limit?: number) => listBy('gsi2', `DATAREQ#BY#${department}`, limit);

/** One extraction of a resource's records: who (a person or a department's system), for which grant, how many. */
export interface ExtractionRecord {
  resourceId: string;
  at: string;
  /** The caller's username, or `client:<clientId>` for a department's system. */
  by: string;
  department: string;
  requestId: string;
  count: number;
  fields: string[];
}

export async function recordExtraction(record: ExtractionRecord, id: string): Promise<void> {
  await dynamoClient().send(
    new PutCommand({
      TableName: table(),
      Item: { pk: `DATAUSE#${record.resourceId}`, sk: `${record.at}#${id}`, ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** The latest extractions of a resource, newest first. */
export async function extractionsOf(resourceId: string, limit: number): Promise<ExtractionRecord[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `DATAUSE#${resourceId}` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => withoutKeys<ExtractionRecord>(i));
}
