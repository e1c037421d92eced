import { createHash } from 'node:crypto';
import type { AuditRecord, AuditRecordFields } from './model.js';

/**
 * The hash chain, shared by the writer (service.ts) and the verifier (verify.ts). A chain is one day
 * and one of `chainShards` shards; its records are numbered 1, 2, 3… with no gaps, and each stores
 * `hash = sha256(prevHash + canonicalJson(fields))` where fields are all its attributes except its key
 * (pk, sk), prevHash and hash. The first record's prevHash is the chain's genesis value.
 *
 * The record's own `chain` and `seq` are hashed too, so a record moved to another position still
 * verifies on its own but no longer matches where it sits: that is how re-ordering is told apart from
 * a changed record.
 */

/** Chains per day. More shards mean less contention between concurrent appends; four serve a district. */
export const chainShards = 4;

const keyPrefix = 'CHAIN#';
const seqDigits = 12;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The chain an append goes to: the UTC day of `at`, and a shard from the request id (retries stay together). */
export function chainFor(at: string, requestId: string): string {
  const shard = createHash('sha256').update(requestId).digest()[0]! % chainShards;
  return chainId(at.slice(0, 10), shard);
}

export const chainId = (day: string, shard: number) => `${day}#${shard}`;

export const chainKey = (chain: string) => `${keyPrefix}${chain}`;
export const seqKey = (seq: number) => String(seq).padStart(seqDigits, '0');

/** The (chain, seq) position a stored item occupies, read from its key; undefined when the key is not ours. */
export function positionOf(item: { pk?: unknown; sk?: unknown }): { chain: string; seq: number } | undefined {
  if (typeof item.pk !== 'string' || !item.pk.startsWith(keyPrefix)) return undefined;
  if (typeof item.sk !== 'string' || !/^\d{12}$/.test(item.sk)) return undefined;
  return { chain: item.pk.slice(keyPrefix.length), seq: Number(item.sk) };
}

/** The prevHash of a chain's first record. */
export const genesisHash = (chain: string) => sha256(`yuexiu-audit-genesis:${chain}`);

/** JSON with object keys sorted at every level and no whitespace; sets become sorted arrays. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Set) return canonicalJson([...value].sort());
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? 'null';
}

const unhashed = new Set(['pk', 'sk', 'prevHash', 'hash']);

/** The hash a stored item should carry, computed from its own attributes and its prevHash. */
export function recordHash(item: Record<string, unknown>): string {
  const fields = Object.fromEntries(Object.entries(item).filter(([k]) => !unhashed.has(k)));
  return sha256(`${String(item.prevHash ?? '')}${canonicalJson(fields)}`);
}

/** A record ready to store: its key, the link to its predecessor and its own hash. */
export function sealRecord(fields: AuditRecordFields, prevHash: string | undefined): AuditRecord {
  const record: AuditRecord = {
    pk: chainKey(fields.chain),
    sk: seqKey(fields.seq),
    ...fields,
    prevHash: prevHash ?? genesisHash(fields.chain),
    hash: '',
  };
  record.hash = recordHash({ ...record });
  return record;
}
