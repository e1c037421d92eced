/**
 * Access patterns (core table). A document's records share the partition OFFDOC#<id>:
 * - its head (content, state, history): GetItem sk=HEAD; every change puts it on a condition on `revision`
 *   (optimistic locking), in one transaction with whatever else the step writes (versions, work items, receipts)
 * - every content version, immutable (attribute_not_exists): sk=V#<000001>
 * - each recipient department's receipt: sk=RECEIPT#<department>, on a condition on its `revision` (optimistic
 *   locking), in one transaction with the work items its step opens
 * - a department's outgoing documents, newest first: Query gsi2 gsi2pk=OFFDOCS#DEPT#<department>
 * - a department's received documents, newest first: Query gsi2 gsi2pk=OFFDOCS#RECEIVED#<department>
 * Per department, outside the documents:
 * - the number sequence of a year: OFFDOC-SEQ#<department>#<year> / COUNTER, moved by a conditional put in the
 *   signing transaction (attribute_not_exists, or seq = the value read), so two signings never share a number
 * - the archive chain: its head OFFDOC-CHAIN#<department> / HEAD (last seq and hash, moved the same way) and
 *   one immutable entry per signed document, sk=E#<00000001>; the chain is one Query in order
 * - the configured signer (签发人): OFFDOC-SIGNER#<department> / CONFIG
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll, withoutKeys as strip } from '../platform/dynamo-store.js';
import type { ArchiveEntry, DocumentReceipt, DocumentVersion, OfficialDocumentRecord } from './model.js';

const table = () => config().tables.core;
const pk = (id: string) => `OFFDOC#${id}`;
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;
const receiptSk = (department: string) => `RECEIPT#${department}`;
const outgoing = (department: string) => `OFFDOCS#DEPT#${department}`;
const received = (department: string) => `OFFDOCS#RECEIVED#${department}`;
const sequenceKey = (department: string, year: number) => ({ pk: `OFFDOC-SEQ#${department}#${year}`, sk: 'COUNTER' });
const chainPk = (department: string) => `OFFDOC-CHAIN#${department}`;
const entrySk = (seq: number) => `E#${String(seq).padStart(8, '0')}`;

/** A stored head carries its lock: the number of writes so far. */
export type StoredDocument = OfficialDocumentRecord & { revision: number };

/** Any other write a step makes in the head's transaction (a work item, say). */
export type ExtraWrite = {
  Put: { TableName: string | undefined; Item: Record<string, unknown>; ConditionExpression?: string };
};

async function get<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true }));
  return out.Item ? strip<T>(out.Item) : undefined;
}

export const getDocument = (id: string) => get<StoredDocument>({ pk: pk(id), sk: 'HEAD' });
export const getVersion = (id: string, version: number) =>
  get<DocumentVersion & { documentId: string }>({ pk: pk(id), sk: versionSk(version) });

/** A document's versions (oldest first) and receipts. */
export async function documentParts(id: string): Promise<{ versions: DocumentVersion[]; receipts: DocumentReceipt[] }> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': pk(id) },
  });
  const sk = (i: Record<string, unknown>) => String(i.sk);
  return {
    versions: items.filter((i) => sk(i).startsWith('V#')).map((i) => strip<DocumentVersion>(i)),
    receipts: items.filter((i) => sk(i).startsWith('RECEIPT#')).map((i) => strip<DocumentReceipt>(i)),
  };
}

export const getReceipt = (id: string, department: string) =>
  get<DocumentReceipt>({ pk: pk(id), sk: receiptSk(department) });

function headPut(record: StoredDocument) {
  const expected = record.revision - 1;
  return {
    Put: {
      TableName: table(),
      Item: {
        pk: pk(record.documentId),
        sk: 'HEAD',
        ...record,
        gsi2pk: outgoing(record.department),
        gsi2sk: `${record.createdAt}#${record.documentId}`,
      },
      ConditionExpression: expected === 0 ? 'attribute_not_exists(pk)' : 'revision = :expected',
      ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
    },
  };
}

/** The write of a new immutable content version. */
export function versionPut(documentId: string, version: DocumentVersion): ExtraWrite {
  return {
    Put: {
      TableName: table(),
      Item: { pk: pk(documentId), sk: versionSk(version.version), documentId, ...version },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** A receipt as stored: in its document's partition, and in its department's received list. */
const receiptItem = (receipt: DocumentReceipt) => ({
  pk: pk(receipt.documentId),
  sk: receiptSk(receipt.department),
  ...receipt,
  gsi2pk: received(receipt.department),
  gsi2sk: `${receipt.dispatchedAt}#${receipt.documentId}`,
});

/** The write of a new receipt (the document dispatched to a department). */
export function receiptPut(receipt: DocumentReceipt): ExtraWrite {
  return {
    Put: {
      TableName: table(),
      Item: receiptItem(receipt),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The allocation of the next number of a department's year: a put on the condition that nobody moved it. */
export function sequencePut(department: string, year: number, seq: number): ExtraWrite {
  return {
    Put: {
      TableName: table(),
      Item: { ...sequenceKey(department, year), seq },
      ConditionExpression: seq === 1 ? 'attribute_not_exists(pk)' : 'seq = :previous',
      ...(seq === 1 ? {} : { ExpressionAttributeValues: { ':previous': seq - 1 } }),
    } as ExtraWrite['Put'],
  };
}

/** The last number given in a department's year (0: none yet). */
export async function lastSequence(department: string, year: number): Promise<number> {
  return (await get<{ seq: number }>(sequenceKey(department, year)))?.seq ?? 0;
}

/** The head of a department's archive chain (undefined: empty). */
export const chainHead = (department: string) =>
  get<{ seq: number; entryHash: string }>({ pk: chainPk(department), sk: 'HEAD' });

/** The writes that append `entry` to its department's chain, on the condition that the head is still `seq - 1`. */
export function chainAppend(entry: ArchiveEntry): ExtraWrite[] {
  return [
    {
      Put: {
        TableName: table(),
        Item: { pk: chainPk(entry.department), sk: 'HEAD', seq: entry.seq, entryHash: entry.entryHash },
        ConditionExpression: entry.seq === 1 ? 'attribute_not_exists(pk)' : 'seq = :previous',
        ...(entry.seq === 1 ? {} : { ExpressionAttributeValues: { ':previous': entry.seq - 1 } }),
      } as ExtraWrite['Put'],
    },
    {
      Put: {
        TableName: table(),
        Item: { pk: chainPk(entry.department), sk: entrySk(entry.seq), ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
}

/** A department's archive chain, in order. */
export async function chainEntries(department: string): Promise<ArchiveEntry[]> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
    ExpressionAttributeValues: { ':pk': chainPk(department), ':e': 'E#' },
  });
  return items.map((i) => strip<ArchiveEntry>(i));
}

export type SaveResult = 'saved' | 'stale' | 'contended';

/**
 * Writes the head with the step's other writes in one transaction. `stale` when the head changed since it was
 * read; `contended` when another write of the step lost (a number or chain entry taken by a signing at the same
 * moment: read again and retry).
 */
export async function saveDocument(record: StoredDocument, extra: readonly ExtraWrite[] = []): Promise<SaveResult> {
  try {
    await dynamoClient().send(new TransactWriteCommand({ TransactItems: [headPut(record), ...extra] }));
    return 'saved';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'stale';
    if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) return 'contended';
    throw error;
  }
}

/**
 * Moves a receipt on (its `revision` one more than read) with the step's other writes — the work items it
 * opens — in one transaction, if nobody moved it since it was read. False when someone else moved it first.
 */
export async function saveReceipt(receipt: DocumentReceipt, extra: readonly ExtraWrite[] = []): Promise<boolean> {
  const expected = (receipt.revision ?? 1) - 1;
  const put = {
    Put: {
      TableName: table(),
      Item: receiptItem(receipt),
      ConditionExpression: expected === 0 ? 'attribute_not_exists(#r)' : '#r = :expected',
      ExpressionAttributeNames: { '#r': 'revision' },
      ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
    },
  };
  try {
    await dynamoClient().send(new TransactWriteCommand({ TransactItems: [put, ...extra] }));
    return true;
  } catch (error) {
    const lost = (error as TransactionCanceledException).CancellationReasons ?? [];
    if (error instanceof TransactionCanceledException && lost.some((r) => r.Code === 'ConditionalCheckFailed')) {
      return false;
    }
    throw error;
  }
}

/** The newest `limit` items of a gsi2 partition, read on past DynamoDB's 1 MB page when there are more. */
async function page(partition: string, limit: number): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :p',
        ExpressionAttributeValues: { ':p': partition },
        ScanIndexForward: false,
        Limit: limit - items.length,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start && items.length < limit);
  return items;
}

/** A department's outgoing documents, newest first. */
export const outgoingDocuments = async (department: string, limit: number) =>
  (await page(outgoing(department), limit)).map((i) => strip<StoredDocument>(i));

/** The receipts of a department, newest first. */
export const receivedReceipts = async (department: string, limit: number) =>
  (await page(received(department), limit)).map((i) => strip<DocumentReceipt>(i));

/** The configured signer of a department's documents (undefined: any of its heads). */
export async function configuredSigner(department: string): Promise<string | undefined> {
  return (await get<{ signer: string }>({ pk: `OFFDOC-SIGNER#${department}`, sk: 'CONFIG' }))?.signer;
}

/** Configures a department's signer (the demo seed; an administration page is still to come). */
export async function putSigner(department: string, signer: string): Promise<void> {
  await dynamoClient().send(
    new PutCommand({ TableName: table(), Item: { pk: `OFFDOC-SIGNER#${department}`, sk: 'CONFIG', signer } }),
  );
}
