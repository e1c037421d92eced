/**
 * Access patterns (registry table; base registries next to profiles):
 * - a record's current version: GetItem pk=<KIND>#<key>, sk=HEAD (persons keyed by the blind index of
 *   their resident ID number, so no ID number is stored in plaintext, not even in a key)
 * - many current versions at once (import): BatchGetItem of HEAD items
 * - a record's history: Query pk=<KIND>#<key>, sk begins_with V# (one immutable item per version)
 * - a new version: TransactWriteItems of the version item (attribute_not_exists) and the head
 *   (conditioned on the version it replaces), all or nothing: a row is never half written
 * - an import's new records (no head yet): BatchWriteItem of their first versions, then of their heads; the
 *   head is what readers see, so a record is never seen half written, and a re-run after a crash writes the
 *   same first version again (imports of one registry run one at a time: pk=IMPORTLOCK#<kind>, sk=LOCK, a lease
 *   taken with a conditional put and given back when the import ends)
 * - import jobs: pk=IMPORT#<id>, sk=JOB; the latest quality report of a registry: pk=QUALITY, sk=<kind>
 * - quality: every HEAD of a registry by Query of the sparse `heads` index, its 16 shards in parallel
 *   (`headShard` = <kind>#<n>; projection of the plain quality fields only) — never a Scan
 * - the records behind a quality figure (drill-down): pk=QISSUE#<kind>#<run>#<problem>#<field>, sk=<record pk>,
 *   written by each computation under its own run id and expiring (TTL) after a week, read by paged Query
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll } from '../platform/dynamo-store.js';
import type { Provenance, RegistryKind } from './model.js';

export const recordPrefix: Record<RegistryKind, string> = {
  persons: 'PERSON#',
  entities: 'ENTITY#',
  buildings: 'BUILDING#',
};

/** One version of a record, as stored (HEAD holds a copy of the current one). */
export interface RecordVersion extends Provenance {
  readonly pk: string;
  readonly kind: RegistryKind;
  readonly version: number;
  /** Keyed hash of the row's canonical content: an import of the same content writes nothing. */
  readonly hash: string;
  /** Fields that are not personal data, in plaintext (street, community, codes, building facts). */
  readonly data: Record<string, string | number>;
  /** Personal fields, envelope-encrypted as one JSON value (persons only). */
  readonly sealed?: string;
  /** Masked forms shown without decrypting (persons only). */
  readonly masked?: Record<string, string>;
  /** Which of the registry's fields are filled (completeness without decrypting). */
  readonly filled: readonly string[];
  /** Keyed hash of a person's exact name at one building (versions written before near-duplicate keys). */
  readonly dupKey?: string;
  /**
   * Keyed hashes of what makes two records near-duplicates (persons: the normalised name at one building, and
   * for names of three or more characters each variant with one character left open; see records.ts).
   */
  readonly dupKeys?: readonly string[];
  /** Keys of the records this one points at (`BUILDING#…`, `PERSON#…`). */
  readonly refs: readonly string[];
}

const table = (): string => config().tables.registry as string;
const versionKey = (version: number) => `V#${String(version).padStart(6, '0')}`;

/** The current versions of the records with these keys (missing keys are absent from the map). */
export async function getHeads(pks: readonly string[]): Promise<Map<string, RecordVersion>> {
  const found = new Map<string, RecordVersion>();
  const unique = [...new Set(pks)];
  // The 100-key batches in parallel: an import's batch of rows is one round trip, not several.
  const chunks = Array.from({ length: Math.ceil(unique.length / 100) }, (_, i) => unique.slice(i * 100, i * 100 + 100));
  await Promise.all(
    chunks.map(async (chunk) => {
      let keys: Record<string, unknown>[] | undefined = chunk.map((pk) => ({ pk, sk: 'HEAD' }));
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        if (attempt > 8) throw new Error('BatchGetItem kept leaving keys unprocessed');
        const out = await dynamoClient().send(
          new BatchGetCommand({ RequestItems: { [table()]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const item of out.Responses?.[table()] ?? []) found.set(String(item.pk), item as RecordVersion);
        keys = out.UnprocessedKeys?.[table()]?.Keys as Record<string, unknown>[] | undefined;
        if (keys?.length) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
      }
    }),
  );
  return found;
}

export async function getHead(pk: string): Promise<RecordVersion | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: { pk, sk: 'HEAD' } }));
  return out.Item as RecordVersion | undefined;
}

/** Every version of a record, oldest first. */
export async function getHistory(pk: string): Promise<RecordVersion[]> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
    ExpressionAttributeValues: { ':pk': pk, ':v': 'V#' },
  });
  return items as unknown as RecordVersion[];
}

/**
 * Writes `record` (version = previous + 1) as a new immutable version and the new head, all or nothing.
 * 'stale' when another writer moved the head first.
 */
export async function writeVersion(record: RecordVersion): Promise<'written' | 'stale'> {
  const previous = record.version - 1;
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: { ...record, sk: versionKey(record.version) },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: table(),
              Item: { ...record, sk: 'HEAD', headShard: headShardOf(record.kind, record.pk) },
              ConditionExpression: previous === 0 ? 'attribute_not_exists(pk)' : 'version = :previous',
              ExpressionAttributeValues: previous === 0 ? undefined : { ':previous': previous },
            },
          },
        ],
      }),
    );
    return 'written';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'stale';
    throw error;
  }
}

const batchLimit = 25;

async function batchPut(items: Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < items.length; start += batchLimit) {
    let requests = items.slice(start, start + batchLimit).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error('BatchWriteItem kept leaving items unprocessed');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
      const out = await dynamoClient().send(new BatchWriteCommand({ RequestItems: { [table()]: requests } }));
      requests = (out.UnprocessedItems?.[table()] ?? []) as typeof requests;
    }
  }
}

/**
 * Writes the first versions of records that have no head yet (an import's new records): all their version
 * items, then all their heads. Up to 25 records per call (one batch of each).
 */
export async function writeFirstVersions(records: readonly RecordVersion[]): Promise<void> {
  if (records.some((r) => r.version !== 1)) throw new Error('writeFirstVersions writes version 1 only');
  await batchPut(records.map((r) => ({ ...r, sk: versionKey(1) })));
  await batchPut(records.map((r) => ({ ...r, sk: 'HEAD', headShard: headShardOf(r.kind, r.pk) })));
}

/** Shards of the `heads` index per registry: 16 partitions read in parallel. */
export const headShards = 16;

/** The `heads` index partition of a record (FNV-1a of its key): spreads a registry over the shards. */
export function headShardOf(kind: RegistryKind, pk: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pk.length; i++) hash = Math.imul(hash ^ pk.charCodeAt(i), 0x01000193) >>> 0;
  return `${kind}#${hash % headShards}`;
}

/** What the quality job reads of a head: plain fields only, nothing sealed. */
export type QualityHead = Pick<
  RecordVersion,
  'pk' | 'at' | 'filled' | 'dupKey' | 'dupKeys' | 'refs' | 'masked' | 'data'
>;

/** Reads every current version of one registry through the sparse `heads` index, shards in parallel. */
export async function queryHeads(kind: RegistryKind, visit: (head: QualityHead) => void): Promise<void> {
  await Promise.all(
    Array.from({ length: headShards }, async (_, shard) => {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await dynamoClient().send(
          new QueryCommand({
            TableName: table(),
            IndexName: 'heads',
            KeyConditionExpression: 'headShard = :shard',
            ProjectionExpression: 'pk, #at, filled, dupKey, dupKeys, refs, masked, #data',
            ExpressionAttributeNames: { '#at': 'at', '#data': 'data' },
            ExpressionAttributeValues: { ':shard': `${kind}#${shard}` },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of out.Items ?? []) visit(item as QualityHead);
        start = out.LastEvaluatedKey;
      } while (start);
    }),
  );
}

/** One record behind a quality figure, as the drill-down lists it (identifiers already masked). */
export interface QualityIssueItem {
  readonly record: string;
  readonly label: string;
  readonly detail?: string;
}

const issuePartition = (kind: RegistryKind, run: string, problem: string, field: string) =>
  `QISSUE#${kind}#${run}#${problem}#${field}`;

/** Stores the records behind one figure of a quality run; they expire with the run (`expiresAt`, epoch s). */
export async function putIssues(
  kind: RegistryKind,
  run: string,
  problem: string,
  field: string,
  items: readonly QualityIssueItem[],
  expiresAt: number,
): Promise<void> {
  const pk = issuePartition(kind, run, problem, field);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(8, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as QualityIssueItem;
        await putItem({
          pk,
          sk: item.record,
          label: item.label,
          ...(item.detail ? { detail: item.detail } : {}),
          expiresAt,
        });
      }
    }),
  );
}

/** A page of the records behind one figure of a quality run, in key order; `after` is the last key seen. */
export async function queryIssues(
  kind: RegistryKind,
  run: string,
  problem: string,
  field: string,
  limit: number,
  after?: string,
): Promise<{ items: QualityIssueItem[]; last?: string }> {
  const pk = issuePartition(kind, run, problem, field);
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      Limit: limit,
      ExclusiveStartKey: after ? { pk, sk: after } : undefined,
    }),
  );
  const items = (out.Items ?? []).map((i) => ({
    record: String(i.sk),
    label: String(i.label),
    ...(i.detail ? { detail: String(i.detail) } : {}),
  }));
  return { items, ...(out.LastEvaluatedKey ? { last: String(out.LastEvaluatedKey.sk) } : {}) };
}

export async function putItem(item: Record<string, unknown>): Promise<void> {
  await dynamoClient().send(new PutCommand({ TableName: table(), Item: item }));
}

/** Puts an item that must not exist yet; false when its key is taken. */
export async function putNewItem(item: Record<string, unknown>): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({ TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function getItem(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: { pk, sk }, ConsistentRead: true }));
  return out.Item;
}

const lockKey = (kind: RegistryKind) => ({ pk: `IMPORTLOCK#${kind}`, sk: 'LOCK' });

/**
 * Takes (or renews) the registry's import lease for `importId` until `untilMs` (epoch ms); false while another
 * import holds an unexpired one. A lease outlives a crashed import by at most its length.
 */
export async function takeImportLock(
  kind: RegistryKind,
  importId: string,
  nowMs: number,
  untilMs: number,
): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: table(),
        Item: { ...lockKey(kind), importId, until: untilMs },
        ConditionExpression: 'attribute_not_exists(pk) OR #until < :now OR importId = :id',
        ExpressionAttributeNames: { '#until': 'until' },
        ExpressionAttributeValues: { ':now': nowMs, ':id': importId },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Gives back the lease `importId` holds (nothing when it has expired and another import took it). */
export async function releaseImportLock(kind: RegistryKind, importId: string): Promise<void> {
  try {
    await dynamoClient().send(
      new DeleteCommand({
        TableName: table(),
        Key: lockKey(kind),
        ConditionExpression: 'importId = :id',
        ExpressionAttributeValues: { ':id': importId },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
