import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { tables } from '../../functions/src/platform/resources.js';
import { headShardOf } from '../../functions/src/registries/store.js';
import { localTableInput, provision } from '../../infra/local/provision.js';

/**
 * A local cloud started on a `.data/` from before the registry table's `heads` index: the start adds the index
 * and gives the registries' existing heads their shard, so the quality job sees them (and nothing else gains one).
 */
const env = inject('cloud').env;
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const dynamo = new DynamoDBClient({ region: 'ap-east-1', endpoint: env.AWS_ENDPOINT_URL_DYNAMODB, credentials });
const doc = DynamoDBDocumentClient.from(dynamo);
const s3 = new S3Client({ region: 'ap-east-1', endpoint: env.AWS_ENDPOINT_URL_S3, credentials, forcePathStyle: true });

afterAll(() => {
  dynamo.destroy();
  s3.destroy();
});

describe('starting on an older registry table', () => {
  it('adds the heads index and backfills the registries’ heads only', async () => {
    const stage = `upgrade${randomBytes(4).toString('hex')}`;
    const current = localTableInput(stage, tables.registry);
    const older = {
      ...current,
      GlobalSecondaryIndexes: current.GlobalSecondaryIndexes!.filter((i) => i.IndexName !== 'heads'),
      AttributeDefinitions: current.AttributeDefinitions!.filter((a) => a.AttributeName !== 'headShard'),
    };
    await dynamo.send(new CreateTableCommand(older));
    const table = current.TableName!;
    await doc.send(new PutCommand({ TableName: table, Item: { pk: 'PERSON#abc', sk: 'HEAD', kind: 'persons' } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: 'PERSON#abc', sk: 'V#000001', kind: 'persons' } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: 'PROFILE#x', sk: 'HEAD', name: 'not a registry' } }));

    await provision(stage, dynamo, s3);

    const described = await dynamo.send(new DescribeTableCommand({ TableName: table }));
    expect(described.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(['blind', 'heads']);
    const shard = headShardOf('persons', 'PERSON#abc');
    const heads = await doc.send(
      new QueryCommand({
        TableName: table,
        IndexName: 'heads',
        KeyConditionExpression: 'headShard = :s',
        ExpressionAttributeValues: { ':s': shard },
      }),
    );
    expect(heads.Items?.map((i) => [i.pk, i.sk])).toEqual([['PERSON#abc', 'HEAD']]);
  });
});
