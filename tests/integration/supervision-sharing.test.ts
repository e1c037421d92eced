import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedResources } from '../../functions/src/data-sharing/seed.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { requestBody } from '../support/data-sharing.js';

/**
 * The data sharing figures in supervision through the API: on a Monday years ahead (no other test's requests share
 * the day) market supervision is granted the buildings register on request and extracts a page of it, and asks civil
 * affairs for its marriage registrations, which civil affairs' head grants the next day (1 working day). A head sees
 * their department as owner and as consumer only.
 */

const dayMs = 86_400_000;
/** A Monday between 2031 and 2038 (no holiday calendar published: working days are Monday to Friday). */
const monday = new Date(Date.parse('2031-03-03T00:00:00Z') + randomInt(0, 400) * 7 * dayMs).toISOString().slice(0, 10);
const atDay = (offset: number, time = '10:00') =>
  new Date(Date.parse(`${monday}T${time}:00+08:00`) + offset * dayMs).toISOString();
const tuesday = atDay(1).slice(0, 10);
const period = `?from=${monday}&to=${tuesday}`;
const grant = { periodFrom: monday, periodTo: atDay(30).slice(0, 10) };

type Requests = { requests: number; byStatus: Record<string, number> };
type Figures = {
  scope: { departments: string[] };
  catalog: { resources: number; shared: number; sharedShare: number | null; target: number };
  received: Requests;
  made: Requests;
  decisionTime: { timed: number; medianDays: number | null; medianHours: number | null };
  pending: number;
  extractions: {
    extractions: number;
    records: number;
    byResource: { resourceId: string; extractions: number; records: number; departments: number }[];
    byDepartment: { department: string; extractions: number; records: number; resources: number }[];
  };
};
const figures = async (user: string, query = period) =>
  api<Figures>('GET', `/api/supervision/sharing${query}`, { token: await tokenFor(user) });

let extracted = 0;

beforeAll(async () => {
  await setCloudClock(atDay(0, '09:00'));
  const officer = await tokenFor('officer2');
  const onRequest = await api('POST', '/api/data/requests', {
    token: officer,
    body: requestBody('440104-SK-D003', ['code', 'street'], grant),
  });
  expect(onRequest.status, JSON.stringify(onRequest.body)).toBe(201);
  const page = await api('GET', '/api/data/resources/440104-SK-D003/records?limit=3', { token: officer });
  expect(page.status, JSON.stringify(page.body)).toBe(200);
  extracted = page.body.items.length;
  const conditional = await api('POST', '/api/data/requests', {
    token: officer,
    body: requestBody('440104-MZ-D001', ['kind'], grant),
  });
  expect(conditional.status, JSON.stringify(conditional.body)).toBe(201);
  await setCloudClock(atDay(1));
  const decided = await api('POST', `/api/data/requests/${conditional.body.requestId}/decision`, {
    token: await tokenFor('head1'),
    body: { decision: 'granted', opinion: '同意共享', version: 1 },
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
}, 120_000);

afterAll(async () => setCloudClock(undefined));

describe('GET /api/supervision/sharing', () => {
  it('gives the district the catalog against the target, the requests, the time to decide and the extractions', async () => {
    const res = await figures('supervisor1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const shared = seedResources.filter((r) => r.sharingClass !== 'none').length;
    expect(res.body.catalog).toMatchObject({
      resources: seedResources.length,
      shared,
      sharedShare: shared / seedResources.length,
      target: 0.7,
    });
    expect(res.body.received).toEqual({ requests: 2, byStatus: { pending: 0, granted: 2, refused: 0, expired: 0 } });
    expect(res.body.decisionTime).toMatchObject({ timed: 1, medianDays: 1 });
    expect(res.body.extractions.byResource).toEqual([
      {
        resourceId: '440104-SK-D003',
        title: expect.anything(),
        ownerName: expect.anything(),
        ownerDepartment: 'data-center',
        extractions: 1,
        records: extracted,
        departments: 1,
      },
    ]);
    expect(res.body.extractions.byDepartment).toEqual([
      expect.objectContaining({ department: 'market-supervision', extractions: 1, records: extracted, resources: 1 }),
    ]);
  });

  it('shows a head their department as owner and as consumer', async () => {
    const owner = await figures('head1');
    expect(owner.status).toBe(200);
    expect(owner.body.scope.departments).toEqual(['civil-affairs']);
    expect(owner.body).toMatchObject({ received: { requests: 1 }, made: { requests: 0 } });
    expect(owner.body.extractions.extractions).toBe(0);
    const consumer = await figures('head2');
    expect(consumer.body).toMatchObject({ received: { requests: 0 }, made: { requests: 2 } });
    expect(consumer.body.extractions.byDepartment.map((d) => d.department)).toEqual(['market-supervision']);
    const dataCenter = await figures('head-data-center');
    expect(dataCenter.body).toMatchObject({ received: { requests: 1, byStatus: { granted: 1 } } });
    expect(dataCenter.body.decisionTime.timed).toBe(0);
    expect(dataCenter.body.extractions.byResource.map((r) => r.resourceId)).toEqual(['440104-SK-D003']);
    expect((await figures('head1', `${period}&department=health`)).status).toBe(403);
  });

  it('lets the district narrow the figures to the data center, which is no department of the service catalog', async () => {
    const res = await figures('supervisor1', `${period}&department=data-center`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.scope.departments).toEqual(['data-center']);
    expect(res.body).toMatchObject({ received: { requests: 1, byStatus: { granted: 1 } }, made: { requests: 0 } });
    expect(res.body.extractions.byResource.map((r) => r.resourceId)).toEqual(['440104-SK-D003']);
    const unknown = await figures('supervisor1', `${period}&department=nowhere`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('department');
  });

  it('refuses a bad date, naming the parameter', async () => {
    const res = await figures('supervisor1', '?to=2031-02-30');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('to');
  });
});
