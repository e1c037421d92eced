import { describe, expect, it } from 'vitest';
import { recordHash } from '../../../functions/src/audit/chain.js';
import { formatVerification, verifyAuditChains } from '../../../functions/src/audit/verify.js';
import { buildChain, copies } from './fixtures.js';

const chain = '2030-01-02#1';

describe('verifyAuditChains', () => {
  it('finds no problem in intact chains given in any order', () => {
    // Prepare
    const items = copies([...buildChain(chain, 10), ...buildChain('2030-01-02#3', 4)]).reverse();

    // Act
    const result = verifyAuditChains(items);

    // Assess
    expect(result).toMatchObject({ chains: 2, records: 14, problems: [] });
    expect(result.heads.map((h) => [h.chain, h.seq])).toEqual([
      [chain, 10],
      ['2030-01-02#3', 4],
    ]);
    expect(formatVerification(result)).toContain('OK: every chain verifies');
  });

  it('reports a record whose field was changed as changed at that seq, and nothing else', () => {
    const items = copies(buildChain(chain, 10));
    items[4]!.outcome = 'denied';

    expect(verifyAuditChains(items).problems).toEqual([
      { chain, seq: 5, kind: 'changed', message: expect.stringContaining('no longer matches its hash') },
    ]);
  });

  it('reports a removed record as removed at its seq', () => {
    const items = copies(buildChain(chain, 10)).filter((i) => i.seq !== 6);

    expect(verifyAuditChains(items).problems).toEqual([
      { chain, seq: 6, kind: 'removed', message: 'seq 6 is missing' },
    ]);
  });

  it('reports a removed first record, since every chain starts at seq 1', () => {
    const items = copies(buildChain(chain, 3)).slice(1);

    expect(verifyAuditChains(items).problems.map((p) => [p.seq, p.kind])).toEqual([[1, 'removed']]);
  });

  it('reports two swapped records as reordered at both positions', () => {
    const items = copies(buildChain(chain, 10));
    const [a, b] = [items[3]!, items[4]!];
    items[3] = { ...b, pk: a.pk, sk: a.sk };
    items[4] = { ...a, pk: b.pk, sk: b.sk };

    const problems = verifyAuditChains(items).problems;

    expect(problems.map((p) => [p.seq, p.kind])).toEqual([
      [4, 'reordered'],
      [5, 'reordered'],
    ]);
    expect(problems[0]!.message).toContain(`written as ${chain} seq 5`);
  });

  it('reports a record rewritten with a recomputed hash as a broken link after it', () => {
    const items = copies(buildChain(chain, 6));
    const forged: Record<string, unknown> = { ...items[2]!, outcome: 'failed' };
    forged.hash = recordHash(forged);
    items[2] = forged;

    expect(verifyAuditChains(items).problems.map((p) => [p.seq, p.kind])).toEqual([[4, 'broken-link']]);
  });

  it('reports two items claiming one position as duplicated', () => {
    const items = copies(buildChain(chain, 3));
    items.push({ ...items[1]! });

    expect(verifyAuditChains(items).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'duplicated']]);
  });

  it('reports an item that is not a chain position as malformed', () => {
    expect(verifyAuditChains([{ pk: 'SOMETHING', sk: 'ELSE' }]).problems[0]?.kind).toBe('malformed');
  });

  // A hash chain proves the order and integrity of what is there, not that nothing came after it.
  it('cannot see a cut-off tail from the table alone, but does with the heads logged to CloudWatch', () => {
    const full = buildChain(chain, 8);
    const truncated = copies(full.slice(0, 6));
    const logged = full.map(({ chain: c, seq, hash }) => ({ chain: c, seq, hash }));

    expect(verifyAuditChains(truncated).problems).toEqual([]);
    expect(verifyAuditChains(truncated, logged).problems).toEqual([
      { chain, seq: 7, kind: 'truncated', message: 'the table ends at seq 6 but seq 8 was logged when appended' },
    ]);
  });

  it('reports a chain recomputed from some record onwards as rewritten against the logged heads', () => {
    const original = buildChain(chain, 5);
    const recomputed = buildChain(chain, 5, (seq) => (seq === 3 ? { outcome: 'denied' } : {}));
    const logged = original.map(({ chain: c, seq, hash }) => ({ chain: c, seq, hash }));

    expect(verifyAuditChains(copies(recomputed)).problems).toEqual([]);
    expect(verifyAuditChains(copies(recomputed), logged).problems.map((p) => [p.seq, p.kind])).toEqual([
      [3, 'rewritten'],
      [4, 'rewritten'],
      [5, 'rewritten'],
    ]);
  });

  it('lists each problem in the text report', () => {
    const items = copies(buildChain(chain, 4)).filter((i) => i.seq !== 2);

    expect(formatVerification(verifyAuditChains(items))).toContain(
      `TAMPERED: 1 problem found:\n  ${chain}  seq 2  removed`,
    );
  });
});
