import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { saveProfile } from '../../functions/src/identity/service.js';
import { nowIso } from '../../functions/src/platform/clock.js';
import { demoUsers } from './identity/demo-users.js';

/**
 * Demo data of the local cloud: profiles of the demo citizens and enterprises. Only what is missing
 * is written, so a restart keeps whatever the user changed. A demo citizen with an ID number gets it the
 * way any citizen does — real-name verified (against the demo population) and bound to their account.
 */
export async function seedDemoData(dynamo: DynamoDBDocumentClient, tables: { registry: string }): Promise<number> {
  let written = 0;
  for (const user of demoUsers.filter((u) => u.roles.includes('citizen') || u.roles.includes('enterprise'))) {
    const key = { pk: `USER#${user.sub}`, sk: 'PROFILE' };
    const existing = await dynamo.send(new GetCommand({ TableName: tables.registry, Key: key }));
    if (existing.Item) continue;
    if (user.idNumber) {
      const principal = { sub: user.sub, username: user.username, roles: [...user.roles] };
      await saveProfile(principal, { name: user.name, email: user.email, idNumber: user.idNumber, version: 0 });
    } else {
      await dynamo.send(
        new PutCommand({
          TableName: tables.registry,
          Item: { ...key, name: user.name, email: user.email, version: 1, updatedAt: nowIso() },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    }
    written++;
  }
  return written;
}
