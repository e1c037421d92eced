/**
 * Access patterns (core table). A notice's records share the partition NOTICE#<id>:
 * - its head (current content, status, version): GetItem sk=HEAD; every change is a transaction that puts the
 *   head on a condition on `version` (optimistic locking) and adds the version record
 * - every version, immutable (put with attribute_not_exists): sk=V#<000001>; the history is one Query
 * - published notices of a kind, newest first: Query gsi1 gsi1pk=NOTICES#PUBLIC#<kind>,
 *   gsi1sk=<publishedAt>#<id> (sparse: the head carries these keys only while published)
 * - a department's notices, last changed first: Query gsi2 gsi2pk=NOTICES#DEPT#<department>,
 *   gsi2sk=<updatedAt>#<id>
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll, transactIfConditionsHold, withoutKeys as strip } from '../platform/dynamo-store.js';
import type { NoticeKind, NoticeRecord, NoticeVersion } from './model.js';

const table = () => config().tables.core;
const pk = (id: string) => `NOTICE#${id}`;
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;
const publicPartition = (kind: NoticeKind) => `NOTICES#PUBLIC#${kind}`;
const departmentPartition = (department: string) => `NOTICES#DEPT#${department}`;

/** The sort key of a published notice in its kind's list (the cursor of a page). */
export const publicSortKey = (record: NoticeRecord) => `${record.publishedAt}#${record.noticeId}`;
/** The sort key of a notice in its department's list. */
export const departmentSortKey = (record: NoticeRecord) => `${record.updatedAt}#${record.noticeId}`;

function indexKeys(record: NoticeRecord) {
  return {
    gsi2pk: departmentPartition(record.department),
    gsi2sk: departmentSortKey(record),
    ...(record.status === 'published' ? { gsi1pk: publicPartition(record.kind), gsi1sk: publicSortKey(record) } : {}),
  };
}

export async function getNotice(id: string): Promise<NoticeRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: { pk: pk(id), sk: 'HEAD' }, ConsistentRead: true }),
  );
  return out.Item ? strip<NoticeRecord>(out.Item) : undefined;
}

/** Every version of a notice, newest first. */
export async function listVersions(id: string): Promise<NoticeVersion[]> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
    ExpressionAttributeValues: { ':pk': pk(id), ':v': 'V#' },
    ScanIndexForward: false,
  });
  return items.map((i) => strip<NoticeVersion & { noticeId: string }>(i)).map(({ noticeId: _n, ...v }) => v);
}

/**
 * Writes the head and its new version, if the head is still at `record.version - 1` (a new notice: if it does
 * not exist yet). False when someone else changed it first, or the notice exists already.
 */
export async function saveNotice(record: NoticeRecord, version: NoticeVersion): Promise<boolean> {
  const expected = record.version - 1;
  return transactIfConditionsHold([
    {
      Put: {
        TableName: table(),
        Item: { pk: pk(record.noticeId), sk: 'HEAD', ...record, ...indexKeys(record) },
        ConditionExpression: expected === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
        ExpressionAttributeValues: expected === 0 ? undefined : { ':expected': expected },
      },
    },
    {
      Put: {
        TableName: table(),
        Item: { pk: pk(record.noticeId), sk: versionSk(version.version), noticeId: record.noticeId, ...version },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ]);
}

/** Writes a notice with its whole history at once (the demo seed), unless it exists. */
export function insertWithHistory(record: NoticeRecord, versions: readonly NoticeVersion[]): Promise<boolean> {
  return transactIfConditionsHold([
    {
      Put: {
        TableName: table(),
        Item: { pk: pk(record.noticeId), sk: 'HEAD', ...record, ...indexKeys(record) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...versions.map((v) => ({
      Put: {
        TableName: table(),
        Item: { pk: pk(record.noticeId), sk: versionSk(v.version), noticeId: record.noticeId, ...v },
      },
    })),
  ]);
}

async function page(
  index: 'gsi1' | 'gsi2',
  partition: string,
  limit: number,
  before?: string,
): Promise<{ items: NoticeRecord[]; more: boolean }> {
  const keyName = `${index}pk`;
  const sortName = `${index}sk`;
  const out = await dynamoClient().send(
    new QueryCommand({
      TableName: table(),
      IndexName: index,
      KeyConditionExpression: before ? `${keyName} = :p AND ${sortName} < :before` : `${keyName} = :p`,
      ExpressionAttributeValues: { ':p': partition, ...(before ? { ':before': before } : {}) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return { items: (out.Items ?? []).map((i) => strip<NoticeRecord>(i)), more: out.LastEvaluatedKey !== undefined };
}

/** A page of published notices of a kind, newest first, before the sort key `before`. */
export const publishedPage = (kind: NoticeKind, limit: number, before?: string) =>
  page('gsi1', publicPartition(kind), limit, before);

/** A page of a department's notices, last changed first, before the sort key `before`. */
export const departmentPage = (department: string, limit: number, before?: string) =>
  page('gsi2', departmentPartition(department), limit, before);

/** Every published notice of a kind (the search index's build). */
export async function allPublished(kind: NoticeKind): Promise<NoticeRecord[]> {
  const items = await queryAll({
    TableName: table(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': publicPartition(kind) },
  });
  return items.map((i) => strip<NoticeRecord>(i));
}
