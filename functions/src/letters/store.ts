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
 * - a letter by its number (the public letter page): GetItem pk=LETTERNO#<letterNumber>, sk=META → letterId,
 *   written with the letter in one transaction (numbers never change)
 * - every letter in order of writing (supervision's figures): Query pk=LETTERS#WRITTEN, sk=<writtenAt>#<id>
 *   between two instants, then BatchGet the letters. The pointer is written with the letter and never changes
 *   (a re-routing moves the letter, not the moment it was written); the mailbox holds thousands of letters
 *   in twenty years, far below one partition's limits.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { nextInSequence } from '../platform/dynamo-store.js';
import type { LetterRecord } from './model.js';

const table = () => config().tables.core;
const key = (id: string) => ({ pk: `LETTER#${id}`, sk: 'META' });
const codeKey = (index: string) => ({ pk: `LETTERCODE#${index}`, sk: 'META' });
const numberKey = (letterNumber: string) => ({ pk: `LETTERNO#${letterNumber}`, sk: 'META' });
const tokenKey = (owner: string, token: string) => ({ pk: `LETTERTOKEN#${owner}#${token}`, sk: 'META' });
const publicPartition = 'LETTERS#PUBLIC';
const writtenPartition = 'LETTERS#WRITTEN';
const writtenKey = (record: Pick<LetterRecord, 'writtenAt' | 'letterId'>) => ({
  pk: writtenPartition,
  sk: `${record.writtenAt}#${record.letterId}`,
});

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
export const nextLetterSequence = (day: string): Promise<number> => nextInSequence(table(), `COUNTER#LETTER#${day}`);

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
  const written = {
    Put: {
      TableName: table(),
      Item: { ...writtenKey(record), letterId: record.letterId },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const byNumber = {
    Put: {
      TableName: table(),
      Item: { ...numberKey(record.letterNumber), letterId: record.letterId },
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
    await dynamoClient().send(
      new TransactWriteCommand({ TransactItems: [tokenPut, letter, written, byNumber, ...pointer, ...alsoPut] }),
    );
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

/** The letter with this number. */
export async function letterIdForNumber(letterNumber: string): Promise<string | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: numberKey(letterNumber) }));
  return typeof out.Item?.letterId === 'string' ? out.Item.letterId : undefined;
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

/**
 * Writes a letter's entry in the written partition if it has none (letters stored before the partition
 * existed, e.g. demo letters of an older `.data/`); true when it wrote one.
 */
export async function ensureWrittenEntry(record: Pick<LetterRecord, 'writtenAt' | 'letterId'>): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: table(),
        Item: { ...writtenKey(record), letterId: record.letterId },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** BatchGetItem reads at most 100 keys a call. */
const batchSize = 100;

/**
 * The letters written between `since` and `until` (ISO instants, both optional, `until` exclusive), in order
 * of writing: the ids from the written partition, then the letters in batches of 100.
 */
export async function lettersWritten(period: { since?: string; until?: string } = {}): Promise<LetterRecord[]> {
  const ids: string[] = [];
  const range =
    period.since && period.until
      ? {
          condition: 'pk = :pk AND sk BETWEEN :since AND :until',
          values: { ':since': period.since, ':until': period.until },
        }
      : period.since
        ? { condition: 'pk = :pk AND sk >= :since', values: { ':since': period.since } }
        : period.until
          ? { condition: 'pk = :pk AND sk < :until', values: { ':until': period.until } }
          : { condition: 'pk = :pk', values: {} };
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: range.condition,
        ExpressionAttributeValues: { ':pk': writtenPartition, ...range.values },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      // BETWEEN includes its upper end: a letter written exactly at `until` belongs to the next period.
      if (period.until && String(item.sk) >= period.until) continue;
      if (typeof item.letterId === 'string') ids.push(item.letterId);
    }
    start = out.LastEvaluatedKey;
  } while (start);
  const name = String(table());
  const letters = new Map<string, LetterRecord>();
  for (let i = 0; i < ids.length; i += batchSize) {
    let keys: Record<string, unknown>[] = ids.slice(i, i + batchSize).map(key);
    while (keys.length > 0) {
      const out: BatchGetCommandOutput = await dynamoClient().send(
        new BatchGetCommand({ RequestItems: { [name]: { Keys: keys } } }),
      );
      for (const item of out.Responses?.[name] ?? []) {
        const record = strip(item);
        letters.set(record.letterId, record);
      }
      keys = out.UnprocessedKeys?.[name]?.Keys ?? [];
    }
  }
  return ids.flatMap((id) => letters.get(id) ?? []);
}
