import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { demoUsers } from './identity/demo-users.js';

/**
 * Demo data of the local cloud: profiles of the demo citizens and enterprises. Only what is missing
 * is written, so a restart keeps whatever the user changed.
 */
export async function seedDemoData(dynamo: DynamoDBDocumentClient, tables: { registry: string }): Promise<number> {
  let written = 0;
  for (const user of demoUsers.filter((u) => u.roles.includes('citizen') || u.roles.includes('enterprise'))) {
    const key = { pk: `USER#${user.sub}`, sk: 'PROFILE' };
    const existing = await dynamo.send(new GetCommand({ TableName: tables.registry, Key: key }));
    if (existing.Item) continue;
    await dynamo.send(
      new PutCommand({
        TableName: tables.registry,
        Item: { ...key, name: user.name, email: user.email, version: 1, updatedAt: new Date().toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    written++;
  }
  return written;
}
