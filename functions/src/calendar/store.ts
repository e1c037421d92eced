/**
 * Access patterns (core table). A year's records share the partition CALENDAR#YEAR#<year>:
 * - the year's head (status, revision, published version): GetItem sk=HEAD
 * - the draft (at most one): GetItem sk=DRAFT
 * - every version, immutable (put with attribute_not_exists): sk=V#<000001>; the history is one Query
 * Published years share one partition, CALENDAR#PUBLISHED (sk=<year>), so the calendar every deadline
 * counts with is one Query (23 years of seed data ≈ 60 KB, far below a 1 MB page), and
 * `GET /api/calendar/{year}` one GetItem.
 *
 * Writes are transactions that check the head's `revision` (optimistic locking) and add a version:
 * saving a draft writes HEAD + DRAFT + V#n; publishing writes HEAD + PUBLISHED + V#n and deletes DRAFT.
 */
import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll as queryToEnd, transactIfConditionsHold as transact, withoutKeys } from '../platform/dynamo-store.js';
import type { CalendarSchedule, CalendarVersion, PublishedCalendar } from './model.js';

const table = () => config().tables.core;
const yearPk = (year: number) => `CALENDAR#YEAR#${year}`;
const publishedPk = 'CALENDAR#PUBLISHED';
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;

export interface HeadRecord {
  year: number;
  status: 'draft' | 'published';
  /** The number of the latest version; the optimistic-locking token. */
  revision: number;
  publishedVersion?: number;
  hasDraft: boolean;
  updatedAt: string;
  updatedBy: string;
}

const strip = <T>(item: Record<string, unknown> | undefined): T | undefined =>
  item ? withoutKeys<T>(item) : undefined;

async function get(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: table(), Key: { pk, sk }, ConsistentRead: true }));
  return out.Item;
}

const queryAll = (input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>) =>
  queryToEnd({ ...input, TableName: table() });

export const getHead = async (year: number) => strip<HeadRecord>(await get(yearPk(year), 'HEAD'));

export const getDraft = async (year: number) =>
  strip<{ schedule: CalendarSchedule }>(await get(yearPk(year), 'DRAFT'))?.schedule;

export const getPublished = async (year: number) => strip<PublishedCalendar>(await get(publishedPk, String(year)));

/** Every published year, by year. */
export async function listPublished(): Promise<PublishedCalendar[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': publishedPk },
  });
  return items.map((i) => strip<PublishedCalendar>(i)!).sort((a, b) => a.year - b.year);
}

/** Every version of a year, newest first. */
export async function listVersions(year: number): Promise<CalendarVersion[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
    ExpressionAttributeValues: { ':pk': yearPk(year), ':v': 'V#' },
    ScanIndexForward: false,
  });
  return items.map((i) => strip<CalendarVersion & { year: number }>(i)!).map(({ year: _y, ...v }) => v);
}

function headPut(head: HeadRecord, expectedRevision: number) {
  return {
    Put: {
      TableName: table(),
      Item: { pk: yearPk(head.year), sk: 'HEAD', ...head },
      ConditionExpression: expectedRevision === 0 ? 'attribute_not_exists(pk)' : 'revision = :expected',
      ExpressionAttributeValues: expectedRevision === 0 ? undefined : { ':expected': expectedRevision },
    },
  };
}

function versionPut(year: number, version: CalendarVersion) {
  return {
    Put: {
      TableName: table(),
      Item: { pk: yearPk(year), sk: versionSk(version.version), year, ...version },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** Writes the head, the draft and its version, if the head is still at `expectedRevision` (0: no year yet). */
export async function saveDraft(head: HeadRecord, version: CalendarVersion, expectedRevision: number) {
  return transact([
    headPut(head, expectedRevision),
    { Put: { TableName: table(), Item: { pk: yearPk(head.year), sk: 'DRAFT', schedule: version.schedule } } },
    versionPut(head.year, version),
  ]);
}

/** Publishes a version: the head, the published year, the version record; drops the draft if there is one. */
export async function publish(
  head: HeadRecord,
  version: CalendarVersion,
  published: PublishedCalendar,
  expectedRevision: number,
  fromDraft: boolean,
) {
  return transact([
    headPut(head, expectedRevision),
    { Put: { TableName: table(), Item: { pk: publishedPk, sk: String(head.year), ...published } } },
    versionPut(head.year, version),
    ...(fromDraft ? [{ Delete: { TableName: table(), Key: { pk: yearPk(head.year), sk: 'DRAFT' } } }] : []),
  ]);
}
