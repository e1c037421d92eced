import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock, setClock } from '../../../functions/src/platform/clock.js';

/**
 * Open311 clients' keys: only the SHA-256 of a key is stored, a key is found by its hash, a client and its key are
 * revoked together. The core table is a small in-memory stand-in that honours the store's conditions.
 */

type Item = Record<string, unknown>;
const items = new Map<string, Item>();
const id = (key: { pk: unknown; sk: unknown }) => `${String(key.pk)}|${String(key.sk)}`;

class ConditionFailed extends Error {
  override name = 'ConditionalCheckFailedException';
}

function conditionHolds(condition: string | undefined, current: Item | undefined) {
  if (!condition) return true;
  if (condition === 'attribute_not_exists(pk)') return !current;
  if (condition === 'attribute_exists(pk)') return Boolean(current);
  if (condition === 'attribute_exists(pk) AND attribute_not_exists(revokedAt)') {
    return Boolean(current) && current?.revokedAt === undefined;
  }
  throw new Error(`condition not understood: ${condition}`);
}

type Write = {
  Put?: { Item: Item; ConditionExpression?: string };
  Update?: { Key: Item; ConditionExpression?: string; ExpressionAttributeValues: Item };
};

function apply(write: Write) {
  if (write.Put) items.set(id(write.Put.Item as never), { ...write.Put.Item });
  if (write.Update) {
    const v = write.Update.ExpressionAttributeValues;
    const current = items.get(id(write.Update.Key as never))!;
    items.set(id(write.Update.Key as never), { ...current, revokedAt: v[':at'], revokedBy: v[':by'] });
  }
}

const holds = (write: Write) => {
  const item = write.Put?.Item ?? write.Update?.Key;
  const condition = write.Put?.ConditionExpression ?? write.Update?.ConditionExpression;
  return conditionHolds(condition, items.get(id(item as never)));
};

vi.mock('../../../functions/src/platform/config.js', () => ({ config: () => ({ tables: { core: 'core' } }) }));
vi.mock('../../../functions/src/platform/aws-clients.js', () => ({
  dynamoClient: () => ({
    send: async (command: { constructor: { name: string }; input: Record<string, never> }) => {
      const input = command.input as Record<string, unknown>;
      switch (command.constructor.name) {
        case 'GetCommand':
          return { Item: items.get(id(input.Key as never)) };
        case 'PutCommand':
          if (!holds({ Put: input as never })) throw new ConditionFailed('put');
          return apply({ Put: input as never });
        case 'QueryCommand': {
          const pk = (input.ExpressionAttributeValues as Item)[':pk'];
          const found = [...items.values()].filter((i) => i.gsi1pk === pk);
          found.sort((a, b) => String(b.gsi1sk).localeCompare(String(a.gsi1sk)));
          return { Items: found };
        }
        case 'TransactWriteCommand': {
          const writes = input.TransactItems as Write[];
          if (!writes.every(holds)) {
            const { TransactionCanceledException } = await import('@aws-sdk/client-dynamodb');
            throw new TransactionCanceledException({
              message: 'cancelled',
              $metadata: {},
              CancellationReasons: writes.map((w) => ({ Code: holds(w) ? 'None' : 'ConditionalCheckFailed' })),
            });
          }
          writes.forEach(apply);
          return {};
        }
        default:
          throw new Error(`unexpected ${command.constructor.name}`);
      }
    },
  }),
}));

const store = await import('../../../functions/src/grid/open311-client-store.js');
const { issueClient, listClients, revokeClient, clientOfKey } =
  await import('../../../functions/src/grid/open311-clients.js');

const dispatcher = { sub: 's-1', username: 'dispatcher1', roles: ['dispatcher' as const] };
const codeOf = async (run: () => Promise<unknown>) =>
  run().then(
    () => 'no error',
    (e: { status?: number; code?: string }) => `${e.status} ${e.code}`,
  );

beforeEach(() => {
  items.clear();
  setClock(fixedClock('2030-03-04T02:00:00.000Z'));
});

describe('Open311 api_keys', () => {
  it('hashes a key with SHA-256 (hex) and makes long, distinct keys', () => {
    expect(store.apiKeyHash('yuexiu-demo-open311-key')).toBe(
      createHash('sha256').update('yuexiu-demo-open311-key').digest('hex'),
    );
    expect(store.apiKeyHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const keys = new Set(Array.from({ length: 50 }, () => store.newApiKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^yx311_[A-Za-z0-9_-]{43}$/);
  });

  it('issues a client whose key opens POST requests, storing the hash and never the key', async () => {
    const { record, apiKey } = await issueClient(dispatcher, { name: '羊城通 App', contact: 'dev@example.org' });
    expect(record).toMatchObject({
      name: '羊城通 App',
      createdBy: 'dispatcher1',
      createdAt: '2030-03-04T02:00:00.000Z',
    });
    expect(record.keyId).toMatch(/^k-[a-z0-9]{22}$/);
    const stored = JSON.stringify([...items.entries()]);
    expect(stored).not.toContain(apiKey);
    expect(stored).toContain(store.apiKeyHash(apiKey));
    expect(await clientOfKey(apiKey)).toEqual({ keyId: record.keyId, revoked: false });
    expect(await clientOfKey(`${apiKey}x`)).toBeUndefined();
    const listed = await listClients();
    expect(listed).toEqual([record]);
    expect(JSON.stringify(listed)).not.toContain(store.apiKeyHash(apiKey));
  });

  it('revokes a client and its key together, once; an unknown client is not found', async () => {
    const { record, apiKey } = await issueClient(dispatcher, { name: 'Client A', contact: '020-12345678' });
    setClock(fixedClock('2030-03-05T01:00:00.000Z'));
    const revoked = await revokeClient(dispatcher, record.keyId);
    expect(revoked).toMatchObject({ revokedAt: '2030-03-05T01:00:00.000Z', revokedBy: 'dispatcher1' });
    expect(await clientOfKey(apiKey)).toEqual({ keyId: record.keyId, revoked: true });
    expect((await listClients())[0]?.revokedAt).toBe('2030-03-05T01:00:00.000Z');
    expect(await codeOf(() => revokeClient(dispatcher, record.keyId))).toBe('409 API_KEY_REVOKED');
    expect(await codeOf(() => revokeClient(dispatcher, 'k-unknown'))).toBe('404 NOT_FOUND');
    expect(await codeOf(() => revokeClient(dispatcher, '../X'))).toBe('404 NOT_FOUND');
  });

  it('seeds a client only where it is not stored, keeping a revocation, and reads keys registered before records', async () => {
    const demo = { keyId: 'demo-client', name: 'Demo', contact: 'x@example.org', createdBy: 'system', createdAt: 't' };
    await store.ensureClient(demo, 'demo-key');
    await revokeClient(dispatcher, 'demo-client');
    await store.ensureClient(demo, 'demo-key');
    expect(await clientOfKey('demo-key')).toEqual({ keyId: 'demo-client', revoked: true });

    items.set(`OPEN311KEY#${store.apiKeyHash('old-key')}|META`, { client: 'old-client', registeredAt: 't' });
    expect(await clientOfKey('old-key')).toEqual({ keyId: 'old-client', revoked: false });
  });
});
