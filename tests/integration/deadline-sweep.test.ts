import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sweepDeadlines } from '../../functions/src/cases/sweep.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase } from '../support/cases.js';
import { countOf, emittedMetrics } from '../support/emf.js';

const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);

/** Moves a case's acceptance back in time, as if it had been waiting since then. */
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

async function acceptedCase() {
  const filed = await fileOnlineCase('citizen2');
  const caseId = filed.body.caseId as string;
  await decideStep(caseId, 'officer1', 'accept', 'accept');
  await caseWhen(caseId, 'citizen2', (c) => c.clock.dueDate !== undefined && c.status === 'in_review');
  return caseId;
}

async function dutyMessages(caseId: string) {
  const res = await api('GET', '/api/admin/outbox', { token: await tokenFor('admin1') });
  return (res.body.items as { reference: string; to: string; subject: string }[]).filter(
    (m) => m.reference === caseId && m.to.endsWith('@duty.yuexiu.local'),
  );
}

describe('the deadline sweep (电子监察)', () => {
  // The cloud and this process read the same clock: the sweep's "now" and the case view's agree.
  const now = '2026-11-26T03:00:00.000Z';
  beforeAll(async () => {
    // The sweep runs in this process against the same local cloud, as the local timer does.
    Object.assign(process.env, env);
    resetConfig();
    resetClients();
    resetKeyService();
    await setCloudClock(now);
  });
  afterAll(async () => {
    await setCloudClock(undefined);
    dynamo.destroy();
  });

  it('raises yellow at 80% of the limit and red when overdue, each once, escalating red to the head', async () => {
    // MZ-0007 promises 10 working days. Accepted 2026-11-13 (Fri): due 2026-11-27.
    const yellow = await acceptedCase();
    await acceptedOn(yellow, '2026-11-13T02:00:00.000Z');
    const red = await acceptedCase();
    await acceptedOn(red, '2026-10-09T02:00:00.000Z');

    let report = { yellow: 0, red: 0, heartbeats: 0 };
    const metrics = await emittedMetrics(async () => (report = await sweepDeadlines()));
    // The operations dashboard's "Cases overdue": one per red warning raised, none for yellow.
    expect(countOf(metrics, 'CasesOverdue')).toBe(report.red);
    expect(report.yellow).toBeGreaterThanOrEqual(1);
    expect(report.red).toBeGreaterThanOrEqual(1);
    expect(report.heartbeats).toBeGreaterThanOrEqual(2);

    const y = await caseWhen(yellow, 'supervisor1', () => true);
    expect(y.clock).toMatchObject({ dueDate: '2026-11-27', level: 'yellow' });
    expect(y.escalated).toBeUndefined();
    expect((await dutyMessages(yellow)).map((m) => m.to)).toEqual(['officers.civil-affairs@duty.yuexiu.local']);

    const r = await caseWhen(red, 'supervisor1', () => true);
    expect(r.clock.level).toBe('red');
    expect(r.escalated).toBe(true);
    expect(r.timeline.at(-1)).toMatchObject({ event: 'overdue', by: 'system' });
    expect((await dutyMessages(red)).map((m) => m.to).sort()).toEqual([
      'heads.civil-affairs@duty.yuexiu.local',
      'officers.civil-affairs@duty.yuexiu.local',
    ]);

    // A second sweep raises nothing new for the same levels, and counts no case overdue again.
    expect(countOf(await emittedMetrics(() => sweepDeadlines()), 'CasesOverdue')).toBe(0);
    expect(await dutyMessages(red)).toHaveLength(2);
    expect(await dutyMessages(yellow)).toHaveLength(1);
  });

  it('shows the staff inbox most urgent first', async () => {
    const inbox = await api('GET', '/api/work-items', { token: await tokenFor('officer1') });
    const due = (inbox.body.items as { dueDate?: string }[]).map((i) => i.dueDate ?? '9999');
    expect(due).toEqual([...due].sort());
  });
});
