import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { writeIndex } from '../../functions/src/official-documents/archive-index.js';
import type { ArchiveSearchQuery, CatalogueEntry } from '../../functions/src/official-documents/archive-model.js';
import { retainUntil } from '../../functions/src/official-documents/archive-model.js';
import { archivePageSize, searchIndex } from '../../functions/src/official-documents/archive-search.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { indexTerms } from '../../functions/src/search/segmenter.js';

/**
 * The archive's search on its index (issue 19 §3, at the plan's scale): each search a bounded Query on a key, paged
 * by a cursor — every entry shown once, in order, whether found by words, by number or by type and year, in one
 * department or merged over several. Entries go straight into the index of two departments of this test's own.
 */

const env = inject('cloud').env;
const run = randomUUID().slice(0, 8);
const departments = [`test-a-${run}`, `test-b-${run}`];
const count = 45;

function entryOf(n: number): CatalogueEntry {
  const department = departments[n % 2]!;
  const type = n % 3 === 0 ? ('letter' as const) : ('notice' as const);
  const signedAt = new Date(Date.UTC(2024, 0, 1 + n, 8)).toISOString();
  const title = n % 5 === 0 ? `关于做好防汛工作的通知${n}` : `关于开展垃圾分类宣传的通知${n}`;
  const object = { key: `test/${n}`, sha256: '0'.repeat(64), bytes: 1 };
  return {
    documentId: `t${run}${String(n).padStart(3, '0')}`,
    department,
    number: `越测〔2024〕${100 + n}号`,
    title,
    type,
    year: 2024,
    signedAt,
    signedBy: 'leader1',
    archivedAt: signedAt,
    archiveSeq: n + 1,
    retention: type === 'letter' ? '10y' : '30y',
    retainUntil: retainUntil(signedAt, type === 'letter' ? '10y' : '30y'),
    pdf: object,
    record: object,
    terms: [...new Set(indexTerms(`${title}\n各单位：请认真落实。`))],
  };
}
const entries = Array.from({ length: count }, (_, n) => entryOf(n));

/** Every page of a search, following its cursors. */
async function allPages(within: readonly string[], query: ArchiveSearchQuery) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await searchIndex(within, { ...query, ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(archivePageSize);
    pages.push(page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}
const newestFirst = (list: CatalogueEntry[]) =>
  [...list].sort((a, b) => b.signedAt.localeCompare(a.signedAt)).map((e) => e.documentId);

beforeAll(async () => {
  Object.assign(process.env, env);
  resetConfig();
  resetClients();
  for (const entry of entries) await writeIndex(entry);
  // Written again (a retried archiving): nothing changes.
  await writeIndex(entries[0]!);
});

describe('the archive search on its index', () => {
  it('pages one department newest first, each entry once', async () => {
    const pages = await allPages([departments[0]!], {});
    expect(pages.map((p) => p.length)).toEqual([20, 3]);
    expect(pages.flat()).toEqual(newestFirst(entries.filter((e) => e.department === departments[0])));
  });

  it('merges departments district-wide by signing time, across pages', async () => {
    const pages = await allPages(departments, {});
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(newestFirst(entries));
  });

  it('finds by words (every term), by one character, with type and year', async () => {
    const flood = entries.filter((e) => e.title.includes('防汛'));
    expect((await allPages(departments, { q: '防汛 通知' })).flat()).toEqual(newestFirst(flood));
    expect((await allPages(departments, { q: '汛' })).flat()).toEqual(newestFirst(flood));
    const sorting = entries.filter((e) => e.title.includes('垃圾分类') && e.type === 'letter');
    expect((await allPages(departments, { q: '垃圾分类', type: 'letter', year: 2024 })).flat()).toEqual(
      newestFirst(sorting),
    );
    expect((await allPages(departments, { q: '垃圾分类', year: 2023 })).flat()).toEqual([]);
    expect((await allPages(departments, { q: '防汛 垃圾分类' })).flat()).toEqual([]);
  });

  it('finds by the beginning of a number, in number order, across pages', async () => {
    const pages = await allPages(departments, { number: '越测〔2024〕1' });
    const ids = pages.flat();
    expect(ids).toHaveLength(count);
    const numbers = ids.map((id) => entries.find((e) => e.documentId === id)!.number);
    expect(numbers).toEqual([...numbers].sort());
    expect((await allPages(departments, { number: '越测〔2024〕105号' })).flat()).toEqual([entries[5]!.documentId]);
  });

  it('lists by type and year from their own keys', async () => {
    const letters = entries.filter((e) => e.type === 'letter' && e.department === departments[1]);
    expect((await allPages([departments[1]!], { type: 'letter', year: 2024 })).flat()).toEqual(newestFirst(letters));
  });

  it('refuses a cursor it did not give, naming the field', async () => {
    await expect(searchIndex(departments, { cursor: 'not-a-cursor' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('cursor'),
    });
  });
});
