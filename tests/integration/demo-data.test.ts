import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { seedDemoCases } from '../../infra/local/demo/seed-demo-cases.js';
import { DemoApiClient } from '../../infra/local/demo/api-client.js';

/**
 * The demo data of `npm start`, on a cloud of its own (the shared cloud of the other tests stays free of
 * demo cases). A smaller set than npm start's 200 keeps it affordable; the showcases it starts with are
 * the cases each named inbox needs.
 */
const count = 40;

describe('demo data of npm start', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  let client: DemoApiClient;

  beforeAll(async () => {
    cloud = await startEphemeralCloud({ web: false, demoCases: count, sweepSeconds: 0 });
    client = new DemoApiClient(cloud.endpoints.api);
  }, 600_000);

  afterAll(async () => {
    await cloud?.stop();
  });

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
