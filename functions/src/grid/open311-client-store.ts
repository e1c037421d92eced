/**
 * Access patterns of Open311 clients (core table):
 * - a key: GetItem pk=OPEN311KEY#<SHA-256 of the api_key, hex>, sk=META → { keyId, revokedAt? } (the key itself is
 *   never stored; a key registered before clients had records holds `client` instead of `keyId`)
 * - a client: GetItem pk=OPEN311CLIENT#<keyId>, sk=META → name, contact, who issued it and when, revocation
 * - every client, newest first: Query gsi1 gsi1pk=OPEN311#CLIENTS, gsi1sk=<createdAt>#<keyId>
 * A client and its key are written together and revoked together, in one transaction each.
 */
import { createHash, randomBytes } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { isConditionFailure, transactIfConditionsHold, withoutKeys } from '../platform/dynamo-store.js';
import type { Open311ClientRecord } from './open311-client-model.js';

const table = () => config().tables.core;
const clientsPartition = 'OPEN311#CLIENTS';
const keyItemKey = (hash: string) => ({ pk: `OPEN311KEY#${hash}`, sk: 'META' });
const clientKey = (keyId: string) => ({ pk: `OPEN311CLIENT#${keyId}`, sk: 'META' });

/** The SHA-256 of an api_key (hex), the only form in which a key is kept. */
export const apiKeyHash = (apiKey: string): string => createHash('sha256').update(apiKey, 'utf8').digest('hex');

/** A new api_key: 32 random bytes (base64url) behind a recognisable prefix. */
export const newApiKey = (): string => `yx311_${randomBytes(32).toString('base64url')}`;

/** What a presented api_key opens: the client's id and whether it was revoked; undefined for an unknown key. */
export async function keyOf(apiKey: string): Promise<{ keyId: string; revoked: boolean } | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: keyItemKey(apiKeyHash(apiKey)), ConsistentRead: true }),
  );
  const keyId = out.Item?.keyId ?? out.Item?.client;
  return typeof keyId === 'string' ? { keyId, revoked: typeof out.Item?.revokedAt === 'string' } : undefined;
}

const clientItem = (record: Open311ClientRecord, hash: string) => ({
  ...clientKey(record.keyId),
  gsi1pk: clientsPartition,
  gsi1sk: `${record.createdAt}#${record.keyId}`,
  keyHash: hash,
  ...record,
});

const keyItem = (record: Open311ClientRecord, hash: string) => ({
  ...keyItemKey(hash),
  keyId: record.keyId,
  registeredAt: record.createdAt,
});

/** Writes a new client with its key's hash in one transaction; false when the id or the key exists already. */
export async function insertClient(record: Open311ClientRecord, apiKey: string): Promise<boolean> {
  const hash = apiKeyHash(apiKey);
  const absent = 'attribute_not_exists(pk)';
  return transactIfConditionsHold([
    { Put: { TableName: table(), Item: clientItem(record, hash), ConditionExpression: absent } },
    { Put: { TableName: table(), Item: keyItem(record, hash), ConditionExpression: absent } },
  ]);
}

/**
 * Writes the client and its key's hash, each only where it is not stored yet (the local demo client at every
 * start: a restart, or a key registered before clients had records, keeps what is there, a revocation too).
 */
export async function ensureClient(record: Open311ClientRecord, apiKey: string): Promise<void> {
  const hash = apiKeyHash(apiKey);
  for (const item of [clientItem(record, hash), keyItem(record, hash)]) {
    await dynamoClient()
      .send(new PutCommand({ TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }))
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }
}

type StoredClient = Open311ClientRecord & { keyHash: string };

async function storedClient(keyId: string): Promise<StoredClient | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: clientKey(keyId), ConsistentRead: true }),
  );
  return out.Item ? withoutKeys<StoredClient>(out.Item) : undefined;
}

const withoutHash = ({ keyHash: _hash, ...record }: StoredClient): Open311ClientRecord => record;

export async function getClient(keyId: string): Promise<Open311ClientRecord | undefined> {
  const stored = await storedClient(keyId);
  return stored ? withoutHash(stored) : undefined;
}

/** Every client, newest first (a district issues tens of keys, not thousands: read to the end). */
export async function listClients(): Promise<Open311ClientRecord[]> {
  const found: Open311ClientRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': clientsPartition },
        ScanIndexForward: false,
        ExclusiveStartKey: start,
      }),
    );
    found.push(...(out.Items ?? []).map((item) => withoutHash(withoutKeys<StoredClient>(item))));
    start = out.LastEvaluatedKey;
  } while (start);
  return found;
}

/**
 * Marks the client and its key revoked in one transaction: 'revoked', 'missing' for an unknown client, or
 * 'already' when it was revoked before.
 */
export async function revokeClient(
  keyId: string,
  by: string,
  at: string,
): Promise<{ outcome: 'revoked'; record: Open311ClientRecord } | { outcome: 'missing' | 'already' }> {
  const stored = await storedClient(keyId);
  if (!stored) return { outcome: 'missing' };
  if (stored.revokedAt) return { outcome: 'already' };
  const update = {
    UpdateExpression: 'SET revokedAt = :at, revokedBy = :by',
    ExpressionAttributeValues: { ':at': at, ':by': by },
  };
  const done = await transactIfConditionsHold([
    {
      Update: {
        TableName: table(),
        Key: clientKey(keyId),
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        ...update,
      },
    },
    {
      Update: {
        TableName: table(),
        Key: keyItemKey(stored.keyHash),
        ConditionExpression: 'attribute_exists(pk)',
        ...update,
      },
    },
  ]);
  if (!done) return { outcome: 'already' };
  return { outcome: 'revoked', record: { ...withoutHash(stored), revokedAt: at, revokedBy: by } };
}
