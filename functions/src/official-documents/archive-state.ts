/**
 * Each signed document's archiving state (core table, in the document's partition): OFFDOC#<id> / ARCHIVE.
 * - written at signing, in the signing transaction, as pending: so a document whose package could not be written
 *   then is never lost to the sweep, whatever happened to the process after the signing committed;
 * - while pending it sits in the sparse index gsi2 under OFFDOC-ARCHIVE-PENDING, sorted by signing time: the sweep
 *   (archive-sweep.ts) reads only what is still to archive, one Query, however large the archive grows;
 * - each try counts (attempts, the last error and when), the package's first try fixes the PDF's SHA-256 and the
 *   package time before anything is written, so a retry writes the same bytes or recognises them;
 * - once archived: archivedAt, and out of the pending index.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { withoutKeys as strip } from '../platform/dynamo-store.js';
import type { ExtraWrite } from './store.js';

const table = () => config().tables.core;
const key = (documentId: string) => ({ pk: `OFFDOC#${documentId}`, sk: 'ARCHIVE' });
const pendingPk = 'OFFDOC-ARCHIVE-PENDING';

export interface ArchiveState {
  documentId: string;
  department: string;
  signedAt: string;
  status: 'pending' | 'archived';
  /** Tries so far (at signing, by the sweep, by a staff "archive now"). */
  attempts: number;
  lastAttemptAt?: string;
  /** The last failed try's error, cleared once archived. */
  lastError?: string;
  /** The PDF's SHA-256 and the package time, fixed by the first try before it writes anything. */
  pdfSha256?: string;
  packagedAt?: string;
  archivedAt?: string;
}

type Signed = { documentId: string; department: string; signedAt: string };

const pendingIndex = (doc: Signed) => ({ gsi2pk: pendingPk, gsi2sk: `${doc.signedAt}#${doc.documentId}` });

/** The pending state, put in the signing transaction. */
export function archivePendingPut(doc: Signed): ExtraWrite {
  return {
    Put: {
      TableName: table(),
      Item: {
        ...key(doc.documentId),
        ...pendingIndex(doc),
        documentId: doc.documentId,
        department: doc.department,
        signedAt: doc.signedAt,
        status: 'pending',
        attempts: 0,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export async function archiveState(documentId: string): Promise<ArchiveState | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: key(documentId), ConsistentRead: true }),
  );
  return out.Item ? strip<ArchiveState>(out.Item) : undefined;
}

/**
 * Sets fields on a document's state; a document signed before states were kept gets one here (pending until
 * archived), so the sweep and the check know it from then on.
 */
async function update(doc: Signed, set: Record<string, unknown>, counted = false) {
  const fields = { ...set, documentId: doc.documentId, department: doc.department, signedAt: doc.signedAt };
  const entries = Object.entries(fields);
  await dynamoClient().send(
    new UpdateCommand({
      TableName: table(),
      Key: key(doc.documentId),
      UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :v${i}`).join(', ')}${counted ? ' ADD #n :one' : ''}`,
      ExpressionAttributeNames: {
        ...Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])),
        ...(counted ? { '#n': 'attempts' } : {}),
      },
      ExpressionAttributeValues: {
        ...Object.fromEntries(entries.map(([, value], i) => [`:v${i}`, value])),
        ...(counted ? { ':one': 1 } : {}),
      },
    }),
  );
}

/** The first try's choice of PDF bytes (by SHA-256) and package time, before any object is written. */
export const notePackage = (doc: Signed, pdfSha256: string, packagedAt: string) =>
  update(doc, { pdfSha256, packagedAt });

/** A failed try: counted, with its error (the document stays pending). */
export async function noteFailure(doc: Signed, at: string, error: string): Promise<void> {
  await update(
    doc,
    { lastAttemptAt: at, lastError: error.slice(0, 500), status: 'pending', ...pendingIndex(doc) },
    true,
  ).catch(() => undefined); // the failure itself may be the table's: the document stays as it was, pending
}

/** Archived: counted, out of the pending index. */
export async function noteArchived(doc: Signed, at: string, archivedAt: string): Promise<void> {
  await dynamoClient().send(
    new UpdateCommand({
      TableName: table(),
      Key: key(doc.documentId),
      UpdateExpression:
        'SET #status = :archived, archivedAt = :archivedAt, lastAttemptAt = :at, documentId = :id, department = :d, signedAt = :s ADD attempts :one REMOVE gsi2pk, gsi2sk, lastError',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':archived': 'archived',
        ':archivedAt': archivedAt,
        ':at': at,
        ':id': doc.documentId,
        ':d': doc.department,
        ':s': doc.signedAt,
        ':one': 1,
      },
    }),
  );
}

/** Documents still to archive, oldest signing first (at most `limit`). */
export async function pendingArchives(limit: number): Promise<ArchiveState[]> {
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': pendingPk },
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => strip<ArchiveState>(i));
}
