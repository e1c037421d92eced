/**
 * Access patterns (core table):
 * - a case: GetItem pk=CASE#<id>, sk=META
 * - my cases, newest first: Query gsi2 gsi2pk=OWNER#<sub>, gsi2sk=<createdAt>#<id> (cases with an owner)
 * - a department's cases, newest first: Query gsi1 gsi1pk=CASES#<department>, gsi1sk=<createdAt>#<id>
 *   (the deadline sweep and supervision read these)
 * - idempotent submission: the case and SUBMISSION#<sub>#<token> are written in one transaction,
 *   each with attribute_not_exists, so a retry finds the token and returns the same case
 * - case numbers: UpdateItem ADD on COUNTER#CASE#<yyyymmdd>; CASENUMBER#<number> points at the case
 * - joint cases (联合审批) newest first (supervision's figures): Query pk=CASES#JOINT, sk=<createdAt>#<id>, then
 *   BatchGet the cases. The pointer is written with a joint case in the same transaction and never changes (the
 *   filing moment and the reviewing departments are fixed at submission), so no index is needed: the
 *   partition holds one small item per joint case, far below one partition's limits.
 */
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { nextInSequence, queryAll } from '../platform/dynamo-store.js';
import type { CaseRecord, CaseStatus, TimelineEntry } from './model.js';
import { nowIso } from '../platform/clock.js';

const table = () => config().tables.core;
const caseKey = (id: string) => ({ pk: `CASE#${id}`, sk: 'META' });
const tokenKey = (owner: string, token: string) => ({ pk: `SUBMISSION#${owner}#${token}`, sk: 'META' });
const jointPartition = 'CASES#JOINT';

/** The pointer of a joint case in the joint partition (none for a case one department handles). */
function jointPointer(record: CaseRecord) {
  if (!record.plan?.jointReview) return [];
  return [
    {
      Put: {
        TableName: table(),
        Item: { pk: jointPartition, sk: `${record.createdAt}#${record.caseId}`, caseId: record.caseId },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
}

export const nextCaseSequence = (day: string): Promise<number> => nextInSequence(table(), `COUNTER#CASE#${day}`);

/** Writes the case and its submission token together; false when the token was used already. */
export async function insertCase(record: CaseRecord, tokenOwner: string, submissionToken: string): Promise<boolean> {
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: { ...tokenKey(tokenOwner, submissionToken), caseId: record.caseId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: table(),
              Item: { pk: `CASENUMBER#${record.caseNumber}`, sk: 'META', caseId: record.caseId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: table(),
              Item: {
                ...caseKey(record.caseId),
                gsi1pk: `CASES#${record.department}`,
                gsi1sk: `${record.createdAt}#${record.caseId}`,
                ...(record.owner
                  ? { gsi2pk: `OWNER#${record.owner}`, gsi2sk: `${record.createdAt}#${record.caseId}` }
                  : {}),
                ...record,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...jointPointer(record),
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
  const { pk: _pk, sk: _sk, gsi1pk: _c, gsi1sk: _d, gsi2pk: _a, gsi2sk: _b, ...rest } = item;
  return rest as unknown as CaseRecord;
}

export async function getCase(caseId: string): Promise<CaseRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: caseKey(caseId), ConsistentRead: true }),
  );
  return out.Item ? stripKeys(out.Item) : undefined;
}

/** The case with this number, through its pointer item. */
export async function getCaseByNumber(caseNumber: string): Promise<CaseRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: { pk: `CASENUMBER#${caseNumber}`, sk: 'META' } }),
  );
  return out.Item ? getCase(String(out.Item.caseId)) : undefined;
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

/** A department's cases, newest first, page by page (the sweep and supervision read them all). */
export async function listByDepartment(department: string, options: { since?: string } = {}): Promise<CaseRecord[]> {
  const items = await queryAll({
    TableName: table(),
    IndexName: 'gsi1',
    KeyConditionExpression: options.since ? 'gsi1pk = :pk AND gsi1sk >= :since' : 'gsi1pk = :pk',
    ExpressionAttributeValues: {
      ':pk': `CASES#${department}`,
      ...(options.since ? { ':since': options.since } : {}),
    },
    ScanIndexForward: false,
  });
  return items.map(stripKeys);
}

/** BatchGetItem reads at most 100 keys a call. */
const batchSize = 100;

/**
 * The newest `limit` joint cases filed from `since` to before `until` (ISO instants, both optional), newest
 * first: the ids from the joint partition, then the cases in batches of 100.
 */
export async function listJointCases(options: {
  since?: string;
  until?: string;
  limit: number;
}): Promise<CaseRecord[]> {
  const ids: string[] = [];
  const range = { since: options.since ?? '0', until: options.until ?? '9999' };
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        // sk < until: `until` is the first instant after the period (a bare id never equals it).
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :since AND :until',
        ExpressionAttributeValues: { ':pk': jointPartition, ':since': range.since, ':until': range.until },
        ScanIndexForward: false,
        Limit: Math.min(options.limit - ids.length, 500),
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      if (String(item.sk) >= range.until || typeof item.caseId !== 'string') continue;
      ids.push(item.caseId);
    }
    start = out.LastEvaluatedKey;
  } while (start && ids.length < options.limit);
  const name = String(table());
  const cases = new Map<string, CaseRecord>();
  for (let i = 0; i < ids.length; i += batchSize) {
    let keys: Record<string, unknown>[] = ids.slice(i, i + batchSize).map(caseKey);
    while (keys.length > 0) {
      const out: BatchGetCommandOutput = await dynamoClient().send(
        new BatchGetCommand({ RequestItems: { [name]: { Keys: keys } } }),
      );
      for (const item of out.Responses?.[name] ?? []) {
        const record = stripKeys(item);
        cases.set(record.caseId, record);
      }
      keys = out.UnprocessedKeys?.[name]?.Keys ?? [];
    }
  }
  return ids.flatMap((id) => cases.get(id) ?? []);
}

export interface CaseChange {
  /** Attributes to set (top-level names of CaseRecord). */
  set?: Partial<Record<keyof CaseRecord, unknown>>;
  /** Attributes to remove. */
  remove?: (keyof CaseRecord)[];
  /** A timeline entry to append; the case moves to the status it names. */
  entry?: TimelineEntry;
  /** Only when the case is at this version (stale → undefined). */
  expectedVersion?: number;
  /** Only when the case is in one of these statuses (otherwise → undefined). */
  expectedStatuses?: readonly CaseStatus[];
}

/**
 * Changes a case in one conditional update, bumping its version; returns the new record, or undefined
 * when a condition failed (a stale version or an unexpected status).
 */
export async function updateCase(caseId: string, change: CaseChange): Promise<CaseRecord | undefined> {
  const names: Record<string, string> = { '#v': 'version', '#u': 'updatedAt' };
  const values: Record<string, unknown> = { ':one': 1, ':at': change.entry?.at ?? nowIso() };
  const sets = ['#v = #v + :one', '#u = :at'];
  Object.entries(change.set ?? {}).forEach(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    sets.push(`#a${i} = :a${i}`);
  });
  if (change.entry) {
    names['#s'] = 'status';
    names['#t'] = 'timeline';
    values[':status'] = change.entry.status;
    values[':entry'] = [change.entry];
    sets.push('#s = :status', '#t = list_append(#t, :entry)');
  }
  const removes = (change.remove ?? []).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  const conditions = ['attribute_exists(pk)'];
  if (change.expectedVersion !== undefined) {
    values[':expected'] = change.expectedVersion;
    conditions.push('#v = :expected');
  }
  if (change.expectedStatuses) {
    names['#s'] = 'status';
    const options = change.expectedStatuses.map((status, i) => {
      values[`:st${i}`] = status;
      return `:st${i}`;
    });
    conditions.push(`#s IN (${options.join(', ')})`);
  }
  try {
    const out = await dynamoClient().send(
      new UpdateCommand({
        TableName: table(),
        Key: caseKey(caseId),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return stripKeys(out.Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/**
 * Lookup attempts in the current hour, per case number and per client address (issue 10 §4). An attempt is
 * reserved *before* the guess is checked, by one conditional ADD, so any number of concurrent guesses get at
 * most `limit` reservations; a right answer gives its reservation back. Counters expire by TTL after two hours.
 */
export type LookupBudget = { kind: 'case' | 'client'; id: string };
const lookupAttemptKey = (budget: LookupBudget, at: Date) => ({
  pk: `LOOKUP#${budget.kind.toUpperCase()}#${budget.id}#${at.toISOString().slice(0, 13)}`,
  sk: 'META',
});

/** Reserves one attempt of the budget; false when `limit` attempts were already reserved this hour. */
export async function reserveLookupAttempt(budget: LookupBudget, at: Date, limit: number): Promise<boolean> {
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: table(),
        Key: lookupAttemptKey(budget, at),
        UpdateExpression: 'ADD attempts :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(attempts) OR attempts < :limit',
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expires': Math.floor(at.getTime() / 1000) + 7200 },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Gives a reserved attempt back (the guess was right). */
export async function releaseLookupAttempt(budget: LookupBudget, at: Date): Promise<void> {
  await dynamoClient()
    .send(
      new UpdateCommand({
        TableName: table(),
        Key: lookupAttemptKey(budget, at),
        UpdateExpression: 'ADD attempts :minus',
        ConditionExpression: 'attempts > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}
