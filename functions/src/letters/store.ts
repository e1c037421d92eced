/**
 * Access patterns (core table):
 * - a letter: GetItem pk=LETTER#<id>, sk=META; every change is a conditional put on `version`
 * - an anonymous letter by its query code: GetItem pk=LETTERCODE#<blind index>, sk=META → letterId,
 *   written with the letter in one transaction
 * - my letters, newest first: Query gsi2 gsi2pk=LETTERS#OWNER#<sub>, gsi2sk=<writtenAt>#<id>
 * - published Q&A, newest first: Query gsi1 gsi1pk=LETTERS#PUBLIC (sparse: published letters only),
 *   gsi1sk=<publishedAt>#<id>; by topic gsi1pk=LETTERS#PUBLIC#<topic>… is not needed yet (filtered in memory
 *   over a page)
 * - letter numbers: one atomic counter per day, COUNTER#LETTER#<yyyymmdd>
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { LetterRecord } from './model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `LETTER#${id}`, sk: 'META' });
const codeKey = (index: string) => ({ pk: `LETTERCODE#${index}`, sk: 'META' });
const tokenKey = (owner: string, token: string) => ({ pk: `LETTERTOKEN#${owner}#${token}`, sk: 'META' });
const publicPartition = 'LETTERS#PUBLIC';

/** The index keys a letter is found by (mine, published). */
function indexKeys(record: LetterRecord) {
  return {
    ...(record.owner
      ? { gsi2pk: `LETTERS#OWNER#${record.owner}`, gsi2sk: `${record.writtenAt}#${record.letterId}` }
      : {}),
    ...(record.published
      ? { gsi1pk: publicPartition, gsi1sk: `${record.published.publishedAt}#${record.letterId}` }
      : {}),
  };
}

function strip(item: Record<string, unknown>): LetterRecord {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, ...rest } = item;
  return rest as unknown as LetterRecord;
}

/** The next number of the day (1, 2, …). */
export async function nextLetterSequence(day: string): Promise<number> {
  const out = await dynamoClient().send(
    new UpdateCommand({
      TableName: table(),
      Key: { pk: `COUNTER#LETTER#${day}`, sk: 'META' },
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: { '#n': 'value' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.value);
}

/** A write another store makes in the same transaction (the letter's work item). */
export interface AlsoPut {
  Put: { TableName: string | undefined; Item: Record<string, unknown>; ConditionExpression: string };
}

/** The letter a submission token (of an account, or `anonymous`) wrote, if any. */
export async function letterIdForToken(owner: string, submissionToken: string): Promise<string | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: tokenKey(owner, submissionToken), ConsistentRead: true }),
  );
  return typeof out.Item?.letterId === 'string' ? out.Item.letterId : undefined;
}

/**
 * Writes a new letter with its submission token, for an anonymous one the pointer from its query code, and
 * `alsoPut` (its inbox item), in one transaction; false when the token was used already.
 */
export async function insertLetter(
  record: LetterRecord,
  token: { owner: string; submissionToken: string },
  alsoPut: readonly AlsoPut[] = [],
): Promise<boolean> {
  const tokenPut = {
    Put: {
      TableName: table(),
      Item: { ...tokenKey(token.owner, token.submissionToken), letterId: record.letterId },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const letter = {
    Put: {
      TableName: table(),
      Item: { ...key(record.letterId), ...indexKeys(record), ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const pointer = record.queryIndex
    ? [
        {
          Put: {
            TableName: table(),
            Item: { ...codeKey(record.queryIndex), letterId: record.letterId },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]
    : [];
  try {
    await dynamoClient().send(new TransactWriteCommand({ TransactItems: [tokenPut, letter, ...pointer, ...alsoPut] }));
    return true;
  } catch (error) {
    if (
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
    )
      return false;
    throw error;
  }
}

export async function getLetter(id: string): Promise<LetterRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key(id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : undefined;
}

/** The letter whose query code has this blind index. */
export async function letterIdForCode(index: string): Promise<string | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: codeKey(index) }));
  return typeof out.Item?.letterId === 'string' ? out.Item.letterId : undefined;
}

/**
 * Replaces a letter if nobody changed it since `record.version - 1`, with `alsoPut` in the same transaction;
 * false when someone changed the letter.
 */
export async function saveLetter(record: LetterRecord, alsoPut: readonly AlsoPut[] = []): Promise<boolean> {
  const put = {
    TableName: table(),
    Item: { ...key(record.letterId), ...indexKeys(record), ...record },
    ConditionExpression: 'version = :previous',
    ExpressionAttributeValues: { ':previous': record.version - 1 },
  };
  try {
    if (alsoPut.length === 0) await dynamoClient().send(new PutCommand(put));
    else await dynamoClient().send(new TransactWriteCommand({ TransactItems: [{ Put: put }, ...alsoPut] }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    // In a transaction, the letter's own condition is the first: only its failure means "changed meanwhile".
    if (
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
    )
      return false;
    throw error;
  }
}

/** The letters of an account, newest first (at most 200). */
export async function lettersOf(owner: string): Promise<LetterRecord[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': `LETTERS#OWNER#${owner}` },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return (out.Items ?? []).map(strip);
}

/** Published letters, newest first, `limit` from after `before` (a gsi1sk). */
export async function publishedLetters(limit: number, before?: string): Promise<LetterRecord[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: before ? 'gsi1pk = :pk AND gsi1sk < :before' : 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': publicPartition, ...(before ? { ':before': before } : {}) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(strip);
}

/** The gsi1 sort key of a published letter, for paging. */
export const publicSortKey = (record: LetterRecord) =>
  record.published ? `${record.published.publishedAt}#${record.letterId}` : undefined;
