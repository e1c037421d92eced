/**
 * What is indexed and how a match is scored: BM25+ per field, weighted by field, by document type and by
 * how the term matched. Weights are applied when a term is first searched (posting-scores.ts computes its
 * postings' scores from the stored term frequencies), so changing one needs no new snapshot; changing the
 * fields does (snapshot.ts `snapshotFormat`).
 */
import type { DocumentType, SearchDocument } from './model.js';

/** Field weights: name ≫ keywords/department ≫ conditions/materials ≫ guide and FAQ text ≫ FAQ's item. */
export const fieldBoosts = {
  titleZh: 10,
  titleEn: 10,
  keywords: 4,
  departmentText: 4,
  requirements: 2,
  body: 1,
  context: 0.5,
} as const;

export type IndexedField = keyof typeof fieldBoosts;

/** The indexed fields, in the order of their bits in a posting's field mask. */
export const indexedFields = Object.keys(fieldBoosts) as IndexedField[];

/** A field's text; an English title that only repeats the Chinese one is not indexed twice. */
export function fieldText(document: SearchDocument, field: IndexedField): string {
  switch (field) {
    case 'titleZh':
      return document.title.zh;
    case 'titleEn':
      return document.title.en === document.title.zh ? '' : document.title.en;
    default:
      return document[field];
  }
}

/** A service item outranks its own FAQ, a notice and a citizen's published question that say the same words. */
export const typeBoosts: Record<DocumentType, number> = { service: 1, faq: 0.7, info: 0.8, qa: 0.6 };

/** How much a synonym counts against the word the citizen typed. */
export const synonymWeight = 0.7;

const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Inverse document frequency of a term found in `withTerm` of `documents`. */
export function inverseDocumentFrequency(documents: number, withTerm: number): number {
  return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
}

/** BM25+'s saturating term frequency, relative to the field's average length (in distinct terms). */
export function frequencyScore(frequency: number, fieldLength: number, averageFieldLength: number): number {
  const { k, b, d } = bm25;
  return d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / averageFieldLength));
}

/** The weight of a longer term found by prefix: less the more it adds to what was typed. */
export function prefixMatchWeight(typedLength: number, termLength: number): number {
  return (0.375 * termLength) / (termLength + 0.3 * (termLength - typedLength));
}

/** The weight of a term found within `edits` typos: less the more edits it took. */
export function typoMatchWeight(termLength: number, edits: number): number {
  return (0.45 * termLength) / (termLength + edits);
}
