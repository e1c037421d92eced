import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { registryKinds } from '../../functions/src/registries/model.js';
import { headShardOf } from '../../functions/src/registries/store.js';

/**
 * A local cloud whose `.data/` predates the registry table's sparse `heads` index gains the index at start
 * (provision.ts), but its records' heads do not carry `headShard` until written again. This gives each one its
 * shard once, so the quality job (which reads heads through the index only) sees every record. Local tooling:
 * it may Scan, which no application function may.
 */
export async function backfillHeadShards(dynamo: DynamoDBClient, tableName: string): Promise<number> {
  const doc = DynamoDBDocumentClient.from(dynamo);
  const kinds = Object.fromEntries(registryKinds.map((kind, i) => [`:k${i}`, kind]));
  let start: Record<string, unknown> | undefined;
  let updated = 0;
  do {
    const out = await doc.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: `sk = :head AND attribute_not_exists(headShard) AND kind IN (${Object.keys(kinds).join(', ')})`,
        ProjectionExpression: 'pk, kind',
        ExpressionAttributeValues: { ':head': 'HEAD', ...kinds },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: 'HEAD' },
          UpdateExpression: 'SET headShard = :shard',
          ExpressionAttributeValues: { ':shard': headShardOf(item.kind, String(item.pk)) },
        }),
      );
      updated++;
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return updated;
}
