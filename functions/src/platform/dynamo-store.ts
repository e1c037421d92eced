/**
 * The DynamoDB patterns the stores share: a Query read to its end, a transaction whose conditions may fail
 * (optimistic locking, write-once records), a counter's next number, and a stored item without its keys.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from './aws-clients.js';

export type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** Every item the Query matches, page after page. */
export async function queryAll(
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** True when a write was refused because one of its conditions failed (single write or transaction). */
export function isConditionFailure(error: unknown): boolean {
  if (error instanceof TransactionCanceledException) {
    return (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
  }
  return (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
}

/**
 * Runs the transaction; false when one of its conditions failed (someone else wrote first, or a write-once
 * record exists): nothing is written then. Any other failure is thrown.
 */
export async function transactIfConditionsHold(items: TransactItems): Promise<boolean> {
  try {
    await dynamoClient().send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

const keyNames = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];

/** A stored item as its record: without the table's and the indexes' keys (and any `extra` attribute). */
export function withoutKeys<T>(item: Record<string, unknown>, ...extra: string[]): T {
  const copy = { ...item };
  for (const key of [...keyNames, ...extra]) delete copy[key];
  return copy as T;
}

/** The next number (1, 2, …) of the counter item `counter` (an atomic ADD: two callers never get the same). */
export async function nextInSequence(tableName: string | undefined, counter: string): Promise<number> {
  const out = await dynamoClient().send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: counter, sk: 'META' },
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: { '#n': 'value' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.value);
}
