/**
 * Access patterns (registry table, next to the profiles):
 * - an account's binding to a legal entity: GetItem / PutItem pk=USER#<sub>, sk=ENTITY-BINDING (one per account;
 *   binding another entity replaces it)
 * - is this person an authorised agent of the entity: GetItem pk=ENTITY-AGENT#<credit code>, sk=PERSON#<blind
 *   index of their ID number>
 * - the entity's agents, for its representative: Query pk=ENTITY-AGENT#<credit code> (a handful per entity)
 * No ID number is stored in plaintext: agents are keyed by blind index and shown masked.
 */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { queryAll } from '../platform/dynamo-store.js';
import { userRecordKey } from './store.js';

export interface EntityBindingRecord {
  creditCode: string;
  entityName: string;
  role: 'representative' | 'agent';
  /** The blind index of the verified ID number the binding was checked with. */
  personIndex: string;
  boundAt: string;
}

export interface EntityAgentRecord {
  agentIndex: string;
  idNumberMasked: string;
  addedBy: string;
  addedAt: string;
}

const table = () => config().tables.registry;
const bindingKey = (sub: string) => ({ pk: userRecordKey(sub), sk: 'ENTITY-BINDING' });
const agentsPk = (creditCode: string) => `ENTITY-AGENT#${creditCode}`;
const agentKey = (creditCode: string, agentIndex: string) => ({
  pk: agentsPk(creditCode),
  sk: `PERSON#${agentIndex}`,
});

export async function getEntityBinding(sub: string): Promise<EntityBindingRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: bindingKey(sub), ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  const { creditCode, entityName, role, personIndex, boundAt } = out.Item as EntityBindingRecord;
  return { creditCode, entityName, role, personIndex, boundAt };
}

export async function putEntityBinding(sub: string, record: EntityBindingRecord): Promise<void> {
  await dynamoClient().send(new PutCommand({ TableName: table(), Item: { ...bindingKey(sub), ...record } }));
}

export async function isEntityAgent(creditCode: string, agentIndex: string): Promise<boolean> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: table(), Key: agentKey(creditCode, agentIndex), ConsistentRead: true }),
  );
  return out.Item !== undefined;
}

export async function putEntityAgent(creditCode: string, agent: EntityAgentRecord): Promise<void> {
  await dynamoClient().send(
    new PutCommand({ TableName: table(), Item: { ...agentKey(creditCode, agent.agentIndex), ...agent } }),
  );
}

export async function deleteEntityAgent(creditCode: string, agentIndex: string): Promise<void> {
  await dynamoClient().send(new DeleteCommand({ TableName: table(), Key: agentKey(creditCode, agentIndex) }));
}

/** Ends an account's binding (an agent whose authorisation was withdrawn), only if it is still `creditCode`'s. */
export async function deleteEntityBindingOf(sub: string, creditCode: string): Promise<void> {
  try {
    await dynamoClient().send(
      new DeleteCommand({
        TableName: table(),
        Key: bindingKey(sub),
        ConditionExpression: 'creditCode = :c',
        ExpressionAttributeValues: { ':c': creditCode },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

export async function listEntityAgents(creditCode: string): Promise<EntityAgentRecord[]> {
  const items = await queryAll({
    TableName: table(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': agentsPk(creditCode) },
  });
  return items.map((item) => {
    const { agentIndex, idNumberMasked, addedBy, addedAt } = item as unknown as EntityAgentRecord;
    return { agentIndex, idNumberMasked, addedBy, addedAt };
  });
}
