import { nowIso } from '../platform/clock.js';
import { AppError, forbidden } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import { assertNotHeldByOther } from '../workitems/direct.js';
import type { Step, WorkItem } from '../workitems/model.js';
import { alreadyRead, documentStale } from './errors.js';
import { openItems, settle } from './items.js';
import type { DocumentAction, DocumentActionInput, DocumentEvent, DocumentReceipt } from './model.js';
import type { HandlingMode, ReceiptRead } from './receipt-model.js';
import { documentItem } from './service.js';
import * as store from './store.js';
import type { ExtraWrite, StoredDocument } from './store.js';

/**
 * A recipient department's steps on a received document (收文), on its receipt: the document clerk registers
 * (登记) and proposes (拟办), the head decides (批办), an officer handles it (办结) or each named reader reads it
 * (传阅). Each step closes the work item it settles and opens the next in the same department — the clerks',
 * the head's, the officers', or one held by each reader — so the one staff inbox shows who is to act. The
 * receipt is written on its revision with the items it opens: two readers reading at once never lose a reading.
 */

type ReceiptInput = Extract<
  DocumentActionInput,
  { action: 'register' | 'propose' | 'decide' | 'complete' | 'read' | 'close' }
>;
type ReceiptAction = ReceiptInput['action'];

const has = (principal: Principal, role: string, department: string) =>
  principal.roles.includes(role as Principal['roles'][number]) && principal.department === department;

/** A named reader who has not read it yet. */
const unread = (receipt: DocumentReceipt, username: string) =>
  receipt.reads?.some((r) => r.reader === username && !r.readAt) ?? false;

/** Who takes each step, and in which state of the receipt. */
const stepRules: Record<ReceiptAction, { when: (r: DocumentReceipt) => boolean; who: string }> = {
  register: { when: (r) => r.status === 'pending', who: 'docclerk' },
  propose: { when: (r) => r.status === 'registered', who: 'docclerk' },
  decide: { when: (r) => r.status === 'proposed', who: 'head' },
  complete: { when: (r) => r.status === 'decided' && r.decision?.mode === 'handle', who: 'officer' },
  read: { when: (r) => r.status === 'decided' && r.decision?.mode === 'circulate', who: 'reader' },
  close: { when: (r) => r.status === 'decided' && r.decision?.mode === 'circulate', who: 'head or docclerk' },
};

function mayTake(principal: Principal, receipt: DocumentReceipt, action: ReceiptAction): boolean {
  const department = receipt.department;
  switch (action) {
    case 'read':
      return principal.department === department && unread(receipt, principal.username);
    case 'close':
      return has(principal, 'head', department) || has(principal, 'docclerk', department);
    default:
      return has(principal, stepRules[action].who, department);
  }
}

const receiptActionNames = Object.keys(stepRules) as ReceiptAction[];

/** The receipt's steps the caller may take now. */
export function receiptActionsFor(principal: Principal, receipt: DocumentReceipt): DocumentAction[] {
  return receiptActionNames.filter((a) => stepRules[a].when(receipt) && mayTake(principal, receipt, a));
}

/**
 * Why the caller may not take a receipt's step whose turn it is: 403 for the wrong role or a reader not named,
 * 409 OFFICIAL_DOCUMENT_ALREADY_READ for a second reading. Out of turn, the caller's own check answers 409.
 */
export function refuseReceiptStep(principal: Principal, receipt: DocumentReceipt, action: DocumentAction): void {
  const rule = stepRules[action as ReceiptAction];
  if (!rule?.when(receipt)) return;
  if (action === 'read') {
    if (receipt.reads?.some((r) => r.reader === principal.username && r.readAt)) throw alreadyRead(principal.username);
    throw forbidden('You are not named among the readers of this circulation (传阅)');
  }
  throw forbidden(`Only the ${rule.who} of the receiving department may ${action} this document`);
}

/** 400 naming the readers: the head's agreement to a proposal to handle it names none. */
const invalidReaders = (message: string) =>
  new AppError(400, 'INVALID_INPUT', `Invalid input — ${message}`, { fields: [{ field: 'readers', message }] });

const readersOf = (mode: HandlingMode, readers: string[] | undefined): ReceiptRead[] | undefined =>
  mode === 'circulate' ? (readers ?? []).map((reader) => ({ reader })) : undefined;

/** The receipt after `input`, with the items to open and the step's item(s) to close (and their outcome). */
async function nextOf(
  principal: Principal,
  record: StoredDocument,
  receipt: DocumentReceipt,
  input: ReceiptInput,
  at: string,
) {
  const by = principal.username;
  const department = receipt.department;
  const item = (step: Step, role: 'officer' | 'head' | 'docclerk', heldBy?: string) =>
    documentItem(record, step, {
      department,
      role,
      leg: `${department}:${step}${heldBy ? `:${heldBy}` : ''}`,
      ...(heldBy ? { heldBy } : {}),
    });
  const settled = async (step: Step) => (await openItems(record, step, department)).slice(0, 1);
  switch (input.action) {
    case 'register':
      return {
        next: {
          ...receipt,
          status: 'registered',
          registeredBy: by,
          registeredAt: at,
          ...(input.opinion ? { opinion: input.opinion } : {}),
        },
        event: { action: 'registered', ...(input.opinion ? { opinion: input.opinion } : {}) },
        open: [item('docPropose', 'docclerk')],
        close: await settled('docReceive'),
        outcome: 'registered',
      } as const;
    case 'propose': {
      const proposal = {
        mode: input.mode,
        ...(input.readers ? { readers: input.readers } : {}),
        text: input.proposal,
        by,
        at,
      };
      return {
        next: { ...receipt, status: 'proposed', proposal },
        event: { action: 'proposed', opinion: input.proposal },
        open: [item('docDecide', 'head')],
        close: await settled('docPropose'),
        outcome: 'proposed',
      } as const;
    }
    case 'decide': {
      const proposal = receipt.proposal;
      const mode = input.mode ?? proposal?.mode ?? 'handle';
      const readers = input.readers ?? (mode === proposal?.mode ? proposal?.readers : undefined);
      if (mode === 'handle' && input.readers) throw invalidReaders('readers: only a circulation (传阅) names readers');
      const decision = {
        decision: input.decision,
        mode,
        ...(readers ? { readers } : {}),
        opinion: input.opinion,
        by,
        at,
      };
      const reads = readersOf(mode, readers);
      return {
        next: { ...receipt, status: 'decided', decision, ...(reads ? { reads } : {}) },
        event: { action: 'decided', opinion: input.opinion },
        open: reads ? reads.map((r) => item('docRead', 'officer', r.reader)) : [item('docHandle', 'officer')],
        close: await settled('docDecide'),
        outcome: 'decided',
      } as const;
    }
    case 'complete':
      return {
        next: { ...receipt, status: 'handled', handledBy: by, handledAt: at, opinion: input.opinion },
        event: { action: 'handled', opinion: input.opinion },
        open: [],
        close: await settled('docHandle'),
        outcome: 'handled',
      } as const;
    case 'read': {
      const reads = (receipt.reads ?? []).map((r) =>
        r.reader === by ? { ...r, readAt: at, ...(input.remark ? { remark: input.remark } : {}) } : r,
      );
      const done = reads.every((r) => r.readAt);
      return {
        next: { ...receipt, reads, ...(done ? { status: 'handled', handledAt: at } : {}) },
        event: { action: 'read', ...(input.remark ? { opinion: input.remark } : {}) },
        open: [],
        close: (await openItems(record, 'docRead', department)).filter((i) => i.claimedBy === by),
        outcome: 'read',
      } as const;
    }
    case 'close':
      return {
        next: { ...receipt, status: 'handled', handledBy: by, handledAt: at, opinion: input.opinion },
        event: { action: 'closed', opinion: input.opinion },
        open: [],
        close: await openItems(record, 'docRead', department),
        outcome: 'closed',
      } as const;
  }
}

/** Takes a receipt's step (the caller's right to it checked by the caller: steps.ts' requireAllowed). */
export async function receive(
  principal: Principal,
  record: StoredDocument,
  receipt: DocumentReceipt,
  input: ReceiptInput,
): Promise<DocumentReceipt> {
  const at = nowIso();
  const step = await nextOf(principal, record, receipt, input, at);
  const own: WorkItem[] = step.close;
  if (input.action !== 'close') for (const i of own) assertNotHeldByOther(principal, i);
  const event: DocumentEvent = { ...step.event, by: principal.username, at, department: receipt.department };
  const next: DocumentReceipt = {
    ...(step.next as DocumentReceipt),
    history: [...(receipt.history ?? []), event],
    revision: (receipt.revision ?? 0) + 1,
  };
  if (!(await store.saveReceipt(next, step.open as ExtraWrite[]))) throw documentStale();
  for (const i of own) await settle(principal, i, step.outcome);
  return next;
}
