import type {
  DocumentAction,
  DocumentReceipt,
  DocumentVersion,
  OfficialDocumentLine,
  OfficialDocumentView,
} from './model.js';
import type { StoredDocument } from './store.js';

/**
 * A receipt as the caller sees it: its state to everyone who reaches the document, its handling (the proposal,
 * the decision, the readers and when they read it, its steps) to its own department only.
 */
function receiptSeenBy(receipt: DocumentReceipt, department: string | undefined) {
  const { documentId: _i, revision: _r, proposal, decision, reads, history, ...state } = receipt;
  if (receipt.department !== department) return state;
  return {
    ...state,
    ...(proposal ? { proposal } : {}),
    ...(decision ? { decision } : {}),
    ...(reads ? { reads } : {}),
    ...(history ? { history } : {}),
  };
}

/** A document as staff see it, with its versions, receipts and what the caller may do now. */
export function documentView(
  record: StoredDocument,
  versions: readonly DocumentVersion[],
  receipts: readonly DocumentReceipt[],
  actions: readonly DocumentAction[],
  department?: string,
): OfficialDocumentView {
  const { documentId, revision: _r, drafterRole: _d, ...rest } = record;
  return {
    id: documentId,
    ...rest,
    versions: versions.map(({ version, at, by, title }) => ({ version, at, by, title })),
    receipts: receipts.map((receipt) => receiptSeenBy(receipt, department)),
    actions: [...actions],
  };
}

/** A line of a list. */
export function documentLine(record: StoredDocument, receipt?: DocumentReceipt): OfficialDocumentLine {
  return {
    id: record.documentId,
    title: record.title,
    type: record.type,
    urgency: record.urgency,
    security: record.security,
    department: record.department,
    status: record.status,
    ...(record.number ? { number: record.number } : {}),
    updatedAt: record.updatedAt,
    returned: record.returned !== undefined,
    ...(receipt ? { receipt: receipt.status } : {}),
  };
}
