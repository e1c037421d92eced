import { describe, expect, it } from 'vitest';
import { rankedPage } from '../../../functions/src/search/top-k.js';

/** The page by a full sort: higher score first, then lower number. */
const bySort = (candidates: number[], scores: Float64Array, offset: number, limit: number) =>
  [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(offset, offset + limit);

describe('ranked page selection', () => {
  const count = 500;
  // Few distinct scores, so that many candidates tie.
  const scores = Float64Array.from({ length: count }, (_, i) => ((i * 7919) % 37) / 4);
  const candidates = Array.from({ length: count }, (_, i) => (i * 31) % count);
  const page = (offset: number, limit: number, n = count) =>
    rankedPage(Int32Array.from(candidates), n, scores, offset, limit);

  it.each([1, 3, 10, 37, 499, 500, 800])('selects the %i best, best first, ties to the lower number', (limit) => {
    expect(page(0, limit)).toEqual(bySort(candidates, scores, 0, limit));
  });

  it.each([
    [10, 10],
    [37, 5],
    [490, 50],
    [499, 1],
  ])('selects the ranks from %i, %i of them, as a full sort does', (offset, limit) => {
    expect(page(offset, limit)).toEqual(bySort(candidates, scores, offset, limit));
  });

  it('looks only at the first `count` candidates', () => {
    expect(page(0, 10, 120)).toEqual(bySort(candidates.slice(0, 120), scores, 0, 10));
  });

  it('selects nothing from no candidates, past the last one or for a limit of 0', () => {
    expect(page(0, 10, 0)).toEqual([]);
    expect(page(500, 10)).toEqual([]);
    expect(page(0, 0)).toEqual([]);
  });
});
