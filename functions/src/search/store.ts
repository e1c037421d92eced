/**
 * Where the search index's snapshots live.
 *
 * - The snapshot itself (snapshot.ts: binary, ~0.5 MB for 580 items, ~40 MB with 72,000 information
 *   items; far over DynamoDB's 400 KB item limit) is an immutable object in the documents bucket:
 *   `search/index-<version>-<build id>.bin`, PutObject/GetObject.
 * - Which snapshot is current is one small record in the core table, pk=SEARCH#INDEX sk=LATEST, with its
 *   `version`. A new snapshot is uploaded first and then made current by a conditional put on the version
 *   it replaces (optimistic locking), so two publishes that rebuild at once cannot both win, and a reader
 *   that sees the record always finds a complete object. GetItem only; no Scan, no listing of the bucket.
 *
 * Old snapshots are never read again; the function has no s3:DeleteObject, so a lifecycle rule on the
 * `search/` prefix (infra) should expire them after some days.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient, s3Client } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';

const pointerKey = { pk: 'SEARCH#INDEX', sk: 'LATEST' };

/** The current snapshot's record. */
export interface SnapshotPointer {
  readonly version: number;
  readonly objectKey: string;
  readonly segmentationVersion: number;
  /** The snapshot's layout (snapshot.ts `snapshotFormat`); absent on snapshots written before it. */
  readonly snapshotFormat?: number;
  /** What the snapshot was built from (see service.ts `catalogFingerprint`). */
  readonly fingerprint: string;
  readonly documentCount: number;
  readonly builtAt: string;
}

/** The current snapshot's record, if there is one. */
export async function getPointer(consistent = false): Promise<SnapshotPointer | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: config().tables.core, Key: pointerKey, ConsistentRead: consistent }),
  );
  if (!out.Item) return undefined;
  const { pk: _pk, sk: _sk, ...pointer } = out.Item;
  return pointer as SnapshotPointer;
}

export async function getSnapshot(objectKey: string): Promise<Uint8Array> {
  const out = await s3Client().send(new GetObjectCommand({ Bucket: config().buckets.documents, Key: objectKey }));
  if (!out.Body) throw new Error(`search snapshot ${objectKey} has no body`);
  return out.Body.transformToByteArray();
}

export function snapshotKey(version: number, buildId: string): string {
  return `search/index-${String(version).padStart(6, '0')}-${buildId}.bin`;
}

export async function putSnapshot(objectKey: string, snapshot: Uint8Array): Promise<void> {
  await s3Client().send(
    new PutObjectCommand({
      Bucket: config().buckets.documents,
      Key: objectKey,
      Body: snapshot,
      ContentType: 'application/octet-stream',
    }),
  );
}

/** Makes a snapshot current unless another one became current since `expectedVersion` (0: none yet). */
export async function putPointer(pointer: SnapshotPointer, expectedVersion: number): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: config().tables.core,
        Item: { ...pointerKey, ...pointer },
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
        ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':expected': expectedVersion },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
