import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import { backfillHeadShards } from './registry-heads-backfill.js';
import {
  allBuckets,
  allTables,
  physicalName,
  type KeyAttribute,
  type TableDefinition,
} from '../../functions/src/platform/resources.js';

/**
 * Creates the local cloud's tables and buckets from the same definitions the CDK app uses
 * (tests/infra/no-drift.test.ts compares these inputs with the synthesized template).
 */
export function localTableInput(stage: string, table: TableDefinition): CreateTableCommandInput {
  const attributes = new Map<string, KeyAttribute>();
  const add = (a?: KeyAttribute) => a && attributes.set(a.name, a);
  add(table.partitionKey);
  add(table.sortKey);
  for (const index of table.indexes) {
    add(index.partitionKey);
    add(index.sortKey);
  }
  const keySchema = (p: KeyAttribute, s?: KeyAttribute) => [
    { AttributeName: p.name, KeyType: 'HASH' as const },
    ...(s ? [{ AttributeName: s.name, KeyType: 'RANGE' as const }] : []),
  ];
  return {
    TableName: physicalName(stage, table.id),
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes.values()].map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    GlobalSecondaryIndexes:
      table.indexes.length === 0
        ? undefined
        : table.indexes.map((i) => ({
            IndexName: i.name,
            KeySchema: keySchema(i.partitionKey, i.sortKey),
            Projection: { ProjectionType: 'ALL' },
          })),
  };
}

export function localTableInputs(stage: string): CreateTableCommandInput[] {
  return allTables.map((t) => localTableInput(stage, t));
}

export function localBucketNames(stage: string): string[] {
  return allBuckets.map((b) => physicalName(stage, b.id));
}

/**
 * Adds the global secondary indexes a table's definition gained since `.data/` was created (as CDK does on
 * AWS), so an existing local cloud keeps working after an upgrade.
 */
async function addMissingIndexes(dynamo: DynamoDBClient, input: CreateTableCommandInput): Promise<string[]> {
  const added: string[] = [];
  const described = await dynamo.send(new DescribeTableCommand({ TableName: input.TableName }));
  const present = new Set((described.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    if (present.has(index.IndexName)) continue;
    const names = new Set(index.KeySchema?.map((k) => k.AttributeName));
    await dynamo.send(
      new UpdateTableCommand({
        TableName: input.TableName,
        AttributeDefinitions: input.AttributeDefinitions?.filter((a) => names.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [
          { Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection } },
        ],
      }),
    );
    added.push(index.IndexName!);
  }
  if (added.length > 0) await untilIndexesActive(dynamo, input.TableName!);
  return added;
}

/**
 * Waits until every index of a table is ACTIVE: DynamoDB Local reports a new index CREATING for a moment and
 * refuses writes to the table meanwhile (InternalFailure), so a backfill must not start before. Bounded: a
 * local table's index builds in well under a minute.
 */
async function untilIndexesActive(dynamo: DynamoDBClient, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const described = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    const statuses = (described.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexStatus);
    if (statuses.every((status) => status === 'ACTIVE')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${tableName}: its new indexes did not become ACTIVE within a minute`);
}

/** Creates whatever is missing; existing tables and buckets are left as they are (but gain new indexes). */
export async function provision(stage: string, dynamo: DynamoDBClient, s3: S3Client): Promise<void> {
  const existing = new Set((await dynamo.send(new ListTablesCommand({}))).TableNames ?? []);
  for (const table of allTables) {
    const input = localTableInput(stage, table);
    if (!existing.has(input.TableName!)) await dynamo.send(new CreateTableCommand(input));
    else if ((await addMissingIndexes(dynamo, input)).includes('heads') && table.id === 'registry')
      await backfillHeadShards(dynamo, input.TableName!);
    if (table.timeToLiveAttribute) {
      const ttl = await dynamo.send(new DescribeTimeToLiveCommand({ TableName: input.TableName }));
      if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
        await dynamo.send(
          new UpdateTimeToLiveCommand({
            TableName: input.TableName,
            TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
          }),
        );
      }
    }
  }
  const buckets = new Set(((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name));
  for (const name of localBucketNames(stage)) {
    if (!buckets.has(name)) await s3.send(new CreateBucketCommand({ Bucket: name }));
  }
}
