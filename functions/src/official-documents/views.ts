import type {
  DocumentAction,
  DocumentReceipt,
  DocumentVersion,
  OfficialDocumentLine,
  OfficialDocumentView,
} from './model.js';
import type { StoredDocument } from './store.js';

/** A document as staff see it, with its versions, receipts and what the caller may do now. */
export function documentView(
  record: StoredDocument,
  versions: readonly DocumentVersion[],
  receipts: readonly DocumentReceipt[],
  actions: readonly DocumentAction[],
): OfficialDocumentView {
  const { documentId, revision: _r, drafterRole: _d, ...rest } = record;
  return {
    id: documentId,
    ...rest,
    versions: versions.map(({ version, at, by, title }) => ({ version, at, by, title })),
    receipts: receipts.map(({ documentId: _i, ...receipt }) => receipt),
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
