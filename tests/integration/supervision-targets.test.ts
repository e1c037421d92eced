import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItems } from '../../functions/src/catalog/seed/items.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { uploadDocument } from '../support/documents.js';

/** An online civil-affairs item (高龄老人津贴申领) the cases are filed for. */
const onlineItem = '440104-MZ-0007';

async function application(user: string) {
  const guide = (await api('GET', `/api/services/${onlineItem}`)).body;
  const fields = guide.form.sections.flatMap((s: { fields: { id: string; example?: unknown }[] }) => s.fields);
  const answers = Object.fromEntries(
    fields.filter((f: { example?: unknown }) => f.example !== undefined).map((f: any) => [f.id, f.example]),
  );
  const token = await tokenFor(user);
  const materials: { material: number; documentIds: string[] }[] = [];
  for (const [index, material] of (guide.materials as { required: boolean }[]).entries()) {
    if (material.required) materials.push({ material: index, documentIds: [await uploadDocument(token)] });
  }
  return { itemCode: onlineItem, answers, materials, submissionToken: randomUUID() };
}

async function file(channel: 'online' | 'counter') {
  const res =
    channel === 'online'
      ? await api('POST', '/api/cases', { token: await tokenFor('citizen1'), body: await application('citizen1') })
      : await api('POST', '/api/counter/cases', {
          token: await tokenFor('clerk1'),
          body: { ...(await application('clerk1')), pickup: { method: 'download' }, identityChecked: true },
        });
  if (res.status !== 201) throw new Error(`${channel} filing failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A new civil-affairs item: saved as a draft, then published unless `publish` is false. */
async function newItem(online: boolean, publish: boolean) {
  const code = `440104-MZ-${8000 + randomInt(999)}`;
  const token = await tokenFor('cataloger1');
  const body = {
    ...seedItems[0]!,
    code,
    name: { zh: `监察事项${code}`, en: `Target item ${code}` },
    online,
    counterVisits: online ? 0 : 1,
    version: 0,
  };
  const saved = await api('PUT', `/api/catalog/items/${code}/draft`, { token, body });
  if (saved.status !== 200) throw new Error(`draft failed: ${JSON.stringify(saved.body)}`);
  if (publish) {
    const published = await api('POST', `/api/catalog/items/${code}/publish`, { token });
    if (published.status !== 200) throw new Error(`publish failed: ${JSON.stringify(published.body)}`);
  }
}

const targets = async (user: string, query = '') =>
  api('GET', `/api/supervision/targets${query}`, { token: await tokenFor(user) });
const civil = (body: { departments: { department: string }[] }) =>
  body.departments.find((d) => d.department === 'civil-affairs') as any;

describe('supervision against the plan’s online targets', () => {
  // Two months no other test files cases in: the period's figures are exactly the cases filed here.
  const period = '?department=civil-affairs&from=2025-03-01&to=2025-04-30';
  let before: any;

  beforeAll(async () => {
    before = (await targets('supervisor1', '?department=civil-affairs')).body;
    await newItem(true, true);
    await newItem(false, true);
    await newItem(true, false);
    await setCloudClock('2025-03-12T03:00:00.000Z');
    await Promise.all([file('online'), file('online'), file('counter')]);
    await setCloudClock('2025-04-15T03:00:00.000Z');
    await file('online');
  }, 180_000);
  afterAll(() => setCloudClock(undefined));

  it('counts the items queryable and processable online from the catalog', async () => {
    const after = (await targets('supervisor1', '?department=civil-affairs')).body;
    const [was, is] = [civil(before), civil(after)];
    expect(is.items - was.items).toBe(3);
    expect(is.queryable - was.queryable).toBe(2);
    expect(is.processable - was.processable).toBe(1);
    expect(is.queryableShare).toBe(is.queryable / is.items);
    expect(is.queryableMet).toBe(false);
    expect(is.processableShare).toBe(is.processable / is.items);
    expect(is.processableMet).toBe(is.processableShare >= 0.95);
    expect(after.targets).toEqual({ queryableShare: 1, processableShare: 0.95, onlineRate: 0.95 });
  });

  it('gives the online processing rate of the period and month by month', async () => {
    const res = await targets('supervisor1', period);
    expect(res.status).toBe(200);
    expect(civil(res.body)).toMatchObject({ cases: 4, online: 3, onlineRate: 0.75, onlineRateMet: false, rank: 1 });
    expect(res.body.trend).toEqual([
      { month: '2025-03', cases: 3, online: 2, onlineRate: 2 / 3 },
      { month: '2025-04', cases: 1, online: 1, onlineRate: 1 },
    ]);
  });

  it('ranks every department for a supervisor and shows a head their own', async () => {
    const district = (await targets('supervisor1')).body;
    expect(district.departments.length).toBeGreaterThanOrEqual(15);
    const ranks = district.departments.map((d: { rank: number }) => d.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    expect(district.total.items).toBe(district.departments.reduce((n: number, d: any) => n + d.items, 0));

    const head = await targets('head1');
    expect(head.status).toBe(200);
    expect(head.body.departments.map((d: { department: string }) => d.department)).toEqual(['civil-affairs']);
    expect((await targets('head1', '?department=market-supervision')).status).toBe(403);
    const bad = await targets('supervisor1', '?month=2025-03');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['month']);
  });
});
