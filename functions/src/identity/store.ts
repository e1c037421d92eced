/**
 * Access patterns (registry table):
 * - get a user's profile: GetItem pk=USER#<sub>, sk=PROFILE
 * - save it with optimistic locking: PutItem with a condition on `version`
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { Profile } from './model.js';

const key = (sub: string) => ({ pk: `USER#${sub}`, sk: 'PROFILE' });

export async function getProfile(sub: string): Promise<Profile | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: config().tables.registry, Key: key(sub) }));
  if (!out.Item) return undefined;
  const { name, phone, email, version, updatedAt } = out.Item as Profile;
  return { name, phone, email, version, updatedAt };
}

/** Writes version `expected + 1`; returns false when someone else saved first. */
export async function putProfile(sub: string, profile: Profile, expected: number): Promise<boolean> {
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
