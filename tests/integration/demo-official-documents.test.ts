import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DemoApiClient } from '../../infra/local/demo/api-client.js';
import { seedDemoOfficialDocuments } from '../../infra/local/demo/seed-official-documents.js';

/**
 * The official documents of `npm start`, on a cloud of its own: civil affairs has one signed and dispatched, one
 * in review and one draft; market supervision has the signed one to register; a second seeding writes nothing.
 */
describe('demo official documents of npm start', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  let client: DemoApiClient;

  beforeAll(async () => {
    cloud = await startEphemeralCloud({ web: false, demoOfficialDocuments: true, sweepSeconds: 0 });
    client = new DemoApiClient(cloud.endpoints.api);
  }, 600_000);

  afterAll(async () => {
    await cloud?.stop();
  });

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
