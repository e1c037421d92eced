/**
 * Access patterns of machine clients (core table):
 * - a client: GetItem pk=MCLIENT#<clientId>, sk=META → department, system, scopes, the secret's SHA-256, revocation;
 *   every change is a conditional put on `version`
 * - a department's clients, newest first: Query gsi1 gsi1pk=MCLIENTS#<department>, gsi1sk=<createdAt>#<clientId>
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { isConditionFailure, queryAll, withoutKeys } from '../platform/dynamo-store.js';
import type { MachineClientRecord } from './machine-client-model.js';

const table = () => config().tables.core;
const key = (clientId: string) => ({ pk: `MCLIENT#${clientId}`, sk: 'META' });

export const secretHash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A new client secret: 32 random bytes, base64url. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Whether `secret` is the client's current one (compared in constant time). */
export function secretMatches(record: MachineClientRecord, secret: string): boolean {
  const given = Buffer.from(secretHash(secret), 'hex');
  const kept = Buffer.from(record.secretHash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}

/** Writes `record` as new (version 1) or over version `record.version - 1`; false when someone wrote first. */
export async function putClient(record: MachineClientRecord): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: table(),
        Item: {
          ...key(record.clientId),
          gsi1pk: `MCLIENTS#${record.department}`,
          gsi1sk: `${record.createdAt}#${record.clientId}`,
          ...record,
        },
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
