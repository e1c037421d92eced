import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../functions/src/platform/aws-clients.js';
import { config } from '../../functions/src/platform/config.js';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DemoApiClient } from '../../infra/local/demo/api-client.js';
import { seedDemoLetters } from '../../infra/local/demo/seed-demo-letters.js';

/**
 * The historic letters of `npm start`, on a cloud of its own (the shared cloud of the other tests stays free
 * of demo data): the full 200, since they are written straight to the store.
 */
describe('demo letters of npm start', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  let client: DemoApiClient;

  beforeAll(async () => {
    cloud = await startEphemeralCloud({ web: false, demoLetters: true, sweepSeconds: 0 });
    client = new DemoApiClient(cloud.endpoints.api);
  }, 600_000);

  afterAll(async () => {
    await cloud?.stop();
  });

  it('writes 200 letters, waiting, answered and reopened, some published', () => {
    const report = cloud.demoLetters!;
    expect(report).toMatchObject({ planned: 200, created: 200 });
    for (const status of ['awaiting_answer', 'answered', 'reopened']) {
      expect(report.byStatus[status], status).toBeGreaterThan(0);
    }
    expect(report.published).toBeGreaterThan(0);
  });

  it('shows them in the public Q&A, a writer’s letters and a department’s inbox', async () => {
    const published = await client.call<{ items: { letterNumber: string; department: string }[] }>(
      'citizen1',
      'GET',
      '/api/letters/public?limit=50',
    );
    expect(published.items.length).toBeGreaterThan(10);
    expect(new Set(published.items.map((i) => i.department)).size).toBeGreaterThan(3);
    const mine = await client.call<{ items: unknown[] }>('citizen1', 'GET', '/api/letters');
    expect(mine.items.length).toBeGreaterThan(0);
    const inbox = await client.call<{ items: { kind?: string }[] }>('officer1', 'GET', '/api/work-items?step=answer');
    expect(inbox.items.some((i) => i.kind === 'letter')).toBe(true);
  });

  it('reads a seeded letter through the API as any letter', async () => {
    const mine = await client.call<{ items: { letterId: string }[] }>('citizen1', 'GET', '/api/letters');
    const letter = await client.call<{ history: { event: string }[] }>(
      'citizen1',
      'GET',
      `/api/letters/${mine.items[0]!.letterId}`,
    );
    expect(letter.history[0]!.event).toBe('written');
  });

  it('gives supervision figures over all of them: by type, topic and department, on time, rated, reopened', async () => {
    type Figures = { letters: number; answers: number; satisfaction: { rated: number }; reopened: number };
    const body = await client.call<{
      total: Figures & { onTimeRate: number | null; reopenRate: number | null };
      byType: (Figures & { type: string })[];
      byTopic: Figures[];
      departments: Figures[];
    }>('supervisor1', 'GET', '/api/supervision/letters');
    expect(body.total.letters).toBe(200);
    expect(body.total.answers).toBeGreaterThan(0);
    expect(body.total.onTimeRate).not.toBeNull();
    expect(body.total.satisfaction.rated).toBeGreaterThan(0);
    expect(body.total.reopened).toBeGreaterThanOrEqual(cloud.demoLetters!.byStatus.reopened ?? 1);
    expect(body.total.reopenRate).toBeGreaterThan(0);
    expect(body.byType.every((t) => t.letters > 0)).toBe(true);
    expect(body.byTopic.reduce((sum, t) => sum + t.letters, 0)).toBe(200);
    expect(body.departments.reduce((sum, d) => sum + d.letters, 0)).toBe(200);
  });

  it('gives letters seeded before supervision counted them their entry on the next start', async () => {
    const entries = await dynamoClient().send(
      new QueryCommand({
        TableName: config().tables.core,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'LETTERS#WRITTEN' },
        Limit: 3,
      }),
    );
    for (const item of entries.Items ?? []) {
      await dynamoClient().send(
        new DeleteCommand({ TableName: config().tables.core, Key: { pk: item.pk, sk: item.sk } }),
      );
    }
    const count = async () =>
      (await client.call<{ total: { letters: number } }>('supervisor1', 'GET', '/api/supervision/letters')).total
        .letters;
    expect(await count()).toBe(197);
    await seedDemoLetters();
    expect(await count()).toBe(200);
  });

  it('writes nothing when it runs again', async () => {
    const again = await seedDemoLetters();
    expect(again).toMatchObject({ planned: 200, created: 0 });
    expect(again.byStatus).toEqual(cloud.demoLetters!.byStatus);
  });
});
