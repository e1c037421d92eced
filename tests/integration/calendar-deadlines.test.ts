import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase } from '../support/cases.js';

/**
 * Publishing a year moves the due dates that reach into it: a case due on 2027-01-01 counted
 * Monday–Friday (flagged dueCovered: false) is due after New Year's holiday once 2027 is published.
 */
const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);

async function acceptedOn(caseId: string, acceptedAt: string) {
  await dynamo.send(
    new UpdateCommand({
      TableName: env.TABLE_CORE,
      Key: { pk: `CASE#${caseId}`, sk: 'META' },
      UpdateExpression: 'SET clock.acceptedAt = :at',
      ExpressionAttributeValues: { ':at': acceptedAt },
    }),
  );
}

describe('a published calendar and the due dates across it', () => {
  beforeAll(async () => setCloudClock('2026-12-20T02:00:00Z'));
  afterAll(async () => {
    await setCloudClock(undefined);
    dynamo.destroy();
  });

  it('moves a due date across New Year once 2027 is published, and no longer flags it', async () => {
    const token = await tokenFor('admin1');
    const state = await api('GET', '/api/calendar/2027/versions', { token });
    // A fresh cloud has no 2027: the seed ends in 2026.
    expect(state.body.status).not.toBe('published');

    const filed = await fileOnlineCase('citizen2');
    const caseId = filed.body.caseId as string;
    await decideStep(caseId, 'officer1', 'accept', 'accept');
    await caseWhen(caseId, 'citizen2', (c) => c.clock.dueDate !== undefined && c.status === 'in_review');
    // MZ-0007 promises 10 working days. Accepted Friday 2026-12-18: 12-21…12-31 are 9, the 10th is 2027-01-01.
    await acceptedOn(caseId, '2026-12-18T02:00:00.000Z');
    const before = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('citizen2') });
    expect(before.body.clock).toMatchObject({ dueDate: '2027-01-01', dueCovered: false });

    const draft = await api('PUT', '/api/calendar/2027/draft', {
      token,
      body: {
        revision: state.body.revision,
        reason: 'State Council notice for 2027',
        notice: { number: '国办发明电〔2026〕7号', date: '2026-11-04' },
        holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-03' }],
        makeUpWorkdays: [],
      },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    // A draft changes nothing.
    const drafted = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('citizen2') });
    expect(drafted.body.clock).toMatchObject({ dueDate: '2027-01-01', dueCovered: false });

    const published = await api('POST', '/api/calendar/2027/publish', { token, body: { reason: 'in force' } });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const after = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('citizen2') });
    expect(after.body.clock).toMatchObject({ dueDate: '2027-01-04', dueCovered: true });
  });
});
