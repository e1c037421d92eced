import { describe, expect, it } from 'vitest';
import { informationDocument } from '../../../functions/src/search/documents.js';
import { snapshotFormat } from '../../../functions/src/search/snapshot.js';
import {
  createInProcessIndex,
  loadInProcessIndex,
  type SearchIndex,
} from '../../../functions/src/search/search-index.js';

const notice = (id: string, zh: string, en = zh, body = '') => informationDocument({ id, title: { zh, en }, body });
const ids = (index: SearchIndex, text: string) => index.search({ text, limit: 50 }).hits.map((h) => h.id);

describe('top-k ranking', () => {
  // 300 notices that all say 登记, in the body from one to five times, and every seventh in the title too.
  const documents = Array.from({ length: 300 }, (_, i) =>
    notice(
      `N-${i}`,
      i % 7 === 0 ? `结婚登记通知${i}` : `通知${i}`,
      undefined,
      '请到街道办理登记。'.repeat(1 + (i % 5)),
    ),
  );
  const index = createInProcessIndex(documents);
  const all = index.search({ text: '登记', limit: 1_000 });

  it('counts every match and orders them best first', () => {
    expect(all.total).toBe(300);
    expect(all.hits).toHaveLength(300);
    for (let i = 1; i < all.hits.length; i++) expect(all.hits[i]!.score).toBeLessThanOrEqual(all.hits[i - 1]!.score);
    const titled = all.hits.slice(0, 43).map((h) => Number(h.id.slice('info:N-'.length)));
    expect(titled.every((n) => n % 7 === 0)).toBe(true);
  });

  it.each([1, 5, 10, 60])('returns the same %i best as a full ranking, with the same total', (limit) => {
    const page = index.search({ text: '登记', limit });
    expect(page.hits).toEqual(all.hits.slice(0, limit));
    expect(page.total).toBe(300);
  });

  it('pages by offset through the same order', () => {
    expect(index.search({ text: '登记', offset: 20, limit: 10 }).hits).toEqual(all.hits.slice(20, 30));
    expect(index.search({ text: '登记', offset: 295, limit: 10 }).hits).toEqual(all.hits.slice(295));
    expect(index.search({ text: '登记', offset: 400, limit: 10 })).toEqual({ hits: [], total: 300 });
  });

  it('counts and ranks only the documents of the type asked for', () => {
    expect(index.search({ text: '登记', type: 'faq', limit: 10 })).toEqual({ hits: [], total: 0 });
    expect(index.search({ text: '登记', type: 'info', limit: 10 }).hits).toEqual(all.hits.slice(0, 10));
  });

  it('ranks a document that matches more of the query first', () => {
    const both = index.search({ text: '结婚 通知0', limit: 3 }).hits;
    expect(both[0]!.id).toBe('info:N-0');
  });
});

describe('typo tolerance', () => {
  const index = createInProcessIndex([
    notice('R', '婚姻登记', 'Marriage registration'),
    notice('P', '养老', 'Pension'),
    notice('T', '婚姻', 'Registraton of marriage (misspelt)'),
  ]);

  it('finds a word one edit away from 4 letters and two from 8', () => {
    expect(ids(index, 'mariage')).toEqual(['info:R', 'info:T']);
    expect(ids(index, 'pensio')).toEqual(['info:P']);
    expect(ids(index, 'pensoin')).toEqual([]);
    expect(ids(index, 'rejistrasion')).toEqual(['info:R']);
    expect(ids(index, 'rejistrasjon')).toEqual([]);
  });

  it('ranks the word as typed above the word found by its typos', () => {
    expect(ids(index, 'registration')).toEqual(['info:R', 'info:T']);
    expect(ids(index, 'registraton')).toEqual(['info:T', 'info:R']);
  });

  it('finds a longer word by its beginning, and none for a Chinese typo', () => {
    expect(ids(index, 'regis')).toEqual(['info:R', 'info:T']);
    expect(ids(index, '养')).toEqual(['info:P']);
    expect(ids(index, '婚因')).toEqual([]);
  });
});

describe('synonyms', () => {
  const index = createInProcessIndex([notice('A', '户口证明'), notice('B', '户籍证明'), notice('C', '结婚证明')]);

  it('finds a synonym at 0.7 of the word as typed', () => {
    const { hits, total } = index.search({ text: '户口', limit: 10 });
    expect(hits.map((h) => h.id)).toEqual(['info:A', 'info:B']);
    expect(total).toBe(2);
    expect(hits[1]!.score / hits[0]!.score).toBeCloseTo(0.7, 5);
    expect(ids(index, '户籍')).toEqual(['info:B', 'info:A']);
    expect(ids(index, 'hukou')).toEqual(['info:A', 'info:B']);
  });
});

describe('snapshots', () => {
  const index = createInProcessIndex([
    notice('A', '户口证明', 'Household registration certificate', '请携带居民身份证办理。'),
    notice('B', '结婚登记预约', 'Marriage registration booking', '春节期间婚姻登记处正常开放。'),
    informationDocument({ id: 'C', title: { zh: '无部门通知' }, body: '', department: undefined }),
  ]);
  const queries = ['户口', 'registraton', 'marri', '身份证', '婚姻', '通知'];

  it('load from any byte offset, answer exactly as the index did and snapshot to the same bytes', () => {
    const bytes = index.toSnapshot();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const restored = loadInProcessIndex(shifted.subarray(3));
    expect(restored.documentCount).toBe(3);
    for (const text of queries) {
      expect(restored.search({ text, limit: 10 })).toEqual(index.search({ text, limit: 10 }));
    }
    expect(restored.search({ text: '通知', limit: 1 }).hits[0]!.document).toEqual({
      type: 'info',
      code: 'C',
      title: { zh: '无部门通知', en: '无部门通知' },
      department: null,
      url: '/notices/C',
      summary: { zh: '', en: '' },
    });
    expect(restored.toSnapshot()).toEqual(bytes);
  });

  it('round-trip an empty index', () => {
    const empty = loadInProcessIndex(createInProcessIndex([]).toSnapshot());
    expect(empty.documentCount).toBe(0);
    expect(empty.search({ text: '户口', limit: 10 })).toEqual({ hits: [], total: 0 });
  });

  it('refuse bytes that are not a snapshot of this format', () => {
    expect(() => loadInProcessIndex(new TextEncoder().encode('{"documentCount":3}'))).toThrow(/not a search snapshot/);
    const other = index.toSnapshot().slice();
    const header = new TextDecoder().decode(other.subarray(0, 200));
    other.set(new TextEncoder().encode('"format":9'), header.indexOf(`"format":${snapshotFormat}`));
    expect(() => loadInProcessIndex(other)).toThrow(/format 9/);
  });
});

describe('building', () => {
  it('refuses two documents with one id', () => {
    expect(() => createInProcessIndex([notice('A', '户口'), notice('A', '户籍')])).toThrow(/info:A is added twice/);
  });
});
