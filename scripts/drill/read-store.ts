import { ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { TableDefinition } from '../../functions/src/platform/resources.js';
import { itemEntry, itemKey, sha256, toPortable, type PortableItem } from './canonical.js';
import type { Contents, Entry, Manifest, Namespace, Resources } from './port.js';

/**
 * Reading a whole table or bucket, for a backup or for the comparison. A Scan is right here: an offline
 * tool that must see every item (never a request path).
 */

/** The key attribute names of a table definition. */
export function keyNames(table: TableDefinition): string[] {
  return [table.partitionKey.name, ...(table.sortKey ? [table.sortKey.name] : [])];
}

/** Every item of `tableName`, page by page; `onItem` sees each one (a backup writes it out). */
export async function tableManifest(
  dynamo: DynamoDBClient,
  tableName: string,
  table: TableDefinition,
  onItem?: (item: PortableItem) => void | Promise<void>,
): Promise<Manifest> {
  const manifest = new Map<string, Entry>();
  const keys = keyNames(table);
  let startKey: ScanCommand['input']['ExclusiveStartKey'];
  do {
    const page = await dynamo.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    for (const raw of page.Items ?? []) {
      const item = toPortable(raw);
      manifest.set(itemKey(item, keys), itemEntry(item));
      await onItem?.(item);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return manifest;
}

export interface StoredObject {
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  readonly metadata?: Record<string, string>;
  readonly lastModified?: Date;
}

/** An object's bytes and what a copy of it must keep. */
export async function getObject(s3: S3Client, bucket: string, key: string, versionId?: string): Promise<StoredObject> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
  const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
  return { key, bytes, contentType: out.ContentType, metadata: out.Metadata, lastModified: out.LastModified };
}

export function objectEntry(object: StoredObject): Entry {
  return { sha256: sha256(object.bytes), changedAt: object.lastModified?.toISOString() };
}

/**
 * Every current object of `bucket`. ListObjects (v1) pages by marker, which s3rver serves too (its v2
 * continuation tokens need OpenSSL's legacy provider).
 */
export async function bucketManifest(
  s3: S3Client,
  bucket: string,
  onObject?: (object: StoredObject) => void | Promise<void>,
): Promise<Manifest> {
  const manifest = new Map<string, Entry>();
  let marker: string | undefined;
  for (;;) {
    const page = await s3.send(new ListObjectsCommand({ Bucket: bucket, Marker: marker }));
    const keys = (page.Contents ?? []).map((c) => c.Key).filter((k): k is string => k !== undefined);
    for (const key of keys) {
      const object = await getObject(s3, bucket, key);
      manifest.set(key, objectEntry(object));
      await onObject?.(object);
    }
    if (!page.IsTruncated || keys.length === 0) return manifest;
    marker = keys[keys.length - 1];
  }
}

/** A whole namespace's content, table by table and bucket by bucket. */
export async function readNamespace(
  dynamo: DynamoDBClient,
  s3: S3Client,
  resources: Resources,
  namespace: Namespace,
): Promise<Contents> {
  const tables: Record<string, Manifest> = {};
  for (const table of resources.tables)
    tables[table.id] = await tableManifest(dynamo, namespace.tables[table.id]!, table);
  const buckets: Record<string, Manifest> = {};
  for (const bucket of resources.buckets) buckets[bucket.id] = await bucketManifest(s3, namespace.buckets[bucket.id]!);
  return { tables, buckets };
}
