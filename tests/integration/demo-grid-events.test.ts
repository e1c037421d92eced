import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DemoApiClient } from '../../infra/local/demo/api-client.js';
import { seedDemoGridEvents } from '../../infra/local/demo/seed-demo-grid-events.js';

/**
 * The city events of `npm start`, on a cloud of its own (the shared cloud of the other tests stays free of demo
 * data): every one written with the inbox item of its next step, and a second seeding writes nothing.
 */
describe('demo city events of npm start', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  let client: DemoApiClient;

  beforeAll(async () => {
    cloud = await startEphemeralCloud({ web: false, demoGridEvents: true, sweepSeconds: 0 });
    client = new DemoApiClient(cloud.endpoints.api);
  }, 600_000);

  afterAll(async () => {
    await cloud?.stop();
  });

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
