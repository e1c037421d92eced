import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { notify } from '../../functions/src/notifications/service.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { nowMs } from '../../functions/src/platform/clock.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { api, tokenFor } from '../support/api.js';

/** Issue 10 §5: the outbox keeps a person's address masked and sealed, never in clear, and only for a while. */
const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);
const email = 'resident.wang@example.cn';
const phone = '13812345678';
const maskedEmail = `r${'*'.repeat(12)}@example.cn`;
const reference = `outbox-privacy-${nowMs()}`;

beforeAll(async () => {
  // The notifier runs in this process, against the same local cloud and key as the handlers.
  Object.assign(process.env, env);
  resetConfig();
  resetClients();
  resetKeyService();
  await notify({ channel: 'email', to: email, subject: 'test mail', body: 'hello', reference });
  await notify({ channel: 'sms', to: phone, subject: 'test sms', body: 'hello', reference });
  await notify({
    channel: 'email',
    to: 'officers.civil-affairs@duty.yuexiu.local',
    subject: 'duty',
    body: 'hello',
    reference,
    recipient: 'office',
  });
});

afterAll(() => dynamo.destroy());

async function rawItems() {
  const day = new Date(nowMs()).toISOString().slice(0, 10);
  const out = await dynamo.send(
    new QueryCommand({
      TableName: env.TABLE_CORE,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `OUTBOX#${day}` },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).filter((i) => i.reference === reference);
}

describe('the notifications outbox', () => {
  it('stores no contact detail in clear: a masked recipient, a sealed one and an expiry', async () => {
    const items = await rawItems();
    expect(items).toHaveLength(3);
    const stored = JSON.stringify(items);
    expect(stored).not.toContain(email);
    expect(stored).not.toContain(phone);
    const personal = items.filter((i) => i.subject !== 'duty');
    for (const item of personal) {
      expect(item.toSealed).toMatch(/^v1\./);
      expect(item.expiresAt).toBeGreaterThan(nowMs() / 1000);
    }
    expect(personal.map((i) => i.to).sort()).toEqual(['138****5678', maskedEmail]);
  });

  it('shows admins masked recipients, and duty mailboxes as they are', async () => {
    const res = await api('GET', '/api/admin/outbox', { token: await tokenFor('admin1') });
    expect(res.status).toBe(200);
    const mine = (res.body.items as { reference: string; to: string }[]).filter((m) => m.reference === reference);
    expect(mine.map((m) => m.to).sort()).toEqual([
      '138****5678',
      'officers.civil-affairs@duty.yuexiu.local',
      maskedEmail,
    ]);
    expect(JSON.stringify(res.body)).not.toContain(email);
    expect(JSON.stringify(res.body)).not.toContain('toSealed');
  });
});
