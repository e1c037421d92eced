import { chinaDate, nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import { assertNotHeldByOther } from '../workitems/direct.js';
import { archivePendingPut } from './archive-state.js';
import { contentHashOf, nextEntry, type FrozenDocument } from './chain.js';
import { documentStale, numberingBusy } from './errors.js';
import type { DocumentReceipt } from './model.js';
import { documentNumber } from './numbering.js';
import { contentOf, documentItem, save, stepped } from './service.js';
import { openItem, settle } from './items.js';
import { requireAllowed, returnedToDrafter, revisionItem } from './steps.js';
import * as store from './store.js';
import type { StoredDocument } from './store.js';

/**
 * Signing (签发): the signer's approval gives the document its number (机关代字〔年份〕序号, the next of the
 * department's year), freezes the version they read — its SHA-256 appended to the department's archive chain —
 * and dispatches it: each main and copy recipient gets a receipt and a work item in its document clerks' inbox. All of
 * it is one transaction; the number and the chain entry are taken on conditions, so a signing at the same moment
 * elsewhere in the department makes this one read again and retry. A return sends it back to the drafter.
 */

const attempts = 4;

/** The frozen form of a document as signed (what its content hash covers). */
export function frozenOf(
  record: StoredDocument,
  signed: { number: string; signedBy: string; signedAt: string },
): FrozenDocument {
  return { documentId: record.documentId, department: record.department, ...contentOf(record), ...signed };
}

async function signOnce(principal: Principal, record: StoredDocument, opinion: string) {
  const signedAt = nowIso();
  const year = Number(chinaDate().slice(0, 4));
  const seq = (await store.lastSequence(record.department, year)) + 1;
  const number = documentNumber(record.department, year, seq);
  const frozen = frozenOf(record, { number, signedBy: principal.username, signedAt });
  const contentHash = contentHashOf(frozen);
  const entry = nextEntry(await store.chainHead(record.department), {
    department: record.department,
    documentId: record.documentId,
    number,
    contentHash,
    signedAt,
  });
  const next = stepped(
    record,
    principal,
    { action: 'signed', opinion, version: record.version },
    {
      status: 'signed',
      number,
      signedVersion: record.version,
      signedAt,
      signedBy: principal.username,
      contentHash,
      archiveSeq: entry.seq,
    },
    signedAt,
  );
  const recipients = [
    ...next.mainRecipients.map((department) => ({ department, role: 'main' as const })),
    ...next.copyRecipients.map((department) => ({ department, role: 'copy' as const })),
  ];
  const dispatch = recipients.flatMap(({ department, role }, index) => {
    const receipt: DocumentReceipt = {
      documentId: next.documentId,
      department,
      role,
      status: 'pending',
      dispatchedAt: signedAt,
    };
    return [
      store.receiptPut(receipt),
      documentItem(next, 'docReceive', { department, role: 'docclerk', leg: index + 1 }),
    ];
  });
  const result = await store.saveDocument(next, [
    store.sequencePut(record.department, year, seq),
    ...store.chainAppend(entry),
    // Pending until its package is written: at once (lambda.ts), else by the archive sweep.
    archivePendingPut({ documentId: record.documentId, department: record.department, signedAt }),
    ...dispatch,
  ]);
  return { result, next };
}

/** The signer's decision. 403 unless the caller is the configured signer; 409 as the other steps. */
export async function signDocument(
  principal: Principal,
  record: StoredDocument,
  input: { decision: 'sign' | 'return'; opinion: string },
): Promise<StoredDocument> {
  requireAllowed(principal, record, undefined, 'sign');
  const item = await openItem(record, 'docSign');
  if (item) assertNotHeldByOther(principal, item);
  if (input.decision === 'return') {
    const next = returnedToDrafter(record, principal, input.opinion);
    const saved = await save(next, [revisionItem(next)]);
    await settle(principal, item, 'returned');
    return saved;
  }
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const { result, next } = await signOnce(principal, record, input.opinion);
    if (result === 'stale') throw documentStale();
    if (result === 'saved') {
      await settle(principal, item, 'signed');
      return next;
    }
  }
  throw numberingBusy();
}
