/**
 * Access patterns (core table). A scenario's records share the partition SCENARIO#<id>:
 * - the current published scenario (the hot read of get and resolve): GetItem sk=CURRENT
 * - every published version, immutable (put with attribute_not_exists): sk=V#<000001>
 * - the public list: Query gsi1 gsi1pk=SCENARIOS (gsi1sk=<id>) on the CURRENT records, reading only their
 *   small `summary` attribute (a few dozen scenarios: one Query page)
 *
 * Publishing is one transaction that puts V#n and CURRENT on condition that CURRENT is still at the version
 * the editor read (attribute_not_exists for a new scenario): optimistic locking.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll, transactIfConditionsHold } from '../platform/dynamo-store.js';
import type { PublishedScenario, ScenarioSummary } from './model.js';

const table = () => config().tables.core;
const scenarioPk = (id: string) => `SCENARIO#${id}`;
const listKey = 'SCENARIOS';
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;

export interface ScenarioRecord {
  scenario: PublishedScenario;
  summary: ScenarioSummary;
  publishedBy: string;
}

export async function getCurrent(id: string, consistent = false): Promise<ScenarioRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: { pk: scenarioPk(id), sk: 'CURRENT' }, ConsistentRead: consistent }),
  );
  if (!out.Item) return undefined;
  const { scenario, summary, publishedBy } = out.Item as ScenarioRecord;
  return { scenario, summary, publishedBy };
}

/** The summaries of every published scenario, by id. */
export async function listSummaries(): Promise<ScenarioSummary[]> {
  const items = await queryAll({
    TableName: table(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': listKey },
    ProjectionExpression: 'summary',
  });
  return items.map((i) => (i as { summary: ScenarioSummary }).summary);
}

/** Writes version `record.scenario.version` if the current one is still `expectedVersion` (0: none); false if not. */
export async function publish(record: ScenarioRecord, expectedVersion: number): Promise<boolean> {
  const pk = scenarioPk(record.scenario.id);
  // A top-level copy of the version, so the condition reads a plain attribute.
  const revision = record.scenario.version;
  return transactIfConditionsHold([
    {
      Put: {
        TableName: table(),
        Item: { pk, sk: versionSk(record.scenario.version), ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: table(),
        Item: { pk, sk: 'CURRENT', gsi1pk: listKey, gsi1sk: record.scenario.id, revision, ...record },
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'revision = :expected',
        ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':expected': expectedVersion },
      },
    },
  ]);
}
