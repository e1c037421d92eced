import { DeleteTableCommand, ListTablesCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteBucketCommand,
  DeleteObjectsCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Namespace, Resources } from './port.js';

/**
 * Deletes a restored namespace: its tables, and its buckets after emptying them (restored buckets are not
 * versioned, so deleting the current objects empties them). What is already gone is skipped.
 */
export async function discardNamespace(
  dynamo: DynamoDBClient,
  s3: S3Client,
  resources: Resources,
  namespace: Namespace,
): Promise<void> {
  for (const table of resources.tables) {
    await dynamo
      .send(new DeleteTableCommand({ TableName: namespace.tables[table.id]! }))
      .catch(ignore('ResourceNotFoundException'));
  }
  for (const bucket of resources.buckets) {
    const name = namespace.buckets[bucket.id]!;
    try {
      for (;;) {
        const page = await s3.send(new ListObjectsCommand({ Bucket: name }));
        const keys = (page.Contents ?? []).flatMap((c) => (c.Key ? [{ Key: c.Key }] : []));
        if (keys.length === 0) break;
        await s3.send(new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: keys } }));
      }
      await s3.send(new DeleteBucketCommand({ Bucket: name }));
    } catch (error) {
      ignore('NoSuchBucket')(error);
    }
  }
}

function ignore(name: string) {
  return (error: unknown) => {
    if (!(error instanceof Error && error.name === name)) throw error;
  };
}

/** The names of `namespace` that already exist (a restore must not write into, nor a cleanup remove, them). */
export async function existingNames(dynamo: DynamoDBClient, s3: S3Client, namespace: Namespace): Promise<string[]> {
  const tables = new Set<string>();
  let start: string | undefined;
  do {
    const page = await dynamo.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    for (const name of page.TableNames ?? []) tables.add(name);
    start = page.LastEvaluatedTableName;
  } while (start);
  const buckets = new Set(((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name));
  return [
    ...Object.values(namespace.tables).filter((n) => tables.has(n)),
    ...Object.values(namespace.buckets).filter((n) => buckets.has(n)),
  ];
}
