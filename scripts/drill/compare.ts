import { sha256 } from './canonical.js';
import type { Contents, Manifest } from './port.js';

/** One item or object that the restore did not reproduce. */
export interface Difference {
  /** `table core`, `bucket documents`. */
  readonly collection: string;
  /** missing: in the backup, not restored; unexpected: restored, not in the backup; changed: both, other content. */
  readonly kind: 'missing' | 'unexpected' | 'changed';
  /** The item's key (canonical JSON) or the object's key. */
  readonly key: string;
}

export interface CollectionSummary {
  readonly collection: string;
  readonly expectedCount: number;
  readonly restoredCount: number;
  /** SHA-256 over the sorted "key checksum" lines: equal digests mean equal collections. */
  readonly expectedDigest: string;
  readonly restoredDigest: string;
}

export interface Comparison {
  readonly collections: readonly CollectionSummary[];
  readonly differences: readonly Difference[];
}

/** A whole collection's checksum, independent of the order the items were read in. */
export function digest(manifest: Manifest): string {
  const lines = [...manifest.entries()].map(([key, entry]) => `${key}\t${entry.sha256}`).sort();
  return sha256(lines.join('\n'));
}

function compareManifest(collection: string, expected: Manifest, restored: Manifest): Difference[] {
  const differences: Difference[] = [];
  for (const [key, entry] of expected) {
    const other = restored.get(key);
    if (!other) differences.push({ collection, kind: 'missing', key });
    else if (other.sha256 !== entry.sha256) differences.push({ collection, kind: 'changed', key });
  }
  for (const key of restored.keys()) {
    if (!expected.has(key)) differences.push({ collection, kind: 'unexpected', key });
  }
  return differences;
}

/**
 * Item by item and object by object: every collection of the backup against the same collection of the
 * restore. A collection missing on either side compares as empty there, so it shows as differences.
 */
export function compareContents(expected: Contents, restored: Contents): Comparison {
  const collections: CollectionSummary[] = [];
  const differences: Difference[] = [];
  const empty: Manifest = new Map();
  for (const kind of ['tables', 'buckets'] as const) {
    const ids = new Set([...Object.keys(expected[kind]), ...Object.keys(restored[kind])]);
    for (const id of [...ids].sort()) {
      const collection = `${kind === 'tables' ? 'table' : 'bucket'} ${id}`;
      const want = expected[kind][id] ?? empty;
      const got = restored[kind][id] ?? empty;
      collections.push({
        collection,
        expectedCount: want.size,
        restoredCount: got.size,
        expectedDigest: digest(want),
        restoredDigest: digest(got),
      });
      differences.push(...compareManifest(collection, want, got));
    }
  }
  return { collections, differences };
}

/** The newest change the backup holds (ISO instant), if any entry says when it changed. */
export function newestChange(contents: Contents): string | undefined {
  let newest: string | undefined;
  for (const manifest of [...Object.values(contents.tables), ...Object.values(contents.buckets)]) {
    for (const entry of manifest.values()) {
      if (entry.changedAt && (newest === undefined || entry.changedAt > newest)) newest = entry.changedAt;
    }
  }
  return newest;
}
