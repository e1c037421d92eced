/**
 * Access patterns:
 * - a document's metadata: GetItem core pk=DOC#<id>, sk=META
 * - the object: S3 documents bucket, key `documents/<owner>/<id>` generated here, never from input
 */
import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { dynamoClient, s3Client } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { DocumentRecord } from './model.js';

const key = (id: string) => ({ pk: `DOC#${id}`, sk: 'META' });
const PRESIGN_SECONDS = 900;

export async function putDocument(doc: DocumentRecord): Promise<void> {
  await dynamoClient().send(
    new PutCommand({
      TableName: config().tables.core,
      Item: { ...key(doc.documentId), ...doc },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getDocument(id: string): Promise<DocumentRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: config().tables.core, Key: key(id) }));
  return out.Item as DocumentRecord | undefined;
}

export async function markUploaded(id: string, size: number): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: config().tables.core,
      Key: key(id),
      UpdateExpression: 'SET #s = :uploaded, uploadedSize = :size',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':uploaded': 'uploaded', ':size': size },
    }),
  );
}

export async function attach(id: string, caseId: string, department: string): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: config().tables.core,
      Key: key(id),
      UpdateExpression: 'SET caseId = :caseId, department = :department',
      ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(caseId) OR caseId = :caseId)',
      ExpressionAttributeValues: { ':caseId': caseId, ':department': department },
    }),
  );
}

export function presignUpload(doc: DocumentRecord): Promise<string> {
  return getSignedUrl(
    s3Client(),
    new PutObjectCommand({
      Bucket: config().buckets.documents,
      Key: doc.objectKey,
      ContentType: doc.contentType,
      ContentLength: doc.declaredSize,
    }),
    { expiresIn: PRESIGN_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
  );
}

export function presignDownload(doc: DocumentRecord): Promise<string> {
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`;
  return getSignedUrl(
    s3Client(),
    new GetObjectCommand({
      Bucket: config().buckets.documents,
      Key: doc.objectKey,
      ResponseContentDisposition: disposition,
    }),
    { expiresIn: PRESIGN_SECONDS },
  );
}

/** Size of the stored object, or undefined when nothing was uploaded yet. */
export async function storedSize(doc: DocumentRecord): Promise<number | undefined> {
  try {
    const head = await s3Client().send(
      new HeadObjectCommand({ Bucket: config().buckets.documents, Key: doc.objectKey }),
    );
    return head.ContentLength ?? 0;
  } catch (error) {
    if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
    throw error;
  }
}
