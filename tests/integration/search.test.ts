import { beforeAll, describe, expect, it } from 'vitest';
import { seedItems } from '../../functions/src/catalog/seed/items.js';
import type { ServiceItem } from '../../functions/src/catalog/model.js';
import { api, eventually, tokenFor } from '../support/api.js';

interface Hit {
  type: string;
  code: string;
  title: { zh: string; en: string };
}

const search = (query: string) =>
  api<{ items: Hit[]; total: number; error?: { details: { fields: { field: string }[] } } }>(
    'GET',
    `/api/search?${query}`,
  );
const top3 = async (q: string) => {
  const res = await search(`q=${encodeURIComponent(q)}&type=service`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.slice(0, 3).map((i) => i.code);
};
const fieldsOf = (body: any) => (body.error.details.fields as { field: string }[]).map((f) => f.field);

describe('GET /api/search', () => {
  it.each([
    ['结婚', '440104-MZ-0001'],
    ['marriage', '440104-MZ-0001'],
    ['mariage registraton', '440104-MZ-0001'],
    ['身份证', '440104-GA-0003'],
    ['居民身份证', '440104-GA-0004'],
    ['unemployment', '440104-RS-0001'],
    ['失业登记', '440104-RS-0001'],
    ['新生儿', '440104-GA-0001'],
  ])('finds the expected seed item in the top 3 for %s', async (q, code) => {
    expect(await top3(q)).toContain(code);
  });

  it('answers with the documented shape, FAQs included', async () => {
    const res = await search('q=结婚登记&pageSize=20');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('max-age');
    expect(res.body).toMatchObject({ query: '结婚登记', page: 1, pageSize: 20 });
    expect((res.body as any).tookMs).toBeGreaterThanOrEqual(0);
    expect(res.body.items[0]).toMatchObject({
      type: 'service',
      code: '440104-MZ-0001',
      title: { zh: expect.stringContaining('结婚') },
      department: 'civil-affairs',
      url: '/services/440104-MZ-0001',
    });
    expect(res.body.items.some((i) => i.type === 'faq')).toBe(true);
  });

  it.each([
    ['q=', 'q'],
    ['type=service', 'q'],
    [`q=${'证'.repeat(101)}`, 'q'],
    ['q=结婚&page=0', 'page'],
    ['q=结婚&page=abc', 'page'],
    ['q=结婚&pageSize=500', 'pageSize'],
    ['q=结婚&type=video', 'type'],
    ['q=结婚&sort=date', 'sort'],
  ])('returns 400 naming the parameter for ?%s', async (query, field) => {
    const res = await search(query);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toContain(field);
  });
});

describe('the index rebuilds on publish', () => {
  const code = '440104-MZ-0902';
  let cataloger: string;

  beforeAll(async () => {
    cataloger = await tokenFor('cataloger1');
  });

  async function publish(name: ServiceItem['name']) {
    const base = seedItems.find((i) => i.code === '440104-MZ-0001')!;
    const current = await api('GET', `/api/catalog/items/${code}`, { token: cataloger });
    const version = current.status === 200 ? (current.body as any).entry.version : 0;
    const saved = await api('PUT', `/api/catalog/items/${code}/draft`, {
      token: cataloger,
      body: { ...base, code, name, faq: [], version },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const published = await api('POST', `/api/catalog/items/${code}/publish`, { token: cataloger });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  }

  const firstFor = (q: string) =>
    eventually(async () => {
      const res = await search(`q=${encodeURIComponent(q)}`);
      return res.body.items[0]?.code === code ? res.body.items[0] : undefined;
    }, 10_000);

  it('finds a published item by its name, and by its new name after an edit is published', async () => {
    await publish({ zh: '骑楼街区文化登记', en: 'Qilou arcade heritage registration' });
    expect(await firstFor('骑楼街区')).toMatchObject({ title: { zh: '骑楼街区文化登记' } });

    await publish({ zh: '荔湾艇仔粥摊位登记', en: 'Sampan congee stall registration' });
    expect(await firstFor('sampan congee')).toMatchObject({ title: { en: 'Sampan congee stall registration' } });
    const old = await search(`q=${encodeURIComponent('骑楼街区')}`);
    expect(old.body.items.map((i) => i.code)).not.toContain(code);
  });
});
