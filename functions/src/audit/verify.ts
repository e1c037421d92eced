import { genesisHash, positionOf, recordHash } from './chain.js';

/**
 * Verifies the audit chains from their stored items alone (pure; scripts/audit-verify.ts feeds it a
 * table scan). What it can tell:
 * - changed: an item's attributes no longer give its stored hash;
 * - removed: a position is missing between 1 and the chain's last record;
 * - reordered: an item verifies on its own but was written for another position (its hashed
 *   `chain`/`seq` differ from its key), which also breaks the prevHash links around it;
 * - broken-link: two self-consistent neighbours do not link (a record was rewritten with a recomputed
 *   hash, or replaced);
 * - duplicated / malformed: two items claim one position, or an item has no chain key or hashes.
 *
 * What it cannot tell from the table alone: records cut off the END of a chain (the remaining prefix is
 * a perfectly valid chain), or a chain recomputed from some record onwards by someone holding write
 * access (the hash is unkeyed). Both are caught with anchors: every append logs
 * `{ action: 'audit.append', chain, seq, hash }` to CloudWatch Logs, which the application cannot
 * change and which keeps ≥ 365 days. Exported with Logs Insights and passed as `anchors`, a logged head
 * missing from the table is reported as truncated, and a logged hash that differs as rewritten.
 */
export type AuditProblemKind =
  'changed' | 'removed' | 'reordered' | 'broken-link' | 'duplicated' | 'malformed' | 'truncated' | 'rewritten';

export interface AuditProblem {
  chain: string;
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

/** A chain head as logged at append time (from CloudWatch). */
export interface ChainAnchor {
  chain: string;
  seq: number;
  hash: string;
}

export interface AuditVerification {
  chains: number;
  records: number;
  problems: AuditProblem[];
  /** Each chain's last record, to compare with the heads logged in CloudWatch. */
  heads: ChainAnchor[];
}

type Item = Record<string, unknown>;

function checkChain(chain: string, items: Map<number, Item>, problems: AuditProblem[]): void {
  const positions = [...items.keys()].sort((a, b) => a - b);
  const report = (seq: number, kind: AuditProblemKind, message: string) => problems.push({ chain, seq, kind, message });

  let expected = 1;
  for (const seq of positions) {
    if (seq > expected) {
      report(
        expected,
        'removed',
        seq - expected === 1
          ? `seq ${expected} is missing`
          : `seq ${expected}–${seq - 1} are missing (${seq - expected} records)`,
      );
    }
    expected = seq + 1;
  }

  // Items already explained by a problem of their own; links next to them would only echo it.
  const flagged = new Set<number>();
  for (const seq of positions) {
    const item = items.get(seq)!;
    if (typeof item.hash !== 'string' || typeof item.prevHash !== 'string') {
      report(seq, 'malformed', 'the item has no hash or prevHash');
      flagged.add(seq);
    } else if (recordHash(item) !== item.hash) {
      report(seq, 'changed', 'its content no longer matches its hash');
      flagged.add(seq);
    } else if (item.chain !== chain || item.seq !== seq) {
      report(seq, 'reordered', `it holds the record written as ${String(item.chain)} seq ${String(item.seq)}`);
      flagged.add(seq);
    }
  }

  for (const seq of positions) {
    if (flagged.has(seq) || flagged.has(seq - 1)) continue;
    const previous = seq === 1 ? undefined : items.get(seq - 1);
    if (seq > 1 && !previous) continue;
    const expectedPrev = previous ? previous.hash : genesisHash(chain);
    if (items.get(seq)!.prevHash !== expectedPrev) {
      report(
        seq,
        'broken-link',
        seq === 1
          ? 'it does not start from the genesis value: the chain start was replaced'
          : `it does not follow seq ${seq - 1}: a record was rewritten with a recomputed hash, or replaced`,
      );
    }
  }
}

/** Every problem in a set of audit items (any order), optionally checked against logged chain heads. */
export function verifyAuditChains(records: readonly Item[], anchors: readonly ChainAnchor[] = []): AuditVerification {
  const problems: AuditProblem[] = [];
  const chains = new Map<string, Map<number, Item>>();
  for (const item of records) {
    const position = positionOf(item);
    if (!position) {
      problems.push({
        chain: String(item.pk ?? '?'),
        seq: 0,
        kind: 'malformed',
        message: `key ${String(item.pk)}/${String(item.sk)} is not a chain position`,
      });
      continue;
    }
    const items = chains.get(position.chain) ?? new Map<number, Item>();
    chains.set(position.chain, items);
    if (items.has(position.seq)) {
      problems.push({ ...position, kind: 'duplicated', message: 'more than one item holds this position' });
      continue;
    }
    items.set(position.seq, item);
  }
  const names = [...chains.keys()].sort();
  for (const chain of names) checkChain(chain, chains.get(chain)!, problems);

  const heads = names.map((chain) => {
    const items = chains.get(chain)!;
    const seq = Math.max(...items.keys());
    return { chain, seq, hash: String(items.get(seq)!.hash) };
  });

  const truncatedAt = new Map<string, ChainAnchor>();
  for (const anchor of anchors) {
    const items = chains.get(anchor.chain);
    const item = items?.get(anchor.seq);
    if (!item) {
      const last = items ? Math.max(...items.keys()) : 0;
      const known = truncatedAt.get(anchor.chain);
      if (anchor.seq > last && (!known || known.seq < anchor.seq)) truncatedAt.set(anchor.chain, anchor);
    } else if (item.hash !== anchor.hash) {
      problems.push({
        chain: anchor.chain,
        seq: anchor.seq,
        kind: 'rewritten',
        message: 'its hash differs from the one logged when it was appended',
      });
    }
  }
  for (const anchor of truncatedAt.values()) {
    const last = chains.get(anchor.chain) ? Math.max(...chains.get(anchor.chain)!.keys()) : 0;
    problems.push({
      chain: anchor.chain,
      seq: last + 1,
      kind: 'truncated',
      message: `the table ends at seq ${last} but seq ${anchor.seq} was logged when appended`,
    });
  }

  problems.sort((a, b) => (a.chain === b.chain ? a.seq - b.seq : a.chain < b.chain ? -1 : 1));
  return { chains: chains.size, records: records.length, problems, heads };
}

/** The verification as text for a terminal. */
export function formatVerification(result: AuditVerification): string {
  const lines = [`Audit log: ${result.records} records in ${result.chains} chains.`];
  if (result.problems.length === 0) {
    lines.push('OK: every chain verifies (hashes, sequence and links).');
  } else {
    lines.push(`TAMPERED: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found:`);
    for (const p of result.problems) lines.push(`  ${p.chain}  seq ${p.seq}  ${p.kind}: ${p.message}`);
  }
  return lines.join('\n');
}
