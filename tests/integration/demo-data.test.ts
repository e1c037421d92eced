import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../functions/src/platform/aws-clients.js';
import { config } from '../../functions/src/platform/config.js';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DemoApiClient } from '../../infra/local/demo/api-client.js';
import { seedDemoCases } from '../../infra/local/demo/seed-demo-cases.js';
import { seedDemoGridEvents } from '../../infra/local/demo/seed-demo-grid-events.js';
import { seedDemoLetters } from '../../infra/local/demo/seed-demo-letters.js';
import { seedDemoNotices } from '../../infra/local/demo/seed-demo-notices.js';
import { seedDemoOfficialDocuments } from '../../infra/local/demo/seed-official-documents.js';

/**
 * The demo data of `npm start`, all of it on one cloud of its own as `npm start` seeds it (the shared cloud of the
 * other tests stays free of demo data): cases, letters, notices, city events and official documents, each seeded
 * through its own path, and nothing written when the seeding runs again. A smaller set of cases than npm start's
 * 200 keeps it affordable; the showcases it starts with are the cases each named inbox needs. One cloud rather than
 * one per kind: each start costs about 20 s, twice per CI run.
 */
const count = 40;

describe('demo data of npm start', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  let client: DemoApiClient;
  const get = async (path: string) => {
    const res = await fetch(`${cloud.origin}${path}`);
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    cloud = await startEphemeralCloud({
      web: false,
      demoCases: count,
      demoLetters: true,
      demoNotices: true,
      demoGridEvents: true,
      demoOfficialDocuments: true,
      sweepSeconds: 0,
    });
    client = new DemoApiClient(cloud.endpoints.api);
  }, 900_000);

  afterAll(async () => {
    await cloud?.stop();
  });

  describe('cases', () => {
    it('creates every planned case, each where its story meant it, in every resting status', () => {
      const report = cloud.demoCases!;
      expect(report).toMatchObject({ planned: count, created: count, offTarget: [] });
      for (const status of ['submitted', 'needs_correction', 'in_review', 'deciding', 'approved', 'completed']) {
        expect(report.byStatus[status], status).toBeGreaterThan(0);
      }
      expect(Object.values(report.byStatus).reduce((a, b) => a + b, 0)).toBe(count);
    });

    it('fills the inboxes of officer1, head1, clerk1 and another department’s officer', async () => {
      for (const user of ['officer1', 'head1', 'clerk1', 'officer-health']) {
        const inbox = await client.call<{ items: unknown[] }>(user, 'GET', '/api/work-items');
        expect(inbox.items.length, user).toBeGreaterThan(0);
      }
    });

    it('gives citizen1 cases and a verified profile, and the supervisor figures', async () => {
      const mine = await client.call<{ items: unknown[] }>('citizen1', 'GET', '/api/cases');
      expect(mine.items.length).toBeGreaterThan(0);
      const profile = await client.call<{ idNumber?: string; phone?: string }>('citizen1', 'GET', '/api/me/profile');
      expect(profile.idNumber).toMatch(/^440104\*+\d{3}[\dX]$/);
      expect(profile.phone).toMatch(/^139\*{4}\d{4}$/);
      const summary = await client.call<{ total: Record<string, unknown> }>(
        'supervisor1',
        'GET',
        '/api/supervision/summary',
      );
      expect(JSON.stringify(summary.total)).not.toBe('{}');
    });

    it('writes nothing when it runs again', async () => {
      const again = await seedDemoCases({ origin: cloud.endpoints.api, count });
      expect(again).toMatchObject({ planned: count, created: 0, profilesSaved: 0 });
      expect(again.sweep).toBeUndefined();
      expect(again.byStatus).toEqual(cloud.demoCases!.byStatus);
    });
  });

  describe('letters', () => {
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

  describe('notices', () => {
    it('writes 300 notices of every kind, most published', () => {
      const report = cloud.demoNotices!;
      expect(report).toMatchObject({ planned: 300, created: 300 });
      for (const kind of ['notice', 'policy', 'interpretation'] as const)
        expect(report.byKind[kind]).toBeGreaterThan(20);
      expect(report.byStatus.published).toBeGreaterThan(250);
    });

    it('lists them by kind and fills the search’s 政务信息 tab on first start', async () => {
      const policies = await get('/api/notices?kind=policy&limit=50');
      expect(policies.status).toBe(200);
      expect(policies.body.items).toHaveLength(50);
      expect(policies.body.nextCursor).toBeDefined();
      const search = await get(`/api/search?q=${encodeURIComponent('通知')}&type=info&pageSize=50`);
      expect(search.status).toBe(200);
      expect(search.body.total).toBeGreaterThan(100);
      expect(search.body.items[0].url).toMatch(/^\/notices\/seed-\d{4}$/);
      const opened = await get(search.body.items[0].url.replace('/notices/', '/api/notices/'));
      expect(opened.status).toBe(200);
    });

    it('writes nothing when it runs again', async () => {
      const again = await seedDemoNotices();
      expect(again).toMatchObject({ planned: 300, created: 0 });
    });
  });

  describe('city events', () => {
    it('writes 48 events at every step of the loop', () => {
      const report = cloud.demoGridEvents!;
      expect(report).toMatchObject({ planned: 48, created: 48 });
      for (const status of ['reported', 'dispatched', 'handled', 'closed']) {
        expect(report.byStatus[status] ?? 0, `${status}: ${JSON.stringify(report.byStatus)}`).toBeGreaterThan(0);
      }
    });

    it('fills the dispatcher’s console and inbox, and the list of closed events', async () => {
      type Page = { items: { kind?: string; step: string }[] };
      const events = await client.call<{ items: { status: string; dueDate: string }[] }>(
        'dispatcher1',
        'GET',
        '/api/grid/events',
      );
      expect(events.items.length).toBe(48 - cloud.demoGridEvents!.byStatus.closed!);
      const inbox = await client.call<Page>('dispatcher1', 'GET', '/api/work-items?limit=100');
      expect(inbox.items.filter((i) => i.kind === 'grid-event' && i.step === 'dispatch').length).toBe(
        (cloud.demoGridEvents!.byStatus.reported ?? 0) + (cloud.demoGridEvents!.byStatus.registered ?? 0),
      );
      const closed = await client.call<{ items: unknown[] }>('supervisor1', 'GET', '/api/grid/events?status=closed');
      expect(closed.items.length).toBe(cloud.demoGridEvents!.byStatus.closed);
    });

    it('writes nothing on a second start', async () => {
      expect((await seedDemoGridEvents()).created).toBe(0);
    });
  });

  describe('official documents', () => {
    it('writes three documents of civil affairs through their own steps, and nothing on a second start', async () => {
      type List = {
        items: { id: string; status: string; number?: string; receipt?: string }[];
        chain?: { valid: boolean };
      };
      const mine = await client.call<List>('head1', 'GET', '/api/official-documents?view=mine');
      expect(mine.items.map((d) => d.status).sort()).toEqual(['draft', 'review', 'signed']);
      expect(mine.items.find((d) => d.status === 'signed')?.number).toMatch(/^越民〔\d{4}〕1号$/);
      const archive = await client.call<List>('head1', 'GET', '/api/official-documents?view=archive');
      expect(archive.chain?.valid).toBe(true);
      const received = await client.call<List>('officer2', 'GET', '/api/official-documents?view=received');
      expect(received.items.map((d) => d.receipt)).toEqual(['pending']);
      expect(await seedDemoOfficialDocuments()).toBe(0);
    });
  });
});
