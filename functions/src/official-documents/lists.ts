import type { Principal } from '../platform/principal.js';
import { openDirectItemsIn } from '../workitems/direct.js';
import { verifyChain, type FrozenDocument } from './chain.js';
import type { DocumentListQuery, OfficialDocumentList } from './model.js';
import { frozenOf } from './signing.js';
import * as store from './store.js';
import type { StoredDocument } from './store.js';
import { documentLine } from './views.js';

/**
 * The lists of the official documents' page, all of the caller's department: what waits for the caller (the
 * document items of their inboxes, not held by a colleague), its outgoing documents, the documents dispatched
 * to it, and its archive — the chain of signed documents, verified as it is read.
 */

const listLimit = 50;

const heads = async (ids: readonly string[]) =>
  (await Promise.all([...new Set(ids)].map((id) => store.getDocument(id)))).filter(
    (d): d is StoredDocument => d !== undefined,
  );

async function todo(principal: Principal, department: string) {
  const roles = (['officer', 'head', 'docclerk'] as const).filter((r) => principal.roles.includes(r));
  const items = (await Promise.all(roles.map((r) => openDirectItemsIn('official-document', r, department)))).flat();
  const mine = items.filter((i) => !i.claimedBy || i.claimedBy === principal.username);
  return (await heads(mine.map((i) => i.caseId))).map((d) => documentLine(d));
}

async function received(department: string) {
  const receipts = await store.receivedReceipts(department, listLimit);
  const byId = new Map((await heads(receipts.map((r) => r.documentId))).map((d) => [d.documentId, d]));
  return receipts.flatMap((r) => {
    const record = byId.get(r.documentId);
    return record ? [documentLine(record, r)] : [];
  });
}

/** The frozen form of each signed document of `records` (what the chain's content hashes cover). */
export async function frozenDocuments(records: readonly StoredDocument[]): Promise<Map<string, FrozenDocument>> {
  const frozen = new Map<string, FrozenDocument>();
  await Promise.all(
    records.map(async (record) => {
      const signed = record.signedVersion ? await store.getVersion(record.documentId, record.signedVersion) : undefined;
      if (!signed || !record.number || !record.signedBy || !record.signedAt) return;
      frozen.set(
        record.documentId,
        frozenOf(
          { ...record, ...signed },
          { number: record.number, signedBy: record.signedBy, signedAt: record.signedAt },
        ),
      );
    }),
  );
  return frozen;
}

/** The heads of `ids` that exist. */
export const documentHeads = heads;

/** The archive: every signed document of the department, newest first, with the chain recomputed. */
async function archive(department: string) {
  const entries = await store.chainEntries(department);
  const records = await heads(entries.map((e) => e.documentId));
  const frozen = await frozenDocuments(records);
  const chain = verifyChain(entries, frozen);
  const byId = new Map(records.map((d) => [d.documentId, d]));
  const items = [...entries]
    .reverse()
    .slice(0, listLimit)
    .flatMap((e) => {
      const record = byId.get(e.documentId);
      return record ? [documentLine(record)] : [];
    });
  return { items, chain };
}

/** One of the lists (default: what waits for me). */
export async function listDocuments(principal: Principal, query: DocumentListQuery): Promise<OfficialDocumentList> {
  const view = query.view ?? 'todo';
  const department = principal.department;
  if (!department) return { view, items: [] };
  switch (view) {
    case 'todo':
      return { view, items: await todo(principal, department) };
    case 'mine':
      return { view, items: (await store.outgoingDocuments(department, listLimit)).map((d) => documentLine(d)) };
    case 'received':
      return { view, items: await received(department) };
    case 'archive':
      return { view, ...(await archive(department)) };
  }
}
