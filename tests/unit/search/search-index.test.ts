import { describe, expect, it } from 'vitest';
import type { PublishedGuide } from '../../../functions/src/catalog/model.js';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { informationDocument, serviceDocuments } from '../../../functions/src/search/documents.js';
import { typoDistance } from '../../../functions/src/search/query.js';
import {
  createInProcessIndex,
  loadInProcessIndex,
  type SearchIndex,
} from '../../../functions/src/search/search-index.js';
import { catalogFingerprint, searchIn } from '../../../functions/src/search/service.js';

const guides: PublishedGuide[] = seedItems.map((item) => ({ ...item, publishedVersion: 1, publishedAt: '2026-01-01' }));
const seedIndex = createInProcessIndex(guides.flatMap(serviceDocuments));

const codes = (index: SearchIndex, q: string, type?: 'service' | 'faq' | 'info') =>
  searchIn(index, { q, type, pageSize: 50 }).items.map((i) => `${i.type}:${i.code}`);
const top3 = (q: string) => codes(seedIndex, q, 'service').slice(0, 3);
const nameOf = (code: string) => guides.find((g) => g.code === code)!.name;
const resultsNamed = (q: string, fragment: string) =>
  codes(seedIndex, q, 'service').filter((c) => nameOf(c.slice('service:'.length)).zh.includes(fragment));

describe('search over the seed catalog', () => {
  it('finds marriage registration first for 结婚 and for "marriage"', () => {
    expect(top3('结婚')[0]).toBe('service:440104-MZ-0001');
    expect(top3('marriage')[0]).toBe('service:440104-MZ-0001');
  });

  it('finds 身份证 items for 居民身份证 and the other way round', () => {
    const byShort = top3('身份证');
    const byLong = top3('居民身份证');
    expect(byShort).toEqual(expect.arrayContaining(['service:440104-GA-0003', 'service:440104-GA-0004']));
    expect(byLong).toEqual(expect.arrayContaining(['service:440104-GA-0003', 'service:440104-GA-0004']));
  });

  it('expands synonyms: 户籍 finds 户口 items, 生孩子 finds 生育 and 出生 items', () => {
    expect(resultsNamed('户籍', '户口').length).toBeGreaterThan(0);
    const birth = top3('生孩子').map((c) => nameOf(c.slice('service:'.length)).zh);
    expect(birth.some((n) => n.includes('生育') || n.includes('出生'))).toBe(true);
  });

  it('ranks the typed word above its synonym', () => {
    const base = guides.find((g) => g.code === '440104-GA-0005')!;
    const index = createInProcessIndex(
      [
        { ...base, code: '440104-GA-0101', name: { zh: '户口迁移', en: 'Moving a registration' } },
        { ...base, code: '440104-GA-0102', name: { zh: '户籍证明', en: 'Registration certificate' } },
      ].flatMap(serviceDocuments),
    );
    expect(codes(index, '户口', 'service')).toEqual(['service:440104-GA-0101', 'service:440104-GA-0102']);
    expect(codes(index, '户籍', 'service')).toEqual(['service:440104-GA-0102', 'service:440104-GA-0101']);
  });

  it('tolerates English typos: "mariage registraton" finds marriage registration', () => {
    expect(top3('mariage registraton')[0]).toBe('service:440104-MZ-0001');
    expect(top3('unemploymnet')).toContain('service:440104-RS-0001');
  });

  it('allows one edit from 4 characters and two from 8, none in Chinese', () => {
    expect(typoDistance({ term: 'tax', script: 'latin' })).toBe(0);
    expect(typoDistance({ term: 'card', script: 'latin' })).toBe(1);
    expect(typoDistance({ term: 'marriage', script: 'latin' })).toBe(2);
    expect(typoDistance({ term: '结婚登记', script: 'han' })).toBe(0);
  });

  it('filters by type and pages through the same order', () => {
    const faqs = searchIn(seedIndex, { q: '结婚登记', type: 'faq' });
    expect(faqs.items.length).toBeGreaterThan(0);
    expect(faqs.items.every((i) => i.type === 'faq' && i.url.includes('#faq-'))).toBe(true);
    const all = searchIn(seedIndex, { q: '登记', pageSize: 10 });
    const second = searchIn(seedIndex, { q: '登记', page: 2, pageSize: 5 });
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: all.total });
    expect(second.items).toEqual(all.items.slice(5, 10));
  });

  it('answers in the language of the query', () => {
    const zh = searchIn(seedIndex, { q: '结婚' }).items[0]!;
    const en = searchIn(seedIndex, { q: 'marriage' }).items[0]!;
    expect(zh.snippet).toMatch(/\p{Script=Han}/u);
    expect(en.snippet).not.toMatch(/\p{Script=Han}/u);
  });

  it('finds nothing for a query of stop words only', () => {
    expect(searchIn(seedIndex, { q: '的 the' })).toMatchObject({ items: [], total: 0 });
  });
});

describe('ranking by field', () => {
  const base = guides.find((g) => g.code === '440104-MZ-0001')!;
  const named: PublishedGuide = {
    ...base,
    code: '440104-MZ-0101',
    name: { zh: '殡葬补贴申领', en: 'Funeral subsidy' },
    faq: [],
  };
  const mentioned: PublishedGuide = {
    ...base,
    code: '440104-MZ-0102',
    name: { zh: '其他事项', en: 'Another item' },
    conditions: [{ zh: '符合条件的申请人', en: 'Eligible applicants' }],
    materials: [],
    faq: [{ q: { zh: '问题', en: 'Question' }, a: { zh: '可同时申请殡葬补贴。', en: 'A funeral subsidy too.' } }],
  };
  const inCondition: PublishedGuide = {
    ...mentioned,
    code: '440104-MZ-0103',
    conditions: [{ zh: '已领取殡葬补贴的人员', en: 'People who received a funeral subsidy' }],
    faq: [],
  };
  const index = createInProcessIndex([mentioned, inCondition, named].flatMap(serviceDocuments));

  it('puts an item whose name matches above one whose conditions match, and that above an FAQ match', () => {
    for (const q of ['殡葬补贴', 'funeral subsidy']) {
      expect(codes(index, q).slice(0, 3)).toEqual([
        'service:440104-MZ-0101',
        'service:440104-MZ-0103',
        'faq:440104-MZ-0102',
      ]);
    }
  });
});

describe('index snapshots', () => {
  it('round-trips through its bytes and answers exactly as before', () => {
    const withNotice = createInProcessIndex([
      ...guides.flatMap(serviceDocuments),
      informationDocument({ id: 'N-1', title: { zh: '关于结婚登记预约的通知' }, body: '春节期间婚姻登记处正常开放。' }),
    ]);
    const restored = loadInProcessIndex(withNotice.toSnapshot().slice());
    expect(restored.documentCount).toBe(withNotice.documentCount);
    for (const q of ['结婚', 'mariage', '身份证', '失业', '通知']) {
      expect(searchIn(restored, { q }).items).toEqual(searchIn(withNotice, { q }).items);
    }
    expect(codes(restored, '预约', 'info')).toEqual(['info:N-1']);
  });

  it('fingerprints the catalog by code and version, in any order', () => {
    const a = catalogFingerprint([
      { code: 'X', publishedVersion: 1 },
      { code: 'Y', publishedVersion: 2 },
    ]);
    expect(
      catalogFingerprint([
        { code: 'Y', publishedVersion: 2 },
        { code: 'X', publishedVersion: 1 },
      ]),
    ).toBe(a);
    expect(
      catalogFingerprint([
        { code: 'Y', publishedVersion: 3 },
        { code: 'X', publishedVersion: 1 },
      ]),
    ).not.toBe(a);
  });
});
