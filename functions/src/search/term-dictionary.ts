import { hasHan } from './segmenter.js';

/**
 * The index's terms, sorted (by UTF-16 code unit, as `Array.prototype.sort` orders strings): a term's
 * number is its position. Exact and prefix lookups are binary searches. Typos are looked for among the
 * non-Han terms only (the segmenter never mixes Han and other letters in one term, so a Han term is never
 * within two edits of a Latin word), walking them in order as a trie: the edit-distance rows of a shared
 * prefix are computed once, and every term under a prefix already too far from the query is skipped.
 */
export class TermDictionary {
  private readonly latin: readonly string[];
  private readonly latinNumbers: Int32Array;

  constructor(readonly terms: readonly string[]) {
    const latin: string[] = [];
    const numbers: number[] = [];
    for (const [i, term] of terms.entries()) {
      if (hasHan(term)) continue;
      latin.push(term);
      numbers.push(i);
    }
    this.latin = latin;
    this.latinNumbers = Int32Array.from(numbers);
  }

  get size(): number {
    return this.terms.length;
  }

  /** The first position whose term is not less than `term`. */
  private lowerBound(term: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[mid]! < term) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The term's number, or -1. */
  find(term: string): number {
    const at = this.lowerBound(term);
    return this.terms[at] === term ? at : -1;
  }

  /** Calls `visit` with every term that begins with `prefix` (itself included). */
  forEachWithPrefix(prefix: string, visit: (number: number, term: string) => void): void {
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      visit(i, this.terms[i]!);
    }
  }

  /** Calls `visit` with every non-Han term at most `maxEdits` insertions, deletions or substitutions away. */
  forEachWithinEdits(query: string, maxEdits: number, visit: (number: number, term: string, edits: number) => void) {
    const width = query.length + 1;
    const maxDepth = query.length + maxEdits;
    // rows[r * width + j]: edits between the first r characters of the term and the first j of the query.
    const rows = new Int32Array((maxDepth + 1) * width);
    for (let j = 0; j < width; j++) rows[j] = j;
    let previous = '';
    let computed = 0;
    let tooFarAt = Infinity;
    for (const [i, term] of this.latin.entries()) {
      let shared = 0;
      const limit = Math.min(computed, term.length);
      while (shared < limit && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      if (tooFarAt <= shared) continue;
      tooFarAt = Infinity;
      const depth = Math.min(term.length, maxDepth);
      for (let r = shared + 1; r <= depth; r++) {
        const c = term.charCodeAt(r - 1);
        const above = (r - 1) * width;
        const here = r * width;
        rows[here] = r;
        let best = r;
        for (let j = 1; j < width; j++) {
          const substitute = rows[above + j - 1]! + (query.charCodeAt(j - 1) === c ? 0 : 1);
          const edits = Math.min(substitute, rows[above + j]! + 1, rows[here + j - 1]! + 1);
          rows[here + j] = edits;
          if (edits < best) best = edits;
        }
        if (best > maxEdits) {
          tooFarAt = r;
          break;
        }
      }
      previous = term;
      computed = Math.min(tooFarAt, depth);
      if (tooFarAt === Infinity && term.length <= maxDepth) {
        const edits = rows[term.length * width + query.length]!;
        if (edits <= maxEdits) visit(this.latinNumbers[i]!, term, edits);
      }
    }
  }
}
