import { nowIso } from '../platform/clock.js';
import { forbidden } from '../platform/errors.js';
import { newSortableId } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { directItemPut, type DirectItemInput } from '../workitems/direct.js';
import type { Step } from '../workitems/model.js';
import { documentNotFound, documentStale } from './errors.js';
import type {
  CreateDocumentInput,
  DocumentContent,
  DocumentEvent,
  DocumentReceipt,
  DocumentVersion,
  OfficialDocumentRecord,
} from './model.js';
import * as store from './store.js';
import type { ExtraWrite, StoredDocument } from './store.js';

/**
 * The official documents' shared use cases: drafting, reading with the caller's reach, and the writes every step
 * makes (the head with its work items in one transaction). The steps themselves are in steps.ts and signing.ts.
 */

/** A document's content fields alone (what a version holds and the signed form freezes). */
export const contentOf = (record: DocumentContent): DocumentContent => ({
  title: record.title,
  type: record.type,
  urgency: record.urgency,
  security: record.security,
  mainRecipients: record.mainRecipients,
  copyRecipients: record.copyRecipients,
  body: record.body,
});

/** The inbox's number column for a document: its 发文字号 once signed, else a short draft reference. */
export const referenceOf = (record: OfficialDocumentRecord) =>
  record.number ?? `公文-${record.documentId.slice(-8).toUpperCase()}`;

/** The write that opens a work item for a document's step (its id from the document and the head's revision). */
export function documentItem(
  record: StoredDocument,
  step: Step,
  unit: { department: string; role: 'officer' | 'head' | 'docclerk'; heldBy?: string; leg?: number | string },
): ExtraWrite {
  const input: DirectItemInput = {
    kind: 'official-document',
    subjectId: record.documentId,
    round: record.revision,
    ...(unit.leg ? { leg: unit.leg } : {}),
    subjectNumber: referenceOf(record),
    title: record.title,
    department: unit.department,
    role: unit.role,
    step,
    ...(unit.heldBy ? { heldBy: unit.heldBy } : {}),
    submittedAt: record.updatedAt,
  };
  return directItemPut(input) as ExtraWrite;
}

/** The head after a step: one more revision, its event in the history. */
export function stepped(
  record: StoredDocument,
  principal: Principal,
  event: Omit<DocumentEvent, 'by' | 'at' | 'department'>,
  changes: Partial<OfficialDocumentRecord>,
  at = nowIso(),
): StoredDocument {
  return {
    ...record,
    ...changes,
    revision: record.revision + 1,
    updatedAt: at,
    history: [...record.history, { ...event, by: principal.username, at, department: principal.department ?? '' }],
  };
}

/** Saves a step; 409 OFFICIAL_DOCUMENT_STALE when the document moved since it was read. */
export async function save(record: StoredDocument, extra: readonly ExtraWrite[] = []): Promise<StoredDocument> {
  if ((await store.saveDocument(record, extra)) !== 'saved') throw documentStale();
  return record;
}

/** A new draft of the caller's department (version 1). 403 for staff without a department. */
export async function createDocument(principal: Principal, input: CreateDocumentInput): Promise<StoredDocument> {
  if (!principal.department) throw forbidden('Only staff of a department draft its documents');
  const at = nowIso();
  const record: StoredDocument = {
    ...contentOf(input),
    documentId: newSortableId(),
    department: principal.department,
    drafter: principal.username,
    drafterRole: principal.roles.includes('officer') ? 'officer' : 'head',
    status: 'draft',
    version: 1,
    revision: 1,
    history: [{ action: 'created', by: principal.username, at, department: principal.department, version: 1 }],
    createdAt: at,
    updatedAt: at,
  };
  const version: DocumentVersion = { ...contentOf(input), version: 1, at, by: principal.username };
  return save(record, [store.versionPut(record.documentId, version)]);
}

/** The new content version a save writes. */
export function newVersion(principal: Principal, record: StoredDocument, content: DocumentContent): DocumentVersion {
  return { ...contentOf(content), version: record.version + 1, at: nowIso(), by: principal.username };
}

/** The caller's department's receipt of a dispatched document, if it is a recipient. */
export async function receiptFor(principal: Principal, record: OfficialDocumentRecord) {
  if (!principal.department || record.status !== 'signed') return undefined;
  const listed = ([...record.mainRecipients, ...record.copyRecipients] as string[]).includes(principal.department);
  return listed ? store.getReceipt(record.documentId, principal.department) : undefined;
}

/**
 * A document the caller reaches: its own department's (any state), or one dispatched to the caller's department
 * (signed). Anything else is "not found": another department's drafts are private.
 */
export async function reachableDocument(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
): Promise<{ record: StoredDocument; receipt?: DocumentReceipt }> {
  const record = await store.getDocument(id);
  if (!record || scope !== 'department' || !principal.department) throw documentNotFound(id);
  if (record.department === principal.department) {
    const receipt = await receiptFor(principal, record);
    return { record, ...(receipt ? { receipt } : {}) };
  }
  const receipt = await receiptFor(principal, record);
  if (!receipt) throw documentNotFound(id);
  return { record, receipt };
}
