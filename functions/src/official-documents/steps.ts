import { nowIso } from '../platform/clock.js';
import { forbidden } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import { assertNotHeldByOther } from '../workitems/direct.js';
import { documentStale, wrongState } from './errors.js';
import type { DocumentAction, DocumentActionInput, DocumentReceipt } from './model.js';
import { openItem, settle } from './items.js';
import { receive, receiptActionsFor, refuseReceiptStep } from './receipts.js';
import { documentItem, newVersion, save, stepped } from './service.js';
import * as store from './store.js';
import type { StoredDocument } from './store.js';

/**
 * The steps of an outgoing document before and after its signing (signing.ts): the drafter saves and submits,
 * the department's head reviews (核稿); a recipient department's steps are receipts.ts'. Each step
 * closes the work item it settles and opens the next, so the one staff inbox always shows who is to act.
 */

const isHeadOf = (principal: Principal, department: string) =>
  principal.roles.includes('head') && principal.department === department;

/** What the caller may do now with a document (and their department's receipt of it). */
export function allowedActions(
  principal: Principal,
  record: StoredDocument,
  receipt: DocumentReceipt | undefined,
): DocumentAction[] {
  const actions: DocumentAction[] = [];
  if (record.status === 'draft' && record.drafter === principal.username) actions.push('save', 'submit');
  if (record.status === 'review' && isHeadOf(principal, record.department)) actions.push('review');
  if (record.status === 'signing' && mayPrincipalSign(principal, record)) actions.push('sign');
  if (receipt) actions.push(...receiptActionsFor(principal, receipt));
  return actions;
}

/** The configured signer signs; with none configured, any head of the department. */
export function mayPrincipalSign(principal: Principal, record: StoredDocument): boolean {
  return record.signer ? record.signer === principal.username : isHeadOf(principal, record.department);
}

export function requireAllowed(
  principal: Principal,
  record: StoredDocument,
  receipt: DocumentReceipt | undefined,
  action: DocumentAction,
) {
  if (allowedActions(principal, record, receipt).includes(action)) return;
  if (receipt) refuseReceiptStep(principal, receipt, action);
  const waiting = (action === 'save' || action === 'submit') && record.status === 'draft' ? 'the drafter' : undefined;
  if (waiting) throw forbidden(`Only ${waiting} may ${action} this document`);
  const stateFits =
    (action === 'review' && record.status === 'review') || (action === 'sign' && record.status === 'signing');
  if (stateFits) throw forbidden(`This document's ${action} waits for someone else`);
  throw wrongState(`The document (${record.status}) has no ${action} step waiting`);
}

type Step0 = Exclude<DocumentActionInput, { action: 'sign' }>;

/** Runs a step other than signing; returns the document as it now stands. */
export async function takeStep(
  principal: Principal,
  record: StoredDocument,
  receipt: DocumentReceipt | undefined,
  input: Step0,
): Promise<StoredDocument> {
  requireAllowed(principal, record, receipt, input.action);
  switch (input.action) {
    case 'save': {
      if (input.version !== record.version) throw documentStale();
      const version = newVersion(principal, record, input.content);
      const next = stepped(
        record,
        principal,
        { action: 'saved', version: version.version },
        { ...input.content, version: version.version },
      );
      return save(next, [store.versionPut(record.documentId, version)]);
    }
    case 'submit': {
      if (input.version !== record.version) throw documentStale();
      const revising = await openItem(record, 'docRevise');
      const signer = await store.configuredSigner(record.department);
      const { returned: _r, ...rest } = record;
      const next = stepped(
        rest,
        principal,
        { action: 'submitted', version: record.version },
        {
          status: 'review',
          ...(signer ? { signer } : {}),
        },
      );
      const saved = await save(next, [documentItem(next, 'docReview', { department: next.department, role: 'head' })]);
      await settle(principal, revising, 'resubmitted');
      return saved;
    }
    case 'review': {
      const item = await openItem(record, 'docReview');
      if (item) assertNotHeldByOther(principal, item);
      const approve = input.decision === 'approve';
      const next = approve
        ? stepped(record, principal, { action: 'approved', opinion: input.opinion }, { status: 'signing' })
        : returnedToDrafter(record, principal, input.opinion);
      const open = approve
        ? documentItem(next, 'docSign', {
            department: next.department,
            role: 'head',
            ...(next.signer ? { heldBy: next.signer } : {}),
          })
        : revisionItem(next);
      const saved = await save(next, [open]);
      await settle(principal, item, approve ? 'approved' : 'returned');
      return saved;
    }
    default:
      await receive(principal, record, receipt as DocumentReceipt, input);
      return record;
  }
}

/** Back to the drafter as a draft, with the opinion that says what to change. */
export function returnedToDrafter(record: StoredDocument, principal: Principal, opinion: string): StoredDocument {
  const at = nowIso();
  return stepped(
    record,
    principal,
    { action: 'returned', opinion },
    { status: 'draft', returned: { by: principal.username, at, opinion } },
    at,
  );
}

/** The drafter's revision item, held by the drafter (the inbox shows it as theirs). */
export const revisionItem = (record: StoredDocument) =>
  documentItem(record, 'docRevise', {
    department: record.department,
    role: record.drafterRole,
    heldBy: record.drafter,
  });
