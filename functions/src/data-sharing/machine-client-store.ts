/**
 * Access patterns of machine clients (core table):
 * - a client: GetItem pk=MCLIENT#<clientId>, sk=META → department, system, scopes, the directory and the issued client
 *   id, the secret's SHA-256 (local directory only), revocation; every change is a conditional put on `version`
 * - a token's client: GetItem pk=MCLIENTISSUED#<issuedClientId>, sk=META → clientId, written with the client when the
 *   directory issues another id than ours (Cognito's app client id), so the API maps a token's `client_id` to its
 *   department system and department
 * - a department's clients, newest first: Query gsi1 gsi1pk=MCLIENTS#<department>, gsi1sk=<createdAt>#<clientId>
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import {
  isConditionFailure,
  queryAll,
  transactIfConditionsHold,
  type TransactItems,
  withoutKeys,
} from '../platform/dynamo-store.js';
import { machineClientId, type MachineClientRecord } from './machine-client-model.js';

const table = () => config().tables.core;
const key = (clientId: string) => ({ pk: `MCLIENT#${clientId}`, sk: 'META' });
const issuedKey = (issuedClientId: string) => ({ pk: `MCLIENTISSUED#${issuedClientId}`, sk: 'META' });

export const secretHash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A new client secret: 32 random bytes, base64url. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Whether `secret` is the client's current one (compared in constant time). */
export function secretMatches(record: MachineClientRecord, secret: string): boolean {
  const given = Buffer.from(secretHash(secret), 'hex');
  if (!record.secretHash) return false;
  const kept = Buffer.from(record.secretHash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}

const itemOf = (record: MachineClientRecord) => ({
  ...key(record.clientId),
  gsi1pk: `MCLIENTS#${record.department}`,
  gsi1sk: `${record.createdAt}#${record.clientId}`,
  ...record,
});

/**
 * Writes `record` as new (version 1) or over version `record.version - 1`; false when someone wrote first. A new
 * client whose directory issued another id than ours gets the pointer from that id in the same transaction.
 */
export async function putClient(record: MachineClientRecord): Promise<boolean> {
  if (record.version === 1 && record.issuedClientId && record.issuedClientId !== record.clientId) {
    const isNew = { ConditionExpression: 'attribute_not_exists(pk)' };
    const items: TransactItems = [
      { Put: { TableName: table(), Item: itemOf(record), ...isNew } },
      {
        Put: {
          TableName: table(),
          Item: { ...issuedKey(record.issuedClientId), clientId: record.clientId },
          ...isNew,
        },
      },
    ];
    return transactIfConditionsHold(items);
  }
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: table(),
        Item: itemOf(record),
        ...(record.version === 1
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#v = :v',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':v': record.version - 1 },
            }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function getClient(clientId: string): Promise<MachineClientRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: key(clientId), ConsistentRead: true }),
  );
  return out.Item ? withoutKeys<MachineClientRecord>(out.Item) : undefined;
}

export async function clientsOf(department: string): Promise<MachineClientRecord[]> {
  const items = await queryAll({
    TableName: table(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': `MCLIENTS#${department}` },
    ScanIndexForward: false,
  });
  return items.map((i) => withoutKeys<MachineClientRecord>(i));
}

/**
 * The client whose tokens carry `issuedClientId` as `client_id` (ours locally, Cognito's app client id on AWS), or
 * undefined for a client we never registered.
 */
export async function clientOfToken(issuedClientId: string): Promise<MachineClientRecord | undefined> {
  const issuedBy = (record: MachineClientRecord | undefined) =>
    record && (record.issuedClientId ?? record.clientId) === issuedClientId ? record : undefined;
  if (machineClientId.safeParse(issuedClientId).success) return issuedBy(await getClient(issuedClientId));
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: issuedKey(issuedClientId), ConsistentRead: true }),
  );
  const clientId = out.Item?.clientId;
  return typeof clientId === 'string' ? issuedBy(await getClient(clientId)) : undefined;
}
