import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { isConditionFailure, withoutKeys } from '../../../functions/src/platform/dynamo-store.js';

const cancelled = (codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('the stores’ shared DynamoDB patterns', () => {
  it('tells a failed condition from other refusals', () => {
    expect(isConditionFailure(cancelled(['None', 'ConditionalCheckFailed']))).toBe(true);
    expect(isConditionFailure(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }))).toBe(true);
    // A conflict with another transaction, or throttling, is not "someone else wrote first": it is thrown.
    expect(isConditionFailure(cancelled(['TransactionConflict', 'None']))).toBe(false);
    expect(isConditionFailure(new Error('ProvisionedThroughputExceeded'))).toBe(false);
    expect(isConditionFailure(undefined)).toBe(false);
  });

  it('returns a stored item as its record, without the table’s and indexes’ keys', () => {
    const item = { pk: 'NOTICE#1', sk: 'HEAD', gsi1pk: 'a', gsi1sk: 'b', gsi2pk: 'c', gsi2sk: 'd', title: 't', n: 2 };
    expect(withoutKeys(item)).toEqual({ title: 't', n: 2 });
    expect(withoutKeys(item, 'n')).toEqual({ title: 't' });
    expect(item.pk).toBe('NOTICE#1');
  });
});
