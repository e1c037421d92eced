import { createHash } from 'node:crypto';
import type { ArchiveEntry, DocumentContent } from './model.js';

/**
 * The archive's tamper evidence: a signed document's frozen content is hashed (SHA-256), and each department's
 * archive is a chain whose every entry holds the previous entry's hash. Changing a frozen document, an entry,
 * or removing one breaks the chain at that point, and `verifyChain` says where.
 */

/** The first entry's previous hash. */
export const genesisHash = '0'.repeat(64);

/** What is frozen at signing: the signed content with its number, signer and time. */
export interface FrozenDocument extends DocumentContent {
  documentId: string;
  department: string;
  number: string;
  signedBy: string;
  signedAt: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** JSON with sorted keys at every level, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256 of a frozen document's canonical form. */
export function contentHashOf(frozen: FrozenDocument): string {
  const { documentId, department, number, signedBy, signedAt, title, type, urgency, security, body } = frozen;
  return sha256(
    canonical({
      documentId,
      department,
      number,
      signedBy,
      signedAt,
      title,
      type,
      urgency,
      security,
      body,
      mainRecipients: frozen.mainRecipients,
      copyRecipients: frozen.copyRecipients,
    }),
  );
}

/** The hash of an entry over every field but its own hash. */
export function entryHashOf(entry: Omit<ArchiveEntry, 'entryHash'>): string {
  const { department, seq, documentId, number, contentHash, signedAt, previousHash } = entry;
  return sha256(canonical({ department, seq, documentId, number, contentHash, signedAt, previousHash }));
}

/** The entry that follows `previous` (undefined: the department's first). */
export function nextEntry(
  previous: Pick<ArchiveEntry, 'seq' | 'entryHash'> | undefined,
  fields: Pick<ArchiveEntry, 'department' | 'documentId' | 'number' | 'contentHash' | 'signedAt'>,
): ArchiveEntry {
  const body = { ...fields, seq: (previous?.seq ?? 0) + 1, previousHash: previous?.entryHash ?? genesisHash };
  return { ...body, entryHash: entryHashOf(body) };
}

export interface ChainVerification {
  valid: boolean;
  entries: number;
  /** The sequence number of the first entry that does not hold. */
  brokenAt?: number;
}

/**
 * Recomputes a department's chain, in sequence order: each entry's number follows the last, its previous hash
 * is the last entry's hash, its own hash matches its fields, and — where the frozen document is given — the
 * document's content still hashes to what the entry holds.
 */
export function verifyChain(
  entries: readonly ArchiveEntry[],
  frozen: ReadonlyMap<string, FrozenDocument> = new Map(),
): ChainVerification {
  let previous: Pick<ArchiveEntry, 'seq' | 'entryHash'> = { seq: 0, entryHash: genesisHash };
  for (const entry of entries) {
    const document = frozen.get(entry.documentId);
    const holds =
      entry.seq === previous.seq + 1 &&
      entry.previousHash === previous.entryHash &&
      entryHashOf(entry) === entry.entryHash &&
      (document === undefined || contentHashOf(document) === entry.contentHash);
    if (!holds) return { valid: false, entries: entries.length, brokenAt: entry.seq };
    previous = entry;
  }
  return { valid: true, entries: entries.length };
}
