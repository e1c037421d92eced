/**
 * The archive's storage. Objects (archive bucket, Object Lock COMPLIANCE, each with its own retain-until):
 * - official-documents/<department>/<year>/<documentId>/document.pdf — the signed PDF, as signed
 * - official-documents/<department>/<year>/<documentId>/record.json — metadata, opinions, history
 * Catalogue (core table), one immutable item per archived document:
 * - OFFDOC-ARCHIVE#<department> / <signedAt>#<documentId>: a department's catalogue is one Query, oldest first
 */
import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient, s3Client } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { isConditionFailure, queryAll, withoutKeys as strip } from '../platform/dynamo-store.js';
import type { ArchivedObject, CatalogueEntry } from './archive-model.js';

const table = () => config().tables.core;
const bucket = () => config().buckets.archive;
const cataloguePk = (department: string) => `OFFDOC-ARCHIVE#${department}`;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The folder of a document's package. */
export const packagePrefix = (department: string, year: number, documentId: string) =>
  `official-documents/${department}/${year}/${documentId}/`;

/** The lock of an object, to the second (S3 keeps retain-until dates to the second). */
const sameInstant = (a: string | undefined, b: string) =>
  a !== undefined && Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);

/** A different object is already locked under the key: the archive will not take another. */
export class ArchiveKeyTaken extends Error {
  constructor(key: string, why: string) {
    super(`Archive object ${key}: a different object is already locked under this key (${why})`);
    this.name = 'ArchiveKeyTaken';
  }
}

/** The object already under `key`, accepted when it is exactly what would be written, locked as it would be. */
function acceptExisting(
  key: string,
  existing: { bytes: Uint8Array; lockMode?: string; retainUntil?: string },
  wanted: ArchivedObject,
  retainUntil: string,
): ArchivedObject {
  if (sha256Hex(existing.bytes) !== wanted.sha256) throw new ArchiveKeyTaken(key, 'its SHA-256 differs');
  if (existing.lockMode !== 'COMPLIANCE') throw new ArchiveKeyTaken(key, 'it is not locked in COMPLIANCE mode');
  if (!sameInstant(existing.retainUntil, retainUntil)) {
    throw new ArchiveKeyTaken(key, `it is retained until ${existing.retainUntil}, not ${retainUntil}`);
  }
  return wanted;
}

const isAccessDenied = (error: unknown) =>
  (error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode === 403;

/**
 * Writes an object once, locked in COMPLIANCE mode until `retainUntil`. S3 needs a checksum with Object Lock
 * parameters: the SHA-256 goes along, so S3 also refuses bytes damaged on the way.
 *
 * Idempotent, so a package written in part can be written again: an object already under the key whose bytes
 * (SHA-256), lock mode and retain-until are what would be written is taken as written; a different one is refused
 * (ArchiveKeyTaken). It is read first because S3 itself would not refuse: a locked bucket is versioned and a
 * second PUT adds a version. The local cloud refuses the PUT (403), so a write racing another is read again.
 */
export async function putLocked(
  key: string,
  body: Uint8Array,
  contentType: string,
  retainUntil: string,
): Promise<ArchivedObject> {
  const digest = createHash('sha256').update(body).digest();
  const wanted = { key, sha256: digest.toString('hex'), bytes: body.byteLength };
  const existing = await readArchived(key);
  if (existing) return acceptExisting(key, existing, wanted, retainUntil);
  try {
    await s3Client().send(
      new PutObjectCommand({
        Bucket: bucket(),
        Key: key,
        Body: body,
        ContentType: contentType,
        ChecksumSHA256: digest.toString('base64'),
        ObjectLockMode: 'COMPLIANCE',
        ObjectLockRetainUntilDate: new Date(retainUntil),
      }),
    );
  } catch (error) {
    const raced = isAccessDenied(error) ? await readArchived(key) : undefined;
    if (!raced) throw error;
    return acceptExisting(key, raced, wanted, retainUntil);
  }
  return wanted;
}

/** An object's bytes and lock (undefined: not in the bucket). */
export async function readArchived(
  key: string,
): Promise<{ bytes: Uint8Array; lockMode?: string; retainUntil?: string } | undefined> {
  try {
    const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    return {
      bytes: await out.Body!.transformToByteArray(),
      ...(out.ObjectLockMode ? { lockMode: out.ObjectLockMode } : {}),
      ...(out.ObjectLockRetainUntilDate ? { retainUntil: out.ObjectLockRetainUntilDate.toISOString() } : {}),
    };
  } catch (error) {
    if (error instanceof NoSuchKey || error instanceof NotFound) return undefined;
    throw error;
  }
}

/** Whether an object is in the bucket. */
export async function archivedExists(key: string): Promise<boolean> {
  try {
    await s3Client().send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
    return true;
  } catch (error) {
    if (error instanceof NotFound || error instanceof NoSuchKey) return false;
    throw error;
  }
}

/** Adds a catalogue entry; false when the document is already catalogued. */
export async function putCatalogueEntry(entry: CatalogueEntry): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: table(),
        Item: { pk: cataloguePk(entry.department), sk: `${entry.signedAt}#${entry.documentId}`, ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** A department's catalogue, oldest first. */
export async function catalogue(department: string): Promise<CatalogueEntry[]> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': cataloguePk(department) },
  });
  return items.map((i) => strip<CatalogueEntry>(i));
}

/** One catalogue entry. */
export async function catalogueEntry(department: string, signedAt: string, documentId: string) {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: { pk: cataloguePk(department), sk: `${signedAt}#${documentId}` } }),
  );
  return out.Item ? strip<CatalogueEntry>(out.Item) : undefined;
}
