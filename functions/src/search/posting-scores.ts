import type { IndexData } from './index-data.js';
import { documentTypes } from './model.js';
import { fieldBoosts, frequencyScore, indexedFields, inverseDocumentFrequency, typeBoosts } from './scoring.js';

/** The position of a mask's lowest set bit. */
const lowestBit = (mask: number) => 31 - Math.clz32(mask & -mask);

/**
 * Each posting's share of its document's score, all but the query's weights folded in: over the fields
 * the term is in, field boost × the term's idf in that field × BM25+ of its frequency there, times the
 * document's type boost. Computed from the stored frequencies, so weights change without a new snapshot,
 * and per term the first time a search needs it, so a cold start scores only the terms it searches.
 */
export class PostingScores {
  private readonly scores: Float32Array;
  private readonly scored: Uint8Array;
  private readonly averageFieldLengths: Float64Array;
  private readonly boosts = indexedFields.map((f) => fieldBoosts[f]);
  private readonly typeBoosts = documentTypes.map((t) => typeBoosts[t]);

  constructor(private readonly data: IndexData) {
    this.scores = new Float32Array(data.postingDocuments.length);
    this.scored = new Uint8Array(data.terms.length);
    const fieldCount = indexedFields.length;
    this.averageFieldLengths = new Float64Array(fieldCount);
    for (let i = 0; i < data.fieldLengths.length; i++)
      this.averageFieldLengths[i % fieldCount]! += data.fieldLengths[i]!;
    for (let f = 0; f < fieldCount; f++) this.averageFieldLengths[f]! /= Math.max(data.documentCount, 1);
  }

  /** Every posting's score, indexed like `postingDocuments`; those of term `t` are computed. */
  of(t: number): Float32Array {
    if (this.scored[t] === 0) {
      this.score(t);
      this.scored[t] = 1;
    }
    return this.scores;
  }

  private score(t: number): void {
    const { documentCount, termStarts, postingDocuments, postingFields, postingFrequencies, fieldLengths } = this.data;
    const fieldCount = indexedFields.length;
    const start = termStarts[t]!;
    const end = termStarts[t + 1]!;
    const withTerm = new Uint32Array(fieldCount);
    for (let p = start; p < end; p++) {
      for (let mask = postingFields[p]!; mask !== 0; mask &= mask - 1) withTerm[lowestBit(mask)]!++;
    }
    /** Field boost × the term's idf in the field. */
    const weights = new Float64Array(fieldCount);
    for (let f = 0; f < fieldCount; f++) {
      weights[f] = this.boosts[f]! * inverseDocumentFrequency(documentCount, withTerm[f]!);
    }
    let frequency = this.data.frequencyStarts[t]!;
    for (let p = start; p < end; p++) {
      const d = postingDocuments[p]!;
      let score = 0;
      for (let mask = postingFields[p]!; mask !== 0; mask &= mask - 1) {
        const f = lowestBit(mask);
        const length = fieldLengths[d * fieldCount + f]!;
        score += weights[f]! * frequencyScore(postingFrequencies[frequency++]!, length, this.averageFieldLengths[f]!);
      }
      this.scores[p] = score * this.typeBoosts[this.data.documentTypes[d]!]!;
    }
  }
}
