import { describe, expect, it } from 'vitest';
import {
  contentHashOf,
  genesisHash,
  nextEntry,
  verifyChain,
  type FrozenDocument,
} from '../../../functions/src/official-documents/chain.js';
import type { ArchiveEntry } from '../../../functions/src/official-documents/model.js';

const frozen = (n: number): FrozenDocument => ({
  documentId: `doc-${n}`,
  department: 'civil-affairs',
  number: `越民〔2026〕${n}号`,
  signedBy: 'leader1',
  signedAt: `2026-03-0${n}T02:00:00.000Z`,
  title: `关于第${n}项工作的通知`,
  type: 'notice',
  urgency: 'normal',
  security: 'public',
  mainRecipients: ['market-supervision'],
  copyRecipients: ['health'],
  body: `第${n}份公文的正文。`,
});

/** A chain of three signed documents, built as signing builds it. */
function chainOf(documents: FrozenDocument[]): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  for (const d of documents) {
    entries.push(
      nextEntry(entries.at(-1), {
        department: d.department,
        documentId: d.documentId,
        number: d.number,
        contentHash: contentHashOf(d),
        signedAt: d.signedAt,
      }),
    );
  }
  return entries;
}

describe('archive hash chain', () => {
  const documents = [frozen(1), frozen(2), frozen(3)];
  const byId = new Map(documents.map((d) => [d.documentId, d]));

  it('links each entry to the previous one from the genesis hash', () => {
    const entries = chainOf(documents);
    expect(entries[0]!.previousHash).toBe(genesisHash);
    expect(entries[1]!.previousHash).toBe(entries[0]!.entryHash);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(verifyChain(entries, byId)).toEqual({ valid: true, entries: 3 });
  });

  it('hashes the same content the same whatever the order of its keys', () => {
    const d = frozen(1);
    const reordered = Object.fromEntries(Object.entries(d).reverse()) as unknown as FrozenDocument;
    expect(contentHashOf(reordered)).toBe(contentHashOf(d));
  });

  it('detects a frozen document whose body was changed after signing', () => {
    const entries = chainOf(documents);
    const tampered = new Map(byId);
    tampered.set('doc-2', { ...frozen(2), body: '被篡改的正文。' });
    expect(verifyChain(entries, tampered)).toEqual({ valid: false, entries: 3, brokenAt: 2 });
  });

  it('detects an entry whose content hash was rewritten to match a changed document', () => {
    const entries = chainOf(documents);
    const changed = { ...frozen(2), title: '改过的标题' };
    entries[1] = { ...entries[1]!, contentHash: contentHashOf(changed) };
    expect(verifyChain(entries, new Map(byId).set('doc-2', changed))).toMatchObject({ valid: false, brokenAt: 2 });
  });

  it('detects an entry recomputed in full, at the entry after it', () => {
    const entries = chainOf(documents);
    const changed = { ...frozen(2), title: '改过的标题' };
    entries[1] = nextEntry(entries[0], {
      department: changed.department,
      documentId: changed.documentId,
      number: changed.number,
      contentHash: contentHashOf(changed),
      signedAt: changed.signedAt,
    });
    expect(verifyChain(entries, new Map(byId).set('doc-2', changed))).toMatchObject({ valid: false, brokenAt: 3 });
  });

  it('detects a removed entry', () => {
    const entries = chainOf(documents);
    expect(verifyChain([entries[0]!, entries[2]!], byId)).toMatchObject({ valid: false, brokenAt: 3 });
  });
});
