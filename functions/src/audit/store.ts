/**
 * Access patterns (audit table; application roles hold PutItem and read actions only — no UpdateItem,
 * DeleteItem or batch/transactional/PartiQL writes exist in this context, and tests/unit/audit proves it):
 * - a chain's head (last record): Query pk=CHAIN#<yyyy-mm-dd>#<shard>, ScanIndexForward=false, Limit 1,
 *   ConsistentRead
 * - append: PutItem pk=CHAIN#<day>#<shard>, sk=<seq, 12 digits> with attribute_not_exists(pk); a
 *   concurrent append that took the same seq wins, the loser re-reads the head and tries seq+1. A
 *   position found taken by a record with our own hash is ours: an earlier attempt landed and its answer
 *   was lost (the SDK retried), so it counts as appended, never as a second entry
 * - one position: GetItem pk=CHAIN#<day>#<shard>, sk=<seq>, ConsistentRead (did an unanswered append land?)
 * - one actor's records, newest first: Query byActor actor=<sub>, at BETWEEN from AND to,
 *   ScanIndexForward=false, optional filter on action
 * - a day's records, newest first: Query each of the day's chains, sk < <position>, ScanIndexForward=false,
 *   filter on at (from/to) and action
 * - whole table: Scan, only in the offline verifier (scripts/audit-verify.ts), never in a request path
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { chainKey, recordHash, seqKey } from './chain.js';
import type { AuditRecord } from './model.js';

const table = () => config().tables.audit;

export interface ChainHead {
  seq: number;
  hash: string;
}

export async function readChainHead(chain: string): Promise<ChainHead | undefined> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': chainKey(chain) },
      ProjectionExpression: 'sk, #hash',
      ExpressionAttributeNames: { '#hash': 'hash' },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const item = out.Items?.[0];
  return item ? { seq: Number(item.sk), hash: String(item.hash) } : undefined;
}

/** The hash of the record at a chain position, read consistently; undefined when the position is free. */
export async function recordAt(chain: string, seq: number): Promise<{ hash: string } | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({
      TableName: table(),
      Key: { pk: chainKey(chain), sk: seqKey(seq) },
      ProjectionExpression: '#hash',
      ExpressionAttributeNames: { '#hash': 'hash' },
      ConsistentRead: true,
    }),
  );
  return out.Item ? { hash: String(out.Item.hash) } : undefined;
}

/**
 * Adds a record at its position; false when another record took that position first. True also when
 * the position already holds this very record (same hash): an earlier attempt of this put landed and only
 * its answer was lost, so the SDK's retry met the condition.
 */
export async function appendRecord(record: AuditRecord): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: table(),
        Item: record,
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return true;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const held = error.Item?.hash?.S ?? (await recordAt(record.chain, record.seq))?.hash;
    // The hash recomputed from the record's own fields, not the one it claims: only the very record matches.
    return held === recordHash({ ...record });
  }
}

export interface RangeFilter {
  from: string;
  to: string;
  action?: string;
  limit: number;
}

/** Up to `limit` matching records of one chain below position `beforeSeq`, newest first. */
export async function queryChain(
  chain: string,
  beforeSeq: number | undefined,
  filter: RangeFilter,
): Promise<AuditRecord[]> {
  const found: AuditRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: beforeSeq === undefined ? 'pk = :pk' : 'pk = :pk AND sk < :before',
        FilterExpression: `#at BETWEEN :from AND :to${filter.action ? ' AND #action = :action' : ''}`,
        ExpressionAttributeNames: { '#at': 'at', ...(filter.action ? { '#action': 'action' } : {}) },
        ExpressionAttributeValues: {
          ':pk': chainKey(chain),
          ':from': filter.from,
          ':to': filter.to,
          ...(beforeSeq === undefined ? {} : { ':before': seqKey(beforeSeq) }),
          ...(filter.action ? { ':action': filter.action } : {}),
        },
        ScanIndexForward: false,
        // Never more than still wanted, so a page never has to be cut and positions stay exact.
        Limit: filter.limit - found.length,
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...((out.Items ?? []) as AuditRecord[]));
    startKey = out.LastEvaluatedKey;
  } while (startKey && found.length < filter.limit);
  return found;
}

/** Up to `limit` matching records of one actor, newest first, and the key to continue from. */
export async function queryActor(
  actor: string,
  filter: RangeFilter,
  startKey: Record<string, unknown> | undefined,
): Promise<{ records: AuditRecord[]; nextKey?: Record<string, unknown> }> {
  const records: AuditRecord[] = [];
  let key = startKey;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'byActor',
        KeyConditionExpression: 'actor = :actor AND #at BETWEEN :from AND :to',
        FilterExpression: filter.action ? '#action = :action' : undefined,
        ExpressionAttributeNames: { '#at': 'at', ...(filter.action ? { '#action': 'action' } : {}) },
        ExpressionAttributeValues: {
          ':actor': actor,
          ':from': filter.from,
          ':to': filter.to,
          ...(filter.action ? { ':action': filter.action } : {}),
        },
        ScanIndexForward: false,
        Limit: filter.limit - records.length,
        ExclusiveStartKey: key,
      }),
    );
    records.push(...((out.Items ?? []) as AuditRecord[]));
    key = out.LastEvaluatedKey;
  } while (key && records.length < filter.limit);
  return key ? { records, nextKey: key } : { records };
}
