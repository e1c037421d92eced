import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { seedCatalog, seedItems } from '../../functions/src/catalog/seed/index.js';
import type { ServiceItem } from '../../functions/src/catalog/model.js';
import { api, tokenFor } from '../support/api.js';

const marriageCode = '440104-MZ-0001';
const civilAffairsSeeded = seedItems.filter((i) => i.department === 'civil-affairs').length;

/** A valid item body for a new code, made from a seed item. */
function newItem(code: string, changes: Partial<ServiceItem> = {}): ServiceItem {
  const base = seedItems.find((i) => i.code === marriageCode)!;
  return { ...base, code, name: { zh: `测试事项${code.slice(-4)}`, en: `Test item ${code.slice(-4)}` }, ...changes };
}

const fieldsOf = (body: any) => (body.error.details.fields as { field: string }[]).map((f) => f.field);

describe('the service catalog', () => {
  let cataloger: string;

  beforeAll(async () => {
    // Seed through the platform's own config and clients, as `npm start` does.
    Object.assign(process.env, inject('cloud').env);
    resetConfig();
    resetClients();
    await seedCatalog();
    cataloger = await tokenFor('cataloger1');
  });

  describe('seeding', () => {
    it('writes nothing the second time (only missing items are written)', async () => {
      expect(await seedCatalog()).toBe(0);
    });
  });

  describe('GET /api/services', () => {
    it('lists published items by code, 20 to a page, with the total', async () => {
      const res = await api('GET', '/api/services');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 20 });
      expect(res.body.total).toBeGreaterThanOrEqual(seedItems.length);
      expect(res.body.items).toHaveLength(20);
      const codes = res.body.items.map((i: { code: string }) => i.code);
      expect(codes).toEqual([...codes].sort());
      expect(res.body.items[0]).toHaveProperty('name.zh');
      expect(res.body.items[0]).not.toHaveProperty('materials');
    });

    it('filters by department', async () => {
      const res = await api('GET', '/api/services?department=civil-affairs&pageSize=100');
      expect(res.status).toBe(200);
      expect(res.body.items.every((i: { department: string }) => i.department === 'civil-affairs')).toBe(true);
      expect(res.body.total).toBeGreaterThanOrEqual(civilAffairsSeeded);
    });

    it('combines filters: life event, audience, topic and online', async () => {
      const res = await api(
        'GET',
        '/api/services?lifeEvent=starting-business&audience=enterprise&online=true&pageSize=100',
      );
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
      for (const item of res.body.items) {
        expect(item.lifeEvents).toContain('starting-business');
        expect(item.audience).toContain('enterprise');
        expect(item.online).toBe(true);
      }
      const byTopic = await api('GET', '/api/services?topic=taxation&department=tax');
      expect(byTopic.body.items.map((i: { code: string }) => i.code)).toContain('440104-SW-0001');
    });

    it('pages through the same order', async () => {
      const all = await api('GET', '/api/services?pageSize=10');
      const second = await api('GET', '/api/services?pageSize=5&page=2');
      expect(second.body).toMatchObject({ page: 2, pageSize: 5, total: all.body.total });
      expect(second.body.items).toEqual(all.body.items.slice(5, 10));
      const beyond = await api('GET', '/api/services?page=1000');
      expect(beyond.body.items).toEqual([]);
    });

    it.each([
      ['pageSize=0', 'pageSize'],
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['department=nowhere', 'department'],
      ['audience=alien', 'audience'],
      ['lifeEvent=lottery', 'lifeEvent'],
      ['topic=x', 'topic'],
      ['online=yes', 'online'],
      ['sort=name', 'sort'],
    ])('refuses %s with 400 naming %s', async (query, field) => {
      const res = await api('GET', `/api/services?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });

  describe('GET /api/services/{code}', () => {
    it('shows the full guide of the published version', async () => {
      const res = await api('GET', `/api/services/${marriageCode}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        code: marriageCode,
        department: 'civil-affairs',
        name: { zh: '内地居民结婚登记' },
        publishedVersion: 1,
        timeLimits: { statutoryDays: 0, promisedDays: 0 },
        phones: { supervision: '12345' },
      });
      for (const field of [
        'legalBasis',
        'conditions',
        'materials',
        'fees',
        'processSteps',
        'outlets',
        'hours',
        'faq',
        'reviewSteps',
      ]) {
        expect(res.body, field).toHaveProperty(field);
      }
      expect(res.body.legalBasis[0].title).toBe('《中华人民共和国民法典》');
    });

    it('answers 404 for an unknown or malformed code', async () => {
      expect((await api('GET', '/api/services/440104-MZ-9999')).status).toBe(404);
      const malformed = await api('GET', '/api/services/not-a-code');
      expect(malformed.status).toBe(404);
      expect(malformed.body.error.code).toBe('NOT_FOUND');
    });
  });

  describe('departments and life events', () => {
    it('counts the published items of every department', async () => {
      const [departments, services] = await Promise.all([api('GET', '/api/departments'), api('GET', '/api/services')]);
      expect(departments.status).toBe(200);
      expect(departments.body.items.length).toBeGreaterThanOrEqual(12);
      const civil = departments.body.items.find((d: { code: string }) => d.code === 'civil-affairs');
      expect(civil).toMatchObject({ itemPrefix: 'MZ', name: { zh: '越秀区民政局' } });
      expect(civil.count).toBeGreaterThanOrEqual(civilAffairsSeeded);
      const sum = departments.body.items.reduce((n: number, d: { count: number }) => n + d.count, 0);
      expect(sum).toBe(services.body.total);
    });

    it('counts the published items of every life event', async () => {
      const res = await api('GET', '/api/life-events');
      expect(res.status).toBe(200);
      const birth = res.body.items.find((e: { code: string }) => e.code === 'birth');
      const listed = await api('GET', '/api/services?lifeEvent=birth');
      expect(birth).toMatchObject({ name: { zh: '出生', en: 'Birth' }, count: listed.body.total });
      expect(birth.count).toBeGreaterThan(3);
    });
  });

  describe('catalog management', () => {
    it('lists every item with its status for the cataloger', async () => {
      const res = await api('GET', '/api/catalog/items', { token: cataloger });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThanOrEqual(seedItems.length);
      expect(res.body.items.find((i: { code: string }) => i.code === marriageCode)).toMatchObject({
        status: 'published',
        publishedVersion: 1,
        hasDraft: false,
        version: 1,
      });
    });

    it('keeps a draft out of the hall until it is published, then shows it everywhere', async () => {
      const code = '440104-MZ-0501';
      const saved = await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: { ...newItem(code, { lifeEvents: ['retirement'] }), version: 0 },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body).toMatchObject({ code, status: 'draft', version: 1, hasDraft: true, updatedBy: 'cataloger1' });
      expect((await api('GET', `/api/services/${code}`)).status).toBe(404);

      const preview = await api('GET', `/api/catalog/items/${code}`, { token: cataloger });
      expect(preview.body.draft).toMatchObject({ code, name: { zh: '测试事项0501' } });
      expect(preview.body.published).toBeUndefined();

      const published = await api('POST', `/api/catalog/items/${code}/publish`, {
        token: cataloger,
        body: { version: 1 },
      });
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', publishedVersion: 1, version: 2, hasDraft: false });

      const guide = await api('GET', `/api/services/${code}`);
      expect(guide.status).toBe(200);
      expect(guide.body).toMatchObject({ publishedVersion: 1, name: { zh: '测试事项0501' } });
      const listed = await api('GET', '/api/services?lifeEvent=retirement&department=civil-affairs&pageSize=100');
      expect(listed.body.items.map((i: { code: string }) => i.code)).toContain(code);
    });

    it('publishes an edit as a new version and moves the item between facets', async () => {
      const code = '440104-MZ-0502';
      await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: { ...newItem(code, { lifeEvents: ['hardship'] }), version: 0 },
      });
      await api('POST', `/api/catalog/items/${code}/publish`, { token: cataloger });

      const edited = await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: {
          ...newItem(code, { lifeEvents: ['death-funeral'] }),
          name: { zh: '改名后的事项', en: 'Renamed item' },
          version: 2,
        },
      });
      expect(edited.body).toMatchObject({ status: 'published', hasDraft: true, version: 3, publishedVersion: 1 });
      // The published guide does not change until the draft is published.
      expect((await api('GET', `/api/services/${code}`)).body.name.zh).toBe('测试事项0502');

      const second = await api('POST', `/api/catalog/items/${code}/publish`, {
        token: cataloger,
        body: { version: 3 },
      });
      expect(second.body).toMatchObject({ publishedVersion: 2, version: 4 });
      expect((await api('GET', `/api/services/${code}`)).body).toMatchObject({
        publishedVersion: 2,
        name: { zh: '改名后的事项' },
      });
      const codesFor = async (event: string) =>
        (await api('GET', `/api/services?lifeEvent=${event}&pageSize=100`)).body.items.map(
          (i: { code: string }) => i.code,
        );
      expect(await codesFor('death-funeral')).toContain(code);
      expect(await codesFor('hardship')).not.toContain(code);
    });

    it('keeps every published version readable as it was published', async () => {
      const code = '440104-MZ-0502';
      const first = await api('GET', `/api/catalog/items/${code}/versions/1`, { token: cataloger });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ publishedVersion: 1, name: { zh: '测试事项0502' }, lifeEvents: ['hardship'] });
      const second = await api('GET', `/api/catalog/items/${code}/versions/2`, { token: cataloger });
      expect(second.body).toMatchObject({ publishedVersion: 2, name: { zh: '改名后的事项' } });
      const missing = await api('GET', `/api/catalog/items/${code}/versions/3`, { token: cataloger });
      expect(missing.status).toBe(404);
      const malformed = await api('GET', `/api/catalog/items/${code}/versions/first`, { token: cataloger });
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed.body)).toEqual(['version']);
    });

    it('refuses a stale draft with 409', async () => {
      const code = '440104-MZ-0503';
      const body = { ...newItem(code), version: 0 };
      expect((await api('PUT', `/api/catalog/items/${code}/draft`, { token: cataloger, body })).status).toBe(200);
      // A second editor who also started from nothing, and one who kept an old revision.
      const again = await api('PUT', `/api/catalog/items/${code}/draft`, { token: cataloger, body });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('CATALOG_ITEM_STALE');
      await api('PUT', `/api/catalog/items/${code}/draft`, { token: cataloger, body: { ...body, version: 1 } });
      const stale = await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: { ...body, version: 1 },
      });
      expect(stale.status).toBe(409);
      const stalePublish = await api('POST', `/api/catalog/items/${code}/publish`, {
        token: cataloger,
        body: { version: 1 },
      });
      expect(stalePublish.status).toBe(409);
    });

    it('refuses an invalid item with 400 naming the field', async () => {
      const code = '440104-MZ-0504';
      const late = await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: { ...newItem(code), timeLimits: { statutoryDays: 10, promisedDays: 15 }, version: 0 },
      });
      expect(late.status).toBe(400);
      expect(fieldsOf(late.body)).toEqual(['timeLimits.promisedDays']);

      const materials = [{ name: { zh: '材料', en: 'Material' }, form: 'original', count: 0, required: true }];
      const badMaterial = await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: { ...newItem(code), materials, version: 0 },
      });
      expect(fieldsOf(badMaterial.body)).toEqual(['materials.0.count']);

      const otherCode = await api('PUT', `/api/catalog/items/${code}/draft`, {
        token: cataloger,
        body: { ...newItem('440104-MZ-0505'), version: 0 },
      });
      expect(otherCode.status).toBe(400);
      expect(fieldsOf(otherCode.body)).toEqual(['code']);

      const wrongDepartment = await api('PUT', '/api/catalog/items/440104-SJ-0504/draft', {
        token: cataloger,
        body: { ...newItem('440104-SJ-0504'), version: 0 },
      });
      expect(fieldsOf(wrongDepartment.body)).toEqual(['code']);
      expect((await api('GET', `/api/catalog/items/${code}`, { token: cataloger })).status).toBe(404);
    });

    it('answers 404 when publishing an item without a draft', async () => {
      const res = await api('POST', `/api/catalog/items/${marriageCode}/publish`, { token: cataloger });
      expect(res.status).toBe(404);
      expect((await api('POST', '/api/catalog/items/440104-MZ-9998/publish', { token: cataloger })).status).toBe(404);
    });

    it('lets no one but a cataloger change the catalog', async () => {
      const body = { ...newItem('440104-MZ-0506'), version: 0 };
      const officer = await api('PUT', '/api/catalog/items/440104-MZ-0506/draft', {
        token: await tokenFor('officer1'),
        body,
      });
      expect(officer.status).toBe(403);
      expect((await api('PUT', '/api/catalog/items/440104-MZ-0506/draft', { body })).status).toBe(401);
      expect((await api('GET', '/api/catalog/items', { token: await tokenFor('citizen1') })).status).toBe(403);
    });
  });
});
