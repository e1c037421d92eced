import type { DocumentType } from './model.js';
import type { StoredFields } from './stored-documents.js';

/** A ranked match, with what a result list shows of it. */
export interface IndexHit {
  readonly id: string;
  readonly score: number;
  readonly document: StoredFields;
}

export interface IndexSearch {
  readonly text: string;
  readonly type?: DocumentType;
  /** How many of the best matches to skip (0 unless given). */
  readonly offset?: number;
  /** How many matches to return after those. */
  readonly limit: number;
}

export interface IndexResult {
  /** The best matches after `offset`, at most `limit`, best first. */
  readonly hits: IndexHit[];
  /** How many documents match in all. */
  readonly total: number;
}

/**
 * The port search runs on. `createInProcessIndex` (an inverted index in the search function's memory,
 * inverted-index.ts) is the adapter now; an OpenSearch adapter can implement the same three operations
 * later (see service.ts).
 */
export interface SearchIndex {
  /** One page of matches, best first, and how many there are. */
  search(query: IndexSearch): IndexResult;
  readonly documentCount: number;
  /** Bytes that `loadInProcessIndex` turns back into the same index (snapshot.ts). */
  toSnapshot(): Uint8Array;
}
