import { describe, expect, it } from 'vitest';
import { canonicalJson, fromPortable, itemEntry, toPortable } from '../../../scripts/drill/canonical.js';
import { compareContents, digest, newestChange } from '../../../scripts/drill/compare.js';

const entry = (sha256: string, changedAt?: string) => ({ sha256, changedAt });

describe('the drill comparison', () => {
  it('names every missing, unexpected and changed item and keeps equal ones quiet', () => {
    const expected = {
      tables: {
        core: new Map([
          ['a', entry('1')],
          ['b', entry('2')],
          ['c', entry('3')],
        ]),
      },
      buckets: { documents: new Map([['x', entry('9')]]) },
    };
    const restored = {
      tables: {
        core: new Map([
          ['a', entry('1')],
          ['c', entry('changed')],
          ['d', entry('4')],
        ]),
      },
      buckets: { documents: new Map([['x', entry('9')]]) },
    };
    const result = compareContents(expected, restored);
    expect(result.differences).toEqual([
      { collection: 'table core', kind: 'missing', key: 'b' },
      { collection: 'table core', kind: 'changed', key: 'c' },
      { collection: 'table core', kind: 'unexpected', key: 'd' },
    ]);
    const bucket = result.collections.find((c) => c.collection === 'bucket documents')!;
    expect(bucket.expectedDigest).toBe(bucket.restoredDigest);
  });

  it('treats a collection the restore lacks as empty, so each of its items is missing', () => {
    const result = compareContents(
      { tables: { audit: new Map([['k', entry('1')]]) }, buckets: {} },
      { tables: {}, buckets: {} },
    );
    expect(result.differences).toEqual([{ collection: 'table audit', kind: 'missing', key: 'k' }]);
  });

  it('digests a collection independently of reading order', () => {
    expect(
      digest(
        new Map([
          ['a', entry('1')],
          ['b', entry('2')],
        ]),
      ),
    ).toBe(
      digest(
        new Map([
          ['b', entry('2')],
          ['a', entry('1')],
        ]),
      ),
    );
  });

  it('finds the newest change among time-stamped entries', () => {
    const contents = {
      tables: {
        core: new Map([
          ['a', entry('1', '2026-01-02T00:00:00.000Z')],
          ['b', entry('2')],
        ]),
      },
      buckets: { documents: new Map([['x', entry('3', '2026-01-03T00:00:00.000Z')]]) },
    };
    expect(newestChange(contents)).toBe('2026-01-03T00:00:00.000Z');
  });
});

describe('canonical items', () => {
  it('gives equal text for equal items whatever the order of attributes and set members', () => {
    const a = toPortable({ pk: { S: 'p' }, tags: { SS: ['b', 'a'] }, n: { N: '12345678901234567890' } });
    const b = toPortable({ n: { N: '12345678901234567890' }, tags: { SS: ['a', 'b'] }, pk: { S: 'p' } });
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toContain('12345678901234567890');
  });

  it('round-trips binary values through the backup form', () => {
    const item = { pk: { S: 'p' }, blob: { B: new Uint8Array([0, 255, 7]) } };
    const back = fromPortable(JSON.parse(JSON.stringify(toPortable(item))));
    expect(Buffer.from(back.blob!.B!)).toEqual(Buffer.from([0, 255, 7]));
  });

  it('takes when an item changed from its updatedAt, at or createdAt stamp', () => {
    expect(itemEntry(toPortable({ at: { S: '2026-05-01T08:00:00+08:00' } })).changedAt).toBe(
      '2026-05-01T00:00:00.000Z',
    );
    expect(itemEntry(toPortable({ pk: { S: 'no stamp' } })).changedAt).toBeUndefined();
  });
});
