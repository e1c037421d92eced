import { describe, expect, it } from 'vitest';
import { topK } from '../../../functions/src/search/top-k.js';

/** The k best by a full sort: higher score first, then lower number. */
const bySort = (candidates: number[], scores: Float64Array, k: number) =>
  [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);

describe('top-k selection', () => {
  const count = 500;
  // Few distinct scores, so that many candidates tie.
  const scores = Float64Array.from({ length: count }, (_, i) => ((i * 7919) % 37) / 4);
  const candidates = Array.from({ length: count }, (_, i) => (i * 31) % count);

  it.each([1, 3, 10, 37, 499, 500, 800])('selects the %i best, best first, ties to the lower number', (k) => {
    expect(topK(Int32Array.from(candidates), count, scores, k)).toEqual(bySort(candidates, scores, k));
  });

  it('looks only at the first `count` candidates', () => {
    const some = candidates.slice(0, 120);
    expect(topK(Int32Array.from(candidates), 120, scores, 10)).toEqual(bySort(some, scores, 10));
  });

  it('selects nothing from no candidates or for k = 0', () => {
    expect(topK(new Int32Array(4), 0, scores, 10)).toEqual([]);
    expect(topK(Int32Array.from(candidates), count, scores, 0)).toEqual([]);
  });
});
