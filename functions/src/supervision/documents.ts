import { publishedWorkingCalendar, type CalendarSource } from '../calendar/published.js';
import type { DocumentReceipt, OfficialDocumentRecord } from '../official-documents/model.js';
import { getDocument, outgoingDocuments, receivedReceipts } from '../official-documents/store.js';
import { nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { filedWithin } from './figures.js';
import { documentFiguresOf, supervisedDocument, supervisedReceipt } from './documents-figures.js';
import { documentLimit, type SupervisionDocuments } from './documents-model.js';
import { newestRecordsHeaderOf } from './joint.js';
import type { SupervisionQuery } from './model.js';
import { departmentsInScope } from './service.js';

/** Where the documents come from: a department's outgoing documents and its receipts, newest first (fakes in tests). */
export interface DocumentSource {
  outgoing(department: string, limit: number): Promise<OfficialDocumentRecord[]>;
  received(department: string, limit: number): Promise<DocumentReceipt[]>;
  /** A document's head, for a receipt's urgency. */
  get(documentId: string): Promise<OfficialDocumentRecord | undefined>;
}

const storeSource: DocumentSource = { outgoing: outgoingDocuments, received: receivedReceipts, get: getDocument };

export interface DocumentFigureOptions {
  now?: string;
  source?: DocumentSource;
  calendar?: CalendarSource;
  limit?: number;
}

/**
 * The official documents' figures in the caller's scope (a supervisor the district or one department, a head
 * their own department; 403 FORBIDDEN otherwise): the documents its departments drafted in the period, by type
 * and state, and their review and signing; the documents dispatched to them, their registration and handling.
 */
export async function supervisionDocuments(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: DocumentFigureOptions = {},
): Promise<SupervisionDocuments> {
  const now = options.now ?? nowIso();
  const limit = options.limit ?? documentLimit;
  const source = options.source ?? storeSource;
  const departments = departmentsInScope(principal, scope, query.department);
  const [outgoing, received, calendar] = await Promise.all([
    Promise.all(departments.map((d) => source.outgoing(d, limit + 1))),
    Promise.all(departments.map((d) => source.received(d, limit + 1))),
    (options.calendar ?? publishedWorkingCalendar)(),
  ]);
  const truncated = [...outgoing, ...received].some((list) => list.length > limit);
  const documents = outgoing
    .flatMap((list) => list.slice(0, limit))
    .map(supervisedDocument)
    .filter((d) => filedWithin(d, query));
  const receipts = received
    .flatMap((list) => list.slice(0, limit))
    .filter((r) => filedWithin({ createdAt: r.dispatchedAt }, query));
  // A receipt's limits follow its document's urgency: the heads already read, then the others once each.
  const heads = new Map(outgoing.flat().map((d) => [d.documentId, d]));
  const missing = [...new Set(receipts.map((r) => r.documentId))].filter((id) => !heads.has(id));
  for (const head of await Promise.all(missing.map((id) => source.get(id)))) {
    if (head) heads.set(head.documentId, head);
  }
  const supervised = receipts.map((r) => supervisedReceipt(r, heads.get(r.documentId)?.urgency ?? 'normal'));
  return {
    ...newestRecordsHeaderOf(now, scope, departments, query, { limit, truncated }),
    ...documentFiguresOf(calendar, documents, supervised, now),
  };
}
