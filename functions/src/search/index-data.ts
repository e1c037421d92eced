import { GrowableArray } from './growable-array.js';
import { documentTypes, type SearchDocument } from './model.js';
import { fieldText, indexedFields } from './scoring.js';
import { indexTerms } from './segmenter.js';
import { packStoredDocuments, type StoredDocumentData } from './stored-documents.js';

/**
 * An index as built and as snapshotted (snapshot.ts). Documents are numbered 0…n-1 in the order they
 * were added; terms by their sorted position. A posting is one term in one document: the document's
 * number, a mask of the fields the term is in (bit i: `indexedFields[i]`) and, for each set bit in order,
 * how often the term occurs there (at most 255: BM25 saturates long before).
 */
export interface IndexData {
  readonly documentCount: number;
  /** Sorted by UTF-16 code unit. */
  readonly terms: readonly string[];
  /** Term t's postings are at termStarts[t] … termStarts[t + 1] - 1, by document number. */
  readonly termStarts: Uint32Array;
  readonly postingDocuments: Uint32Array;
  readonly postingFields: Uint8Array;
  /** Term t's frequencies start at frequencyStarts[t]. */
  readonly frequencyStarts: Uint32Array;
  readonly postingFrequencies: Uint8Array;
  /** Distinct terms per document and field (document × indexedFields.length + field), at most 65,535. */
  readonly fieldLengths: Uint16Array;
  /** Each document's type, as its position in `documentTypes`. */
  readonly documentTypes: Uint8Array;
  readonly stored: StoredDocumentData;
}

/** Segments every document's fields and lays the terms out as postings. Ids must be unique. */
export function buildIndexData(documents: Iterable<SearchDocument>): IndexData {
  const termNumbers = new Map<string, number>();
  const entryTerms = new GrowableArray((n) => new Uint32Array(n));
  const entryDocuments = new GrowableArray((n) => new Uint32Array(n));
  const entryFields = new GrowableArray((n) => new Uint8Array(n));
  const entryFrequencies = new GrowableArray((n) => new Uint8Array(n));
  const fieldLengths = new GrowableArray((n) => new Uint16Array(n));
  const types = new GrowableArray((n) => new Uint8Array(n));
  const ids = new Set<string>();
  const added: SearchDocument[] = [];
  for (const document of documents) {
    if (ids.has(document.id)) throw new Error(`search document ${document.id} is added twice`);
    ids.add(document.id);
    const n = added.length;
    added.push(document);
    types.push(documentTypes.indexOf(document.type));
    for (const [f, field] of indexedFields.entries()) {
      const frequencies = new Map<string, number>();
      for (const term of indexTerms(fieldText(document, field))) {
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
      fieldLengths.push(Math.min(frequencies.size, 0xffff));
      for (const [term, frequency] of frequencies) {
        let t = termNumbers.get(term);
        if (t === undefined) termNumbers.set(term, (t = termNumbers.size));
        entryTerms.push(t);
        entryDocuments.push(n);
        entryFields.push(f);
        entryFrequencies.push(Math.min(frequency, 0xff));
      }
    }
  }
  const entries = entryTerms.toArray();
  const { terms, starts, order } = entryOrder(termNumbers, entries);
  const frequencies = entryFrequencies.toArray();
  return {
    documentCount: added.length,
    terms,
    ...groupPostings(starts, order, entryDocuments.toArray(), entryFields.toArray()),
    frequencyStarts: starts,
    postingFrequencies: Uint8Array.from(order, (e) => frequencies[e]!),
    fieldLengths: fieldLengths.toArray(),
    documentTypes: types.toArray(),
    stored: packStoredDocuments(added),
  };
}

/** Entry numbers by sorted term, each term's in the order they were added (by document, then field). */
function entryOrder(termNumbers: ReadonlyMap<string, number>, entryTerms: Uint32Array) {
  const terms = [...termNumbers.keys()].sort();
  const position = new Uint32Array(terms.length);
  for (const [p, term] of terms.entries()) position[termNumbers.get(term)!] = p;
  const starts = new Uint32Array(terms.length + 1);
  for (const t of entryTerms) starts[position[t]! + 1]!++;
  for (let p = 0; p < terms.length; p++) starts[p + 1]! += starts[p]!;
  const next = starts.slice(0, terms.length);
  const order = new Uint32Array(entryTerms.length);
  for (const [e, t] of entryTerms.entries()) order[next[position[t]!]!++] = e;
  return { terms, starts, order };
}

/** One posting per term and document, with the mask of the fields it was found in. */
function groupPostings(starts: Uint32Array, order: Uint32Array, entryDocuments: Uint32Array, entryFields: Uint8Array) {
  const termCount = starts.length - 1;
  const termStarts = new Uint32Array(termCount + 1);
  const documents = new Uint32Array(order.length);
  const fields = new Uint8Array(order.length);
  let postings = 0;
  for (let t = 0; t < termCount; t++) {
    termStarts[t] = postings;
    for (let i = starts[t]!; i < starts[t + 1]!; i++) {
      const e = order[i]!;
      if (postings === termStarts[t] || documents[postings - 1] !== entryDocuments[e]) {
        documents[postings++] = entryDocuments[e]!;
      }
      fields[postings - 1]! |= 1 << entryFields[e]!;
    }
  }
  termStarts[termCount] = postings;
  return { termStarts, postingDocuments: documents.slice(0, postings), postingFields: fields.slice(0, postings) };
}
