/**
 * Access patterns (registry table):
 * - get a user's profile: GetItem pk=USER#<sub>, sk=PROFILE
 * - save it with optimistic locking: PutItem with a condition on `version`
 * - find the profiles carrying a resident ID number: Query GSI `blind` on blindIndex=<HMAC>, sk=PROFILE
 * - the one account a resident ID number is bound to (after real-name verification): GetItem
 *   pk=RESIDENT-ID#<HMAC of the number>, sk=BINDING; created by a conditional write (attribute_not_exists or
 *   already this account's), in one transaction with the profile that claims it and the release of the
 *   profile's previous number, so two accounts can never hold one number (issue 10 §2)
 *
 * Personal data is never stored in plaintext: `phoneEnc` / `idNumberEnc` hold envelope-encrypted values
 * (platform/personal-data), `phoneMasked` / `idNumberMasked` the masked forms shown by default (so an
 * ordinary read needs no key), `blindIndex` the HMAC of the ID number for lookup.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
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
  /** Which real-name verifier confirmed the name and ID number, and when. */
  idVerifiedBy?: string;
  idVerifiedAt?: string;
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
  const { idVerifiedBy, idVerifiedAt } = out.Item as ProfileRecord;
  return {
    name,
    email,
    phoneEnc,
    phoneMasked,
    idNumberEnc,
    idNumberMasked,
    blindIndex,
    idVerifiedBy,
    idVerifiedAt,
    version,
    updatedAt,
  };
}

const bindingKey = (blindIndex: string) => ({ pk: `RESIDENT-ID#${blindIndex}`, sk: 'BINDING' });

/** The account a resident ID number (by blind index) is bound to, if any. */
export async function getBinding(blindIndex: string): Promise<{ sub: string } | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: config().tables.registry, Key: bindingKey(blindIndex), ConsistentRead: true }),
  );
  return out.Item ? { sub: String(out.Item.sub) } : undefined;
}

/** How the ID binding changes with a profile save: bind a new number, release the old one. */
export interface BindingChange {
  bind?: { blindIndex: string; source: string; at: string };
  release?: string;
}

export type SaveOutcome = 'saved' | 'stale' | 'taken';

/**
 * Writes version `expected + 1` and moves the ID binding, all or nothing: 'stale' when someone else saved
 * first, 'taken' when the new number is bound to another account.
 */
export async function putProfile(
  sub: string,
  profile: ProfileRecord,
  expected: number,
  change: BindingChange = {},
): Promise<SaveOutcome> {
  const TableName = config().tables.registry;
  const profilePut = {
    TableName,
    Item: { ...key(sub), ...profile },
    ConditionExpression: expected === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
    ExpressionAttributeValues: expected === 0 ? undefined : { ':expected': expected },
  };
  if (!change.bind && !change.release) {
    try {
      await dynamoClient().send(new PutCommand(profilePut));
      return 'saved';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'stale';
      throw error;
    }
  }
  const mine = { ':sub': sub };
  const items = [
    { Put: profilePut },
    ...(change.bind
      ? [
          {
            Put: {
              TableName,
              Item: {
                ...bindingKey(change.bind.blindIndex),
                sub,
                verifiedBy: change.bind.source,
                boundAt: change.bind.at,
              },
              ConditionExpression: 'attribute_not_exists(pk) OR #sub = :sub',
              ExpressionAttributeNames: { '#sub': 'sub' },
              ExpressionAttributeValues: mine,
            },
          },
        ]
      : []),
    ...(change.release
      ? [
          {
            Delete: {
              TableName,
              Key: bindingKey(change.release),
              ConditionExpression: 'attribute_not_exists(pk) OR #sub = :sub',
              ExpressionAttributeNames: { '#sub': 'sub' },
              ExpressionAttributeValues: mine,
            },
          },
        ]
      : []),
  ];
  try {
    await dynamoClient().send(new TransactWriteCommand({ TransactItems: items }));
    return 'saved';
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'stale';
      if (change.bind && reasons[1]?.Code === 'ConditionalCheckFailed') return 'taken';
      if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) return 'stale';
    }
    throw error;
  }
}

/** The subjects of the profiles carrying this blind index (at most three: enough to show one from many). */
export async function subsByBlindIndex(blindIndex: string): Promise<string[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: config().tables.registry,
      IndexName: 'blind',
      KeyConditionExpression: 'blindIndex = :blind AND sk = :sk',
      ExpressionAttributeValues: { ':blind': blindIndex, ':sk': profileSortKey },
      ProjectionExpression: 'pk',
      Limit: 3,
    }),
  );
  return (out.Items ?? []).map((item) => String(item.pk).slice('USER#'.length));
}
