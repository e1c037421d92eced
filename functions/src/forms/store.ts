/**
 * Access patterns (registry table, which holds personal data under its own key):
 * - a citizen's draft of one item's form: GetItem pk=USER#<sub>, sk=DRAFT#<item code>
 * - save it with optimistic locking: PutItem with a condition on `version`
 * - discard it: DeleteItem
 *
 * The answers are personal data (names, ID numbers): `answersEnc` holds them envelope-encrypted, bound
 * to the record. Drafts expire (`expiresAt`, DynamoDB TTL on AWS) 90 days after their last save.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';

export interface DraftRecord {
  code: string;
  answersEnc: string;
  /** The item version the form was filled against. */
  itemVersion: number;
  version: number;
  updatedAt: string;
  expiresAt: number;
}

export const draftRecordKey = (sub: string, code: string) => `USER#${sub}/DRAFT#${code}`;
const key = (sub: string, code: string) => ({ pk: `USER#${sub}`, sk: `DRAFT#${code}` });

export async function getDraft(sub: string, code: string): Promise<DraftRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: config().tables.registry, Key: key(sub, code) }));
  if (!out.Item) return undefined;
  const { answersEnc, itemVersion, version, updatedAt, expiresAt } = out.Item as DraftRecord;
  return { code, answersEnc, itemVersion, version, updatedAt, expiresAt };
}

/** Writes version `expected + 1`; false when another device saved first. */
export async function putDraft(sub: string, draft: DraftRecord, expected: number): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: config().tables.registry,
        Item: { ...key(sub, draft.code), ...draft },
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

/** Deletes the draft; true when there was one. */
export async function deleteDraft(sub: string, code: string): Promise<boolean> {
  const out = await dynamoClient().send(
    new DeleteCommand({ TableName: config().tables.registry, Key: key(sub, code), ReturnValues: 'ALL_OLD' }),
  );
  return out.Attributes !== undefined;
}
