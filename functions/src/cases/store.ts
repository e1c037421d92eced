/**
 * Access patterns (core table):
 * - a case: GetItem pk=CASE#<id>, sk=META
 * - my cases, newest first: Query gsi2 gsi2pk=OWNER#<sub>, gsi2sk=<createdAt>#<id>
 * - idempotent submission: the case and SUBMISSION#<sub>#<token> are written in one transaction,
 *   each with attribute_not_exists, so a retry finds the token and returns the same case
 * - case numbers: UpdateItem ADD on COUNTER#CASE#<yyyymmdd>
 */
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { CaseRecord, CaseStatus, TimelineEntry } from './model.js';

const table = () => config().tables.core;
const caseKey = (id: string) => ({ pk: `CASE#${id}`, sk: 'META' });
const tokenKey = (owner: string, token: string) => ({ pk: `SUBMISSION#${owner}#${token}`, sk: 'META' });

export async function nextCaseSequence(day: string): Promise<number> {
  const out = await dynamoClient().send(
    new UpdateCommand({
      TableName: table(),
      Key: { pk: `COUNTER#CASE#${day}`, sk: 'META' },
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: { '#n': 'value' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.value);
}

/** Writes the case and its submission token together; false when the token was used already. */
export async function insertCase(record: CaseRecord, submissionToken: string): Promise<boolean> {
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: { ...tokenKey(record.owner, submissionToken), caseId: record.caseId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: table(),
              Item: {
                ...caseKey(record.caseId),
                gsi2pk: `OWNER#${record.owner}`,
                gsi2sk: `${record.createdAt}#${record.caseId}`,
                ...record,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return false;
    }
    throw error;
  }
}

export async function caseIdForToken(owner: string, submissionToken: string): Promise<string | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: tokenKey(owner, submissionToken), ConsistentRead: true }),
  );
  return out.Item?.caseId as string | undefined;
}

function stripKeys(item: Record<string, unknown>): CaseRecord {
  const { pk: _pk, sk: _sk, gsi2pk: _a, gsi2sk: _b, ...rest } = item;
  return rest as unknown as CaseRecord;
}

export async function getCase(caseId: string): Promise<CaseRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: caseKey(caseId), ConsistentRead: true }),
  );
  return out.Item ? stripKeys(out.Item) : undefined;
}

export async function listByOwner(owner: string, limit = 50): Promise<CaseRecord[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': `OWNER#${owner}` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(stripKeys);
}

/** Moves a case to a status and appends to its timeline, in one update. */
export async function appendStatus(caseId: string, status: CaseStatus, entry: TimelineEntry): Promise<CaseRecord> {
  const out = await dynamoClient().send(
    new UpdateCommand({
      TableName: table(),
      Key: caseKey(caseId),
      UpdateExpression:
        'SET #s = :status, timeline = list_append(timeline, :entry), updatedAt = :at, version = version + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':status': status, ':entry': [entry], ':at': entry.at, ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return stripKeys(out.Attributes ?? {});
}
