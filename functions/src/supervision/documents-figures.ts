import type { WorkingCalendar } from '../deadlines/calendar.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import type {
  DocumentEvent,
  DocumentReceipt,
  DocumentStatus,
  DocumentType,
  OfficialDocumentRecord,
  Urgency,
} from '../official-documents/model.js';
import { documentStatuses, documentTypes, receiptStatuses } from '../official-documents/model.js';
import {
  documentStepLimits,
  documentSteps,
  type DocumentStep,
  type StepFigures,
  type SupervisionDocuments,
} from './documents-model.js';
import { opinionTimesOf } from './joint-figures.js';

/**
 * The pure arithmetic of the official documents' figures: what supervision keeps of a document and a receipt,
 * the spans of their steps, and the figures of a group of them. No I/O: unit-tested with made-up documents.
 */

/** What supervision reads of a document: its handling only (no title, body, recipients' names or opinions). */
export interface SupervisedDocument {
  documentId: string;
  department: string;
  type: DocumentType;
  urgency: Urgency;
  status: DocumentStatus;
  createdAt: string;
  history: Pick<DocumentEvent, 'action' | 'at'>[];
}

/** What supervision reads of a receipt, with its document's urgency. */
export type SupervisedReceipt = Pick<
  DocumentReceipt,
  'documentId' | 'department' | 'status' | 'dispatchedAt' | 'registeredAt' | 'handledAt'
> & { urgency: Urgency };

export function supervisedDocument(record: OfficialDocumentRecord): SupervisedDocument {
  return {
    documentId: record.documentId,
    department: record.department,
    type: record.type,
    urgency: record.urgency,
    status: record.status,
    createdAt: record.createdAt,
    history: record.history.map(({ action, at }) => ({ action, at })),
  };
}

export function supervisedReceipt(receipt: DocumentReceipt, urgency: Urgency): SupervisedReceipt {
  const { documentId, department, status, dispatchedAt, registeredAt, handledAt } = receipt;
  return {
    documentId,
    department,
    status,
    dispatchedAt,
    ...(registeredAt ? { registeredAt } : {}),
    ...(handledAt ? { handledAt } : {}),
    urgency,
  };
}

/** One step of one document or receipt: when it started, when it ended (none: still waiting). */
export interface StepSpan {
  step: DocumentStep;
  urgency: Urgency;
  from: string;
  to?: string;
}

/**
 * A document's review and signing spans, from its history: a submission opens a review; the head's approval
 * ends it and opens the signing; a return ends whichever is open; the signing ends it.
 */
export function documentSpans(document: SupervisedDocument): StepSpan[] {
  const spans: StepSpan[] = [];
  let open: StepSpan | undefined;
  const close = (at: string) => {
    if (open) spans.push({ ...open, to: at });
    open = undefined;
  };
  for (const event of document.history) {
    if (event.action === 'submitted') {
      close(event.at);
      open = { step: 'review', urgency: document.urgency, from: event.at };
    } else if (event.action === 'approved') {
      close(event.at);
      open = { step: 'signing', urgency: document.urgency, from: event.at };
    } else if (event.action === 'returned' || event.action === 'signed') {
      close(event.at);
    }
  }
  if (open && (document.status === 'review' || document.status === 'signing')) spans.push(open);
  return spans;
}

/** A receipt's registration span (from its dispatch) and, once registered, its handling span. */
export function receiptSpans(receipt: SupervisedReceipt): StepSpan[] {
  const { urgency } = receipt;
  const registration: StepSpan = {
    step: 'registration',
    urgency,
    from: receipt.dispatchedAt,
    ...(receipt.registeredAt ? { to: receipt.registeredAt } : {}),
  };
  if (!receipt.registeredAt) return [registration];
  return [
    registration,
    { step: 'handling', urgency, from: receipt.registeredAt, ...(receipt.handledAt ? { to: receipt.handledAt } : {}) },
  ];
}

/** Whether a span (ended, or still open at `now`) took more working days than its step's limit. */
export const pastLimit = (calendar: WorkingCalendar, span: StepSpan, now: string): boolean =>
  workingDaysBetween(calendar, span.from, span.to ?? now).days > documentStepLimits[span.step][span.urgency];

/** Each step's figures over the spans. */
export function stepFiguresOf(calendar: WorkingCalendar, spans: readonly StepSpan[], now: string): StepFigures[] {
  return documentSteps.map((step) => {
    const mine = spans.filter((s) => s.step === step);
    const done = mine.filter((s): s is StepSpan & { to: string } => s.to !== undefined);
    const open = mine.filter((s) => s.to === undefined);
    return {
      step,
      done: done.length,
      late: done.filter((s) => pastLimit(calendar, s, now)).length,
      open: open.length,
      overdue: open.filter((s) => pastLimit(calendar, s, now)).length,
      time: opinionTimesOf(calendar, done),
    };
  });
}

/** The figures of the documents and receipts in scope (already filtered by period and departments). */
export function documentFiguresOf(
  calendar: WorkingCalendar,
  documents: readonly SupervisedDocument[],
  receipts: readonly SupervisedReceipt[],
  now: string,
): Pick<SupervisionDocuments, 'documents' | 'byType' | 'receipts' | 'receiptsByStatus' | 'steps'> {
  const byType = documentTypes
    .map((type) => {
      const ofType = documents.filter((d) => d.type === type);
      const byStatus = Object.fromEntries(
        documentStatuses.map((status) => [status, ofType.filter((d) => d.status === status).length]),
      ) as Record<DocumentStatus, number>;
      return { type, documents: ofType.length, byStatus };
    })
    .filter((row) => row.documents > 0);
  const receiptsByStatus = Object.fromEntries(
    receiptStatuses.map((status) => [status, receipts.filter((r) => r.status === status).length]),
  ) as SupervisionDocuments['receiptsByStatus'];
  const spans = [...documents.flatMap(documentSpans), ...receipts.flatMap(receiptSpans)];
  return {
    documents: documents.length,
    byType,
    receipts: receipts.length,
    receiptsByStatus,
    steps: stepFiguresOf(calendar, spans, now),
  };
}
