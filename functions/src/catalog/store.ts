/**
 * Access patterns (core table). An item's records share the partition CATALOG#ITEM#<code>:
 * - the item's head (status, revision, published version): GetItem sk=HEAD
 * - the draft (at most one): GetItem sk=DRAFT
 * - the current published guide (the hot read of `GET /api/services/{code}`): GetItem sk=PUBLISHED
 * - every published version, immutable (put with attribute_not_exists): sk=V#<000001>; one by GetItem
 * - the catalog manager's list of every item: Query gsi1 gsi1pk=CATALOG#ITEMS (gsi1sk=<code>) on the heads
 *
 * Browsing published items uses a denormalised index record per facet value, not a GSI: a published item
 * has several life events, topics and audiences, and a GSI key holds one value. Each published item writes
 * pk=CATALOG#FACET#<facet>#<value>, sk=<code> with its summary for facets all / department / audience /
 * lifeEvent / topic / online, so a filtered list is one Query of the narrowest facet (further filters apply
 * to those few summaries in memory) and `total` is exact. At the plan's scale (580 items, ~0.5 KB a summary)
 * even the `all` partition is a single 1 MB Query page; departments and life-event counts read it once.
 *
 * Writes are transactions that check the head's `revision` (optimistic locking): saving a draft writes
 * HEAD + DRAFT; publishing writes V#n + PUBLISHED + HEAD, deletes DRAFT, and puts / deletes facet records,
 * so readers never see a published guide without its index records or the reverse.
 */
import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll as queryToEnd, transactIfConditionsHold as transact, withoutKeys } from '../platform/dynamo-store.js';
import type { ItemStatus, PublishedGuide, ServiceItem, ServiceSummary } from './model.js';

const table = () => config().tables.core;
const itemPk = (code: string) => `CATALOG#ITEM#${code}`;
const headsIndexKey = 'CATALOG#ITEMS';
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;

export type Facet = 'all' | 'department' | 'audience' | 'lifeEvent' | 'topic' | 'online';
const facetPk = (facet: Facet, value: string) => `CATALOG#FACET#${facet}#${value}`;

/** Every facet value a published item is listed under. */
export function facetKeys(summary: ServiceSummary): string[] {
  return [
    facetPk('all', '*'),
    facetPk('department', summary.department),
    ...summary.audience.map((a) => facetPk('audience', a)),
    ...summary.lifeEvents.map((e) => facetPk('lifeEvent', e)),
    ...summary.topics.map((t) => facetPk('topic', t)),
    facetPk('online', String(summary.online)),
  ];
}

export interface HeadRecord {
  code: string;
  name: ServiceItem['name'];
  department: ServiceItem['department'];
  status: ItemStatus;
  /** Goes up by one with every change of the item; the optimistic-locking token. */
  revision: number;
  publishedVersion?: number;
  /** The summary of the published version: which facet records exist for it. */
  publishedSummary?: ServiceSummary;
  hasDraft: boolean;
  updatedAt: string;
  updatedBy: string;
}

export interface DraftRecord {
  item: ServiceItem;
  savedAt: string;
  savedBy: string;
}

const strip = <T>(item: Record<string, unknown> | undefined, ...extra: string[]): T | undefined =>
  item ? withoutKeys<T>(item, ...extra) : undefined;

async function get(pk: string, sk: string, consistent: boolean): Promise<Record<string, unknown> | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: { pk, sk }, ConsistentRead: consistent }),
  );
  return out.Item;
}

const queryAll = (input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>) =>
  queryToEnd({ ...input, TableName: table() });

export async function getHead(code: string): Promise<HeadRecord | undefined> {
  return strip<HeadRecord>(await get(itemPk(code), 'HEAD', true));
}

export async function getDraft(code: string): Promise<DraftRecord | undefined> {
  return strip<DraftRecord>(await get(itemPk(code), 'DRAFT', true));
}

export async function getPublished(code: string): Promise<PublishedGuide | undefined> {
  const record = await get(itemPk(code), 'PUBLISHED', false);
  if (!record) return undefined;
  const { item, publishedVersion, publishedAt } = record as {
    item: ServiceItem;
    publishedVersion: number;
    publishedAt: string;
  };
  return { ...item, publishedVersion, publishedAt };
}

/** Every published version of an item, oldest first (who published it and when; not the guides). */
export async function listVersions(code: string): Promise<VersionRecord[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
    ExpressionAttributeValues: { ':pk': itemPk(code), ':v': 'V#' },
    ProjectionExpression: 'publishedVersion, publishedAt, publishedBy',
  });
  return items as unknown as VersionRecord[];
}

/** One published version with its guide, as it was published; undefined when there is none. */
export async function getVersion(code: string, version: number): Promise<PublishedGuide | undefined> {
  const record = await get(itemPk(code), versionSk(version), false);
  if (!record) return undefined;
  const { item, publishedAt } = record as { item: ServiceItem; publishedAt: string };
  return { ...item, publishedVersion: version, publishedAt };
}

export interface VersionRecord {
  publishedVersion: number;
  publishedAt: string;
  publishedBy: string;
}

/** Every item's head, by code. */
export async function listHeads(): Promise<HeadRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': headsIndexKey },
  });
  return items.map((i) => strip<HeadRecord>(i, 'publishedSummary')!);
}

/** What supervision reads of every item: its department, status and whether its published version is online. */
export interface CoverageRecord {
  code: string;
  department: ServiceItem['department'];
  status: ItemStatus;
  publishedVersion?: number;
  publishedSummary?: { online: boolean };
}

/** Every item's coverage facts, from the heads' index (one Query, projected). */
export async function listCoverage(): Promise<CoverageRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': headsIndexKey },
    // status and online are reserved words in DynamoDB expressions.
    ProjectionExpression: 'code, department, #status, publishedVersion, publishedSummary.#online',
    ExpressionAttributeNames: { '#status': 'status', '#online': 'online' },
  });
  return items as unknown as CoverageRecord[];
}

/** The summaries of the published items listed under one facet value, by code. */
export async function listFacet(facet: Facet, value: string): Promise<ServiceSummary[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': facetPk(facet, value) },
  });
  return items.map((i) => (i as { summary: ServiceSummary }).summary);
}

function headPut(head: HeadRecord, expectedRevision: number) {
  return {
    Put: {
      TableName: table(),
      Item: { pk: itemPk(head.code), sk: 'HEAD', gsi1pk: headsIndexKey, gsi1sk: head.code, ...head },
      ConditionExpression: expectedRevision === 0 ? 'attribute_not_exists(pk)' : 'revision = :expected',
      ExpressionAttributeValues: expectedRevision === 0 ? undefined : { ':expected': expectedRevision },
    },
  };
}

/** Writes the head and the draft, if the head is still at `expectedRevision` (0: no item yet). */
export async function saveDraft(head: HeadRecord, draft: DraftRecord, expectedRevision: number): Promise<boolean> {
  return transact([
    headPut(head, expectedRevision),
    { Put: { TableName: table(), Item: { pk: itemPk(head.code), sk: 'DRAFT', ...draft } } },
  ]);
}

export interface Publication {
  head: HeadRecord & { publishedVersion: number; publishedSummary: ServiceSummary };
  item: ServiceItem;
  publishedAt: string;
  publishedBy: string;
  /** The summary the previous published version is indexed under (its facet records are replaced). */
  previous?: ServiceSummary;
  /** Delete the draft (false when seeding, where there is none). */
  fromDraft: boolean;
}

/** Publishes a version: immutable V#n, the current guide, the head, the facet records; drops the draft. */
export async function publish(publication: Publication, expectedRevision: number): Promise<boolean> {
  const { head, item, publishedAt, publishedBy, previous, fromDraft } = publication;
  const pk = itemPk(head.code);
  const summary = head.publishedSummary;
  const version = head.publishedVersion;
  const next = new Set(facetKeys(summary));
  const stale = previous ? facetKeys(previous).filter((k) => !next.has(k)) : [];
  return transact([
    {
      Put: {
        TableName: table(),
        Item: { pk, sk: versionSk(version), item, publishedVersion: version, publishedAt, publishedBy },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    { Put: { TableName: table(), Item: { pk, sk: 'PUBLISHED', item, publishedVersion: version, publishedAt } } },
    headPut(head, expectedRevision),
    ...(fromDraft ? [{ Delete: { TableName: table(), Key: { pk, sk: 'DRAFT' } } }] : []),
    ...[...next].map((facet) => ({ Put: { TableName: table(), Item: { pk: facet, sk: head.code, summary } } })),
    ...stale.map((facet) => ({ Delete: { TableName: table(), Key: { pk: facet, sk: head.code } } })),
  ]);
}
