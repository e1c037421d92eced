import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import type { RegistryKind } from '../registries/model.js';
import { openPerson } from '../registries/records.js';
import { headShards, type RecordVersion } from '../registries/store.js';

/**
 * Reads a base registry's current records for an extraction: Query of the sparse `heads` index shard after shard
 * (never a Scan), filtered by change time for an incremental extraction, and only the granted fields. A person's
 * sealed personal fields are decrypted only when a granted field is among them; an entity's legal representative's
 * ID number is not kept in plaintext and leaves only in its masked form.
 */

export interface RegistryPage {
  items: { id: string; version: number; changedAt: string; fields: Record<string, string | number | null> }[];
  nextCursor?: string;
}

interface Cursor {
  /** The shard to read next. */
  s: number;
  /** Where in it (the last key read). */
  k?: Record<string, unknown>;
}

const badCursor = () =>
  new AppError(400, 'INVALID_INPUT', 'cursor: not a cursor of this extraction', {
    fields: [{ field: 'cursor', message: 'pass back the nextCursor of the previous page' }],
  });

function decodeCursor(cursor: string | undefined): Cursor {
  if (!cursor) return { s: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (!Number.isInteger(parsed.s) || parsed.s < 0 || parsed.s >= headShards) throw badCursor();
    if (parsed.k !== undefined && (typeof parsed.k !== 'object' || parsed.k === null)) throw badCursor();
    return parsed;
  } catch {
    throw badCursor();
  }
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');

async function fieldsOf(head: RecordVersion, fields: readonly string[]) {
  const data = head.data ?? {};
  const needsSeal = head.kind === 'persons' && fields.some((f) => !(f in data));
  const personal: Record<string, unknown> = needsSeal && head.sealed ? await openPerson(head) : {};
  const out: Record<string, string | number | null> = {};
  for (const field of fields) {
    const value = data[field] ?? personal[field] ?? head.masked?.[field];
    out[field] = typeof value === 'string' || typeof value === 'number' ? value : null;
  }
  return out;
}

/** One page of `kind`'s records with only `fields`, changed after `since` if given. */
export async function registryPage(
  kind: RegistryKind,
  fields: readonly string[],
  options: { since?: string; cursor?: string; limit: number },
): Promise<RegistryPage> {
  let cursor: Cursor | undefined = decodeCursor(options.cursor);
  const items: RegistryPage['items'] = [];
  while (cursor && items.length < options.limit) {
    const out: QueryCommandOutput = await dynamoClient().send(
      new QueryCommand({
        TableName: config().tables.registry,
        IndexName: 'heads',
        KeyConditionExpression: 'headShard = :shard',
        ...(options.since ? { FilterExpression: '#at > :since' } : {}),
        ExpressionAttributeNames: options.since ? { '#at': 'at' } : undefined,
        ExpressionAttributeValues: {
          ':shard': `${kind}#${cursor.s}`,
          ...(options.since ? { ':since': options.since } : {}),
        },
        ExclusiveStartKey: cursor.k,
        Limit: options.limit - items.length,
      }),
    );
    for (const head of (out.Items ?? []) as RecordVersion[]) {
      items.push({ id: head.pk, version: head.version, changedAt: head.at, fields: await fieldsOf(head, fields) });
    }
    if (out.LastEvaluatedKey) cursor = { s: cursor.s, k: out.LastEvaluatedKey };
    else cursor = cursor.s + 1 < headShards ? { s: cursor.s + 1 } : undefined;
  }
  return { items, ...(cursor ? { nextCursor: encodeCursor(cursor) } : {}) };
}
