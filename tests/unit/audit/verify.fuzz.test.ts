import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seqKey } from '../../../functions/src/audit/chain.js';
import { verifyAuditChains } from '../../../functions/src/audit/verify.js';
import { buildChain, copies } from './fixtures.js';

type Item = Record<string, unknown>;

const chain = '2030-01-02#2';
const chains = Array.from({ length: 26 }, (_, length) => buildChain(chain, length));
const valueOtherThan = (value: unknown, replacement: string): unknown => {
  if (typeof value === 'number') return value + 1;
  if (Array.isArray(value)) return [...value, replacement];
  if (value !== null && typeof value === 'object')
    return { ...value, [replacement.replace(/\W/g, '') || 'k']: replacement };
  return value === replacement ? `${replacement}x` : replacement;
};

/** One tampering of one item; never "drop the last record", which no chain can reveal (see verify.test.ts). */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), field: fc.nat(), value: fc.string() }),
  fc.record({ kind: fc.constant('add' as const), name: fc.string({ minLength: 1 }), value: fc.string() }),
  fc.record({ kind: fc.constant('unset' as const), field: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('swap' as const), other: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), to: fc.integer({ min: 1, max: 40 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function tamper(items: Item[], index: number, m: Mutation): Item[] | undefined {
  const item = items[index]!;
  const fields = Object.keys(item).filter((k) => k !== 'pk' && k !== 'sk');
  switch (m.kind) {
    case 'set': {
      const field = fields[m.field % fields.length]!;
      items[index] = { ...item, [field]: valueOtherThan(item[field], m.value) };
      return items;
    }
    case 'add':
      if (m.name in item) return undefined;
      items[index] = { ...item, [m.name]: m.value };
      return items;
    case 'unset': {
      const { [fields[m.field % fields.length]!]: _dropped, ...rest } = item;
      items[index] = rest;
      return items;
    }
    case 'delete':
      return index === items.length - 1 ? undefined : items.filter((_, i) => i !== index);
    case 'swap': {
      const other = m.other % items.length;
      if (other === index) return undefined;
      const b = items[other]!;
      items[index] = { ...b, pk: item.pk, sk: item.sk };
      items[other] = { ...item, pk: b.pk, sk: b.sk };
      return items;
    }
    case 'move':
      if (m.to === item.seq) return undefined;
      // Moving the last record past the end only looks like a longer gap-free prefix plus a gap: still detected.
      items[index] = { ...item, sk: seqKey(m.to) };
      return items;
  }
  return undefined;
}

describe('verifyAuditChains (property)', () => {
  it('detects any single mutation of any record of a random chain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.nat(), mutation, (length, pick, m) => {
        const items = copies(chains[length]!);
        const tampered = tamper(items, pick % length, m);
        fc.pre(tampered !== undefined);
        expect(verifyAuditChains(tampered!).problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds nothing wrong with any untouched random chain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), (length) => {
        expect(verifyAuditChains(copies(chains[length]!)).problems).toEqual([]);
      }),
    );
  });
});
