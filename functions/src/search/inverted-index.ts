import type { IndexData } from './index-data.js';
import { documentTypes } from './model.js';
import { planQuery, type QueryAtom } from './query.js';
import { PostingScores } from './posting-scores.js';
import { prefixMatchWeight, typoMatchWeight } from './scoring.js';
import type { IndexResult, IndexSearch, SearchIndex } from './index-port.js';
import { encodeSnapshot } from './snapshot.js';
import { unpackStoredDocument } from './stored-documents.js';
import { TermDictionary } from './term-dictionary.js';
import { rankedPage } from './top-k.js';

/**
 * The in-process index: a term dictionary, postings in typed arrays and per-document scratch space reused by
 * every search (a search runs synchronously, so two never share it). A search adds up, for each document,
 * the postings of every term the query matches, times how the term matched (exact; by prefix; with typos;
 * as a synonym), multiplies each sum by how many of the query's terms the document matched, and selects
 * the best page with a bounded heap. The total is the number of documents matched.
 */
export class InvertedIndex implements SearchIndex {
  private readonly dictionary: TermDictionary;
  private readonly postingScores: PostingScores;
  private readonly sums: Float64Array;
  private readonly atomsMatched: Uint16Array;
  /** Per document, the mark of the last query atom that matched it; marks only grow (`reserveMarks`). */
  private readonly atomMarks: Uint32Array;
  private readonly matched: Int32Array;
  private mark = 0;

  constructor(private readonly data: IndexData) {
    this.dictionary = new TermDictionary(data.terms);
    this.postingScores = new PostingScores(data);
    const n = data.documentCount;
    this.sums = new Float64Array(n);
    this.atomsMatched = new Uint16Array(n);
    this.atomMarks = new Uint32Array(n);
    this.matched = new Int32Array(n);
  }

  get documentCount(): number {
    return this.data.documentCount;
  }

  search({ text, type, offset = 0, limit }: IndexSearch): IndexResult {
    const atoms = planQuery(text);
    const onlyType = type === undefined ? -1 : documentTypes.indexOf(type);
    const { sums, atomsMatched, atomMarks, matched, postingScores } = this;
    const { termStarts, postingDocuments } = this.data;
    const types = this.data.documentTypes;
    // Marks below the first of this query's were set by earlier queries: the document is not matched yet.
    const firstMark = this.reserveMarks(atoms.length);
    let count = 0;
    for (const [a, atom] of atoms.entries()) {
      const atomMark = firstMark + a;
      for (const [term, weight] of this.termsMatching(atom)) {
        const w = atom.weight * weight;
        const scores = postingScores.of(term);
        for (let p = termStarts[term]!, end = termStarts[term + 1]!; p < end; p++) {
          const d = postingDocuments[p]!;
          if (onlyType >= 0 && types[d] !== onlyType) continue;
          const mark = atomMarks[d]!;
          if (mark !== atomMark) {
            if (mark < firstMark) {
              sums[d] = 0;
              atomsMatched[d] = 0;
              matched[count++] = d;
            }
            atomMarks[d] = atomMark;
            atomsMatched[d]!++;
          }
          sums[d]! += w * scores[p]!;
        }
      }
    }
    for (let i = 0; i < count; i++) sums[matched[i]!]! *= atomsMatched[matched[i]!]!;
    const hits = rankedPage(matched, count, sums, offset, limit).map((d) => {
      const { id, ...document } = unpackStoredDocument(this.data.stored, d, documentTypes[types[d]!]!);
      return { id, score: sums[d]!, document };
    });
    return { hits, total: count };
  }

  toSnapshot(): Uint8Array {
    return encodeSnapshot(this.data);
  }

  /** The terms an atom matches, and how much each counts: 1 as typed, less by prefix or with typos. */
  private termsMatching(atom: QueryAtom): Map<number, number> {
    const terms = new Map<number, number>();
    const exact = this.dictionary.find(atom.term);
    if (exact >= 0) terms.set(exact, 1);
    if (atom.prefix) {
      this.dictionary.forEachWithPrefix(atom.term, (t, term) => {
        if (t !== exact) terms.set(t, prefixMatchWeight(atom.term.length, term.length));
      });
    }
    if (atom.maxEdits > 0) {
      this.dictionary.forEachWithinEdits(atom.term, atom.maxEdits, (t, term, edits) => {
        if (!terms.has(t)) terms.set(t, typoMatchWeight(term.length, edits));
      });
    }
    return terms;
  }

  /** `count` consecutive marks above every mark in `atomMarks` (which is cleared on wrap-around). */
  private reserveMarks(count: number): number {
    if (this.mark + count >= 0xffffffff) {
      this.atomMarks.fill(0);
      this.mark = 0;
    }
    const first = this.mark + 1;
    this.mark += count;
    return first;
  }
}
