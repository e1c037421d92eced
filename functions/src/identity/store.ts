/**
 * Access patterns (registry table):
 * - get a user's profile: GetItem pk=USER#<sub>, sk=PROFILE
 * - save it with optimistic locking: PutItem with a condition on `version`
 * - find the user with a resident ID number: Query GSI `blind` on blindIndex=<HMAC of the number>, sk=PROFILE
 *
 * Personal data is never stored in plaintext: `phoneEnc` / `idNumberEnc` hold envelope-encrypted values
 * (platform/personal-data), `phoneMasked` / `idNumberMasked` the masked forms shown by default (so an
 * ordinary read needs no key), `blindIndex` the HMAC of the ID number for lookup.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';

export interface ProfileRecord {
  name: string;
  email?: string;
  phoneEnc?: string;
  phoneMasked?: string;
  idNumberEnc?: string;
  idNumberMasked?: string;
  blindIndex?: string;
  version: number;
  updatedAt: string;
}

const profileSortKey = 'PROFILE';

/** The record key encrypted fields are bound to (part of their AAD). */
export const userRecordKey = (sub: string) => `USER#${sub}`;
const key = (sub: string) => ({ pk: userRecordKey(sub), sk: profileSortKey });

export async function getProfile(sub: string): Promise<ProfileRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: config().tables.registry, Key: key(sub) }));
  if (!out.Item) return undefined;
  const { name, email, phoneEnc, phoneMasked, idNumberEnc, idNumberMasked, blindIndex, version, updatedAt } =
    out.Item as ProfileRecord;
  return { name, email, phoneEnc, phoneMasked, idNumberEnc, idNumberMasked, blindIndex, version, updatedAt };
}

/** Writes version `expected + 1`; returns false when someone else saved first. */
export async function putProfile(sub: string, profile: ProfileRecord, expected: number): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: config().tables.registry,
        Item: { ...key(sub), ...profile },
        ConditionExpression: expected === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
        ExpressionAttributeValues: expected === 0 ? undefined : { ':expected': expected },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** The subjects of the profiles with this blind index (at most two: enough to tell one from many). */
export async function subsByBlindIndex(blindIndex: string): Promise<string[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: config().tables.registry,
      IndexName: 'blind',
      KeyConditionExpression: 'blindIndex = :blind AND sk = :sk',
      ExpressionAttributeValues: { ':blind': blindIndex, ':sk': profileSortKey },
      ProjectionExpression: 'pk',
      Limit: 2,
    }),
  );
  return (out.Items ?? []).map((item) => String(item.pk).slice('USER#'.length));
}
