import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { seedDemoNotices } from '../../infra/local/demo/seed-demo-notices.js';

/**
 * The public information of `npm start`, on a cloud of its own (the shared cloud of the other tests stays free
 * of demo data): the 300 notices fill /notices and the site search's 政务信息 tab on first start.
 */
describe('demo notices of npm start', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  const get = async (path: string) => {
    const res = await fetch(`${cloud.origin}${path}`);
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    cloud = await startEphemeralCloud({ web: false, demoNotices: true, sweepSeconds: 0 });
  }, 600_000);

  afterAll(async () => {
    await cloud?.stop();
  });

  it('writes 300 notices of every kind, most published', () => {
    const report = cloud.demoNotices!;
    expect(report).toMatchObject({ planned: 300, created: 300 });
    for (const kind of ['notice', 'policy', 'interpretation'] as const) expect(report.byKind[kind]).toBeGreaterThan(20);
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
