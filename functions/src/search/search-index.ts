import { buildIndexData } from './index-data.js';
import { InvertedIndex } from './inverted-index.js';
import type { SearchIndex } from './index-port.js';
import type { SearchDocument } from './model.js';
import { decodeSnapshot } from './snapshot.js';

export type { IndexHit, IndexResult, IndexSearch, SearchIndex } from './index-port.js';

/** An in-process index of the documents (ids unique). */
export function createInProcessIndex(documents: Iterable<SearchDocument>): SearchIndex {
  return new InvertedIndex(buildIndexData(documents));
}

/**
 * The index a snapshot was taken of (same segmentation version; the caller checks it, and `snapshotFormat`).
 * It keeps views on the snapshot's bytes: they must not be changed afterwards.
 */
export function loadInProcessIndex(snapshot: Uint8Array): SearchIndex {
  return new InvertedIndex(decodeSnapshot(snapshot));
}
