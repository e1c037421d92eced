/**
 * Access patterns:
 * - a document's metadata: GetItem core pk=DOC#<id>, sk=META
 * - a user's unattached uploads of the last 7 days (the pending quota): Query gsi2 gsi2pk=UPLOADS#<owner>,
 *   gsi2sk > <createdAt of 7 days ago> (Select COUNT); attaching removes the document from the index
 * - the object: S3 documents bucket, key `documents/<owner>/<id>` generated here, never from input, tagged
 *   yuexiu-upload=pending by the presigned upload and =attached when attached (the lifecycle rule's filter)
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { dynamoClient, s3Client } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { unattachedUploadExpiry, type DocumentCheck, type DocumentRecord } from './model.js';
import { ObjectChangedError, type ObjectReader, type ObjectVersion } from './verification.js';

const key = (id: string) => ({ pk: `DOC#${id}`, sk: 'META' });
const PRESIGN_SECONDS = 900;

const pendingOf = (owner: string) => `UPLOADS#${owner}`;
const DAY_MS = 86_400_000;

/**
 * Stores a new (unattached) document: in the owner's pending index, and expiring with its object. Its id is
 * fresh, so the condition only fails when this very put landed and its answer was lost: the SDK's retry then
 * meets the record it wrote, which counts as registered.
 */
export async function putDocument(doc: DocumentRecord): Promise<void> {
  const created = Date.parse(doc.createdAt);
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: config().tables.core,
        Item: {
          ...key(doc.documentId),
          ...doc,
          gsi2pk: pendingOf(doc.owner),
          gsi2sk: `${doc.createdAt}#${doc.documentId}`,
          expiresAt: Math.ceil((created + unattachedUploadExpiry.days * DAY_MS) / 1000),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const stored = await getDocument(doc.documentId);
    if (stored?.owner !== doc.owner || stored.createdAt !== doc.createdAt) throw error;
  }
}

export async function getDocument(id: string): Promise<DocumentRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: config().tables.core, Key: key(id), ConsistentRead: true }),
  );
  return out.Item as DocumentRecord | undefined;
}

/** How many of `owner`'s documents are unattached and younger than the expiry, as of `nowMs`. */
export async function countPending(owner: string, nowMs: number): Promise<number> {
  const since = new Date(nowMs - unattachedUploadExpiry.days * DAY_MS).toISOString();
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: config().tables.core,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk > :since',
        ExpressionAttributeValues: { ':pk': pendingOf(owner), ':since': since },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += out.Count ?? 0;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return count;
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

/**
 * Stores a check's outcome (and settles the upload). Only a missing or `scanning` check may be
 * replaced: a final outcome stays as first recorded. Returns false when another call finalised first.
 */
export async function saveCheck(id: string, check: DocumentCheck): Promise<boolean> {
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: config().tables.core,
        Key: key(id),
        UpdateExpression: 'SET #check = :check, #s = :uploaded, uploadedSize = :size',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#check) OR #check.#outcome = :scanning)',
        ExpressionAttributeNames: { '#check': 'check', '#s': 'status', '#outcome': 'outcome' },
        ExpressionAttributeValues: {
          ':check': check,
          ':uploaded': 'uploaded',
          ':size': check.storedSize,
          ':scanning': 'scanning',
        },
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

export async function attach(id: string, caseId: string, department: string): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: config().tables.core,
      Key: key(id),
      // Attached: out of the pending index, and kept (no expiry) like the case it belongs to.
      UpdateExpression: 'SET caseId = :caseId, department = :department REMOVE gsi2pk, gsi2sk, expiresAt',
      ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(caseId) OR caseId = :caseId)',
      ExpressionAttributeValues: { ':caseId': caseId, ':department': department },
    }),
  );
}

/** Marks a document as a letter's attachment; never one attached to a case or to another letter. */
export async function attachToLetter(id: string, letterId: string): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: config().tables.core,
      Key: key(id),
      // Attached: out of the pending index, and kept (no expiry) like the letter it belongs to.
      UpdateExpression: 'SET letterId = :letterId REMOVE gsi2pk, gsi2sk, expiresAt',
      ConditionExpression:
        'attribute_exists(pk) AND attribute_not_exists(caseId) AND (attribute_not_exists(letterId) OR letterId = :letterId)',
      ExpressionAttributeValues: { ':letterId': letterId },
    }),
  );
}

/**
 * Marks a document as a photo of a city event (grid); never one attached to a case, a letter or another event.
 */
export async function attachToGridEvent(id: string, gridEventId: string): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: config().tables.core,
      Key: key(id),
      // Attached: out of the pending index, and kept (no expiry) like the event it belongs to.
      UpdateExpression: 'SET gridEventId = :event REMOVE gsi2pk, gsi2sk, expiresAt',
      ConditionExpression:
        'attribute_exists(pk) AND attribute_not_exists(caseId) AND attribute_not_exists(letterId) AND ' +
        '(attribute_not_exists(gridEventId) OR gridEventId = :event)',
      ExpressionAttributeValues: { ':event': gridEventId },
    }),
  );
}

/**
 * Replaces the check of the version that passed (`checkedEtag`) by the check of the version that replaced it
 * with its metadata stripped (documents/photos.ts). False when the record moved on meanwhile.
 */
export async function replaceCheck(id: string, checkedEtag: string | undefined, check: DocumentCheck) {
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: config().tables.core,
        Key: key(id),
        UpdateExpression: 'SET #check = :check, uploadedSize = :size',
        ConditionExpression: 'attribute_exists(pk) AND #check.#outcome = :passed AND #check.etag = :etag',
        ExpressionAttributeNames: { '#check': 'check', '#outcome': 'outcome' },
        ExpressionAttributeValues: {
          ':check': check,
          ':size': check.storedSize,
          ':passed': 'passed',
          ':etag': checkedEtag ?? '',
        },
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

/** All bytes of exactly `version` of the document's object; ObjectChangedError if it is gone or changed. */
export async function versionBytes(doc: DocumentRecord, version: ObjectVersion): Promise<Uint8Array> {
  const bytes = await (await readVersion(doc, version)).transformToByteArray();
  if (bytes.length !== version.size) throw new ObjectChangedError();
  return bytes;
}

/**
 * Writes new bytes over the document's object (still tagged pending until it is attached) and answers the new
 * version: its ETag, and its VersionId where the bucket is versioned.
 */
export async function replaceObject(doc: DocumentRecord, bytes: Uint8Array): Promise<ObjectVersion> {
  const out = await s3Client().send(
    new PutObjectCommand({
      Bucket: config().buckets.documents,
      Key: doc.objectKey,
      Body: bytes,
      ContentType: doc.contentType,
      ContentLength: bytes.length,
      Tagging: pendingTagging,
    }),
  );
  return { size: bytes.length, etag: out.ETag ?? '', versionId: out.VersionId };
}

/** The tag the presigned upload sets (signed, so the uploader cannot change it or add others). */
export const pendingTagging = `${unattachedUploadExpiry.tag.key}=${unattachedUploadExpiry.tag.value}`;

export function presignUpload(doc: DocumentRecord): Promise<string> {
  return getSignedUrl(
    s3Client(),
    new PutObjectCommand({
      Bucket: config().buckets.documents,
      Key: doc.objectKey,
      ContentType: doc.contentType,
      ContentLength: doc.declaredSize,
      Tagging: pendingTagging,
    }),
    {
      expiresIn: PRESIGN_SECONDS,
      signableHeaders: new Set(['content-type', 'content-length']),
      // Without this the presigner hoists x-amz-tagging into the query string; as a signed header the
      // browser must send exactly this value.
      unhoistableHeaders: new Set(['x-amz-tagging']),
    },
  );
}

/**
 * Retags an attached document's object so the expiry rule no longer matches it, keeping its other tags
 * (GuardDuty's scan result). Done before the record is attached: a failure between the two leaves an
 * object that does not expire, never an attached one that does.
 */
export async function markObjectAttached(doc: DocumentRecord): Promise<void> {
  const Bucket = config().buckets.documents;
  let tags: { Key: string | undefined; Value: string | undefined }[];
  try {
    tags = (await s3Client().send(new GetObjectTaggingCommand({ Bucket, Key: doc.objectKey }))).TagSet ?? [];
  } catch (error) {
    if (isMissing(error)) return; // nothing uploaded: nothing to keep
    throw error;
  }
  const { tag, attachedValue } = unattachedUploadExpiry;
  const TagSet = [
    ...tags.filter((t) => t.Key !== tag.key).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
    { Key: tag.key, Value: attachedValue },
  ];
  await s3Client().send(new PutObjectTaggingCommand({ Bucket, Key: doc.objectKey, Tagging: { TagSet } }));
}

/** A download URL of exactly the checked version where the bucket is versioned (AWS). */
export function presignDownload(doc: DocumentRecord): Promise<string> {
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`;
  return getSignedUrl(
    s3Client(),
    new GetObjectCommand({
      Bucket: config().buckets.documents,
      Key: doc.objectKey,
      VersionId: doc.check?.versionId,
      ResponseContentDisposition: disposition,
    }),
    { expiresIn: PRESIGN_SECONDS },
  );
}

const isMissing = (error: unknown) => {
  const name = (error as { name?: string }).name;
  return error instanceof NotFound || name === 'NotFound' || name === 'NoSuchKey';
};

/** The current version of a document's object, or undefined when nothing was uploaded yet. */
export async function currentVersion(doc: DocumentRecord): Promise<ObjectVersion | undefined> {
  try {
    const head = await s3Client().send(
      new HeadObjectCommand({ Bucket: config().buckets.documents, Key: doc.objectKey }),
    );
    return { size: head.ContentLength ?? 0, etag: head.ETag ?? '', versionId: head.VersionId };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Size of the stored object, or undefined when nothing was uploaded yet. */
export async function storedSize(doc: DocumentRecord): Promise<number | undefined> {
  return (await currentVersion(doc))?.size;
}

/**
 * Reads exactly one version: pinned by VersionId where the bucket is versioned, and by If-Match on the
 * ETag; the response's ETag is compared too, because s3rver ignores If-Match.
 */
async function readVersion(doc: DocumentRecord, version: ObjectVersion, range?: string) {
  try {
    const out = await s3Client().send(
      new GetObjectCommand({
        Bucket: config().buckets.documents,
        Key: doc.objectKey,
        VersionId: version.versionId,
        IfMatch: version.etag || undefined,
        Range: range,
      }),
    );
    if (out.ETag !== version.etag || out.VersionId !== version.versionId || !out.Body) {
      (out.Body as Readable | undefined)?.destroy?.();
      throw new ObjectChangedError();
    }
    return out.Body;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (isMissing(error) || name === 'PreconditionFailed') throw new ObjectChangedError();
    throw error;
  }
}

/** The object port of verification.ts over the documents bucket. */
export function objectReader(doc: DocumentRecord): ObjectReader {
  return {
    bucket: config().buckets.documents ?? '',
    key: doc.objectKey,
    current: () => currentVersion(doc),
    async firstBytes(version, count) {
      const body = await readVersion(doc, version, `bytes=0-${count - 1}`);
      return (await body.transformToByteArray()).subarray(0, count);
    },
    async sha256(version) {
      const body = (await readVersion(doc, version)) as unknown as Readable;
      const hash = createHash('sha256');
      let length = 0;
      for await (const chunk of body) {
        length += (chunk as Buffer).length;
        hash.update(chunk as Buffer);
      }
      if (length !== version.size) throw new ObjectChangedError();
      return hash.digest('hex');
    },
  };
}
