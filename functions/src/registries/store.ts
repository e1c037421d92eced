/**
 * Access patterns (registry table; base registries next to profiles):
 * - a record's current version: GetItem pk=<KIND>#<key>, sk=HEAD (persons keyed by the blind index of
 *   their resident ID number, so no ID number is stored in plaintext, not even in a key)
 * - many current versions at once (import): BatchGetItem of HEAD items
 * - a record's history: Query pk=<KIND>#<key>, sk begins_with V# (one immutable item per version)
 * - a new version: TransactWriteItems of the version item (attribute_not_exists) and the head
 *   (conditioned on the version it replaces), all or nothing: a row is never half written
 * - import jobs: pk=IMPORT#<id>, sk=JOB; the latest quality report: pk=QUALITY, sk=LATEST
 * - quality: parallel Scan of HEAD items (projection of the plain quality fields only)
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
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
  /** Keyed hash of what makes two records near-duplicates (persons: name at one building). */
  readonly dupKey?: string;
  /** Keys of the records this one points at (`BUILDING#…`, `PERSON#…`). */
  readonly refs: readonly string[];
}

const table = (): string => config().tables.registry as string;
const versionKey = (version: number) => `V#${String(version).padStart(6, '0')}`;

/** The current versions of the records with these keys (missing keys are absent from the map). */
export async function getHeads(pks: readonly string[]): Promise<Map<string, RecordVersion>> {
  const found = new Map<string, RecordVersion>();
  const unique = [...new Set(pks)];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((pk) => ({ pk, sk: 'HEAD' }));
    for (let attempt = 0; keys && keys.length > 0; attempt++) {
      if (attempt > 8) throw new Error('BatchGetItem kept leaving keys unprocessed');
      const out = await dynamoClient().send(
        new BatchGetCommand({ RequestItems: { [table()]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const item of out.Responses?.[table()] ?? []) found.set(String(item.pk), item as RecordVersion);
      keys = out.UnprocessedKeys?.[table()]?.Keys as Record<string, unknown>[] | undefined;
      if (keys?.length) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
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
              Item: { ...record, sk: 'HEAD' },
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

/** Scans the heads of one registry in parallel segments, with only the quality fields. */
export async function scanHeads(
  kind: RegistryKind,
  visit: (head: Pick<RecordVersion, 'pk' | 'filled' | 'dupKey' | 'refs'>) => void,
  segments = 4,
): Promise<void> {
  await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await dynamoClient().send(
          new ScanCommand({
            TableName: table(),
            Segment: segment,
            TotalSegments: segments,
            FilterExpression: 'sk = :head AND kind = :kind',
            ProjectionExpression: 'pk, filled, dupKey, refs',
            ExpressionAttributeValues: { ':head': 'HEAD', ':kind': kind },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of out.Items ?? []) visit(item as RecordVersion);
        start = out.LastEvaluatedKey;
      } while (start);
    }),
  );
}

export async function putItem(item: Record<string, unknown>): Promise<void> {
  await dynamoClient().send(new PutCommand({ TableName: table(), Item: item }));
}

export async function getItem(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: { pk, sk }, ConsistentRead: true }));
  return out.Item;
}
