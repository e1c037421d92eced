import { AppError } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import { workItemIdOf } from './delivery.js';
import type { Step, WorkItem } from './model.js';
import * as store from './store.js';

/** The unit of the district-wide inboxes (the command centre's dispatchers). */
export const districtUnit = 'district';

/**
 * Work items no workflow waits for: a letter to answer (letters/), an official document's step
 * (official-documents/), a city event's human step (grid/), a data request's decision (data-sharing/). They sit in the same inbox, with the same
 * claim, clock and urgency as a case's steps; they are settled by the service that owns the subject (the
 * letter is answered) rather than by resuming a workflow. The id comes from the subject and its round, so
 * opening the same round twice finds the item already there.
 */

export interface DirectItemInput {
  kind: 'letter' | 'official-document' | 'grid-event' | 'data-request';
  subjectId: string;
  /** The step (a letter's `answer` unless said otherwise). */
  step?: Step;
  /** Which opening of the subject this is (a reopened letter opens round 2). */
  round: number;
  /**
   * Which routing of the round this is (0 first; a re-routed letter opens one item per department), or a name
   * (an official document's receipt step in a department: `<department>:<step>[:<reader>]`).
   */
  leg?: number | string;
  subjectNumber: string;
  title: string;
  department: string;
  /** The street of an inspector's item (its inbox is the street's). */
  street?: string;
  /**
   * Who acts: a department's officers, or its head (a reopened letter's second answer); the district's
   * dispatchers; the street's inspectors; a department's document clerks (an official document received).
   */
  role: 'officer' | 'head' | 'dispatcher' | 'inspector' | 'docclerk';
  /** The one person the item waits for (an official document's configured signer, or its drafter): held by them. */
  heldBy?: string;
  /** The subject's clock: the inbox shows its due date and colour with the published calendar (absent: untimed). */
  clock?: { acceptedAt: string; limitDays: number };
  /** The due date (YYYY-MM-DD) the clock gives, stored so the inbox orders the item by urgency with cases'. */
  dueDate?: string;
  submittedAt: string;
  applicantMasked?: string;
}

/**
 * The write that opens (once per round) the work item of a subject in its department's inbox, for the owning service to make in one transaction with its subject's own
 * write: the subject is never saved without its item, nor the item without the subject.
 */
export function directItemPut(input: DirectItemInput): { Put: ReturnType<typeof store.newWorkItemPut> } {
  return { Put: store.newWorkItemPut(directItem(input)) };
}

function directItem(input: DirectItemInput): WorkItem {
  return {
    workItemId: workItemIdOf(`${input.kind}:${input.subjectId}:${input.round}${input.leg ? `:${input.leg}` : ''}`),
    kind: input.kind,
    caseId: input.subjectId,
    caseNumber: input.subjectNumber,
    title: input.title,
    step: input.step ?? 'answer',
    role: input.role,
    department: input.department,
    ...(input.street ? { street: input.street } : {}),
    escalated: false,
    status: 'open',
    createdAt: nowIso(),
    submittedAt: input.submittedAt,
    ...(input.applicantMasked ? { applicantMasked: input.applicantMasked } : {}),
    ...(input.clock ? { clock: { ...input.clock, pauses: [] } } : {}),
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    ...(input.heldBy ? { claimedBy: input.heldBy, claimedAt: nowIso() } : {}),
  };
}

/** Every open item of a subject (an official document dispatched to several departments has one each). */
export async function openDirectItemsOf(subjectId: string): Promise<WorkItem[]> {
  return (await store.listForCase(subjectId)).filter((i) => i.status === 'open');
}

/** The open items of `kind` in one inbox (a role of a department). */
export async function openDirectItemsIn(
  kind: DirectItemInput['kind'],
  role: 'officer' | 'head' | 'docclerk',
  department: string,
): Promise<WorkItem[]> {
  return (await store.listInbox(role, department)).filter((i) => i.kind === kind);
}

/**
 * The update that closes an open item as decided by `username`, for the owning service to make in one
 * transaction with its subject's write (the condition fails the transaction if the item was closed already).
 */
export function closeDirectItemUpdate(item: WorkItem, outcome: string, username: string, at: string) {
  return { Update: store.closeItemUpdate(item.workItemId, { outcome, decidedBy: username, decidedAt: at }) };
}

/** The open item of a subject, if any. */
export async function openDirectItemOf(subjectId: string): Promise<WorkItem | undefined> {
  return (await store.listForCase(subjectId)).find((i) => i.status === 'open');
}

/**
 * The subjects of `kind` with an open item in a unit's inboxes (by default a department's officers' and its
 * head's; a street's inspectors, the district's dispatchers), each once: what the deadline sweeps walk (Query on the sparse inbox index, open items only, never a Scan).
 */
export async function openDirectSubjectsIn(
  kind: DirectItemInput['kind'],
  unit: string,
  roles: readonly string[] = ['officer', 'head'],
): Promise<string[]> {
  const inboxes = await Promise.all(roles.map((role) => store.listInbox(role, unit)));
  return [
    ...new Set(
      inboxes
        .flat()
        .filter((i) => i.kind === kind)
        .map((i) => i.caseId),
    ),
  ];
}

/** The update that marks an open item escalated, for the owning service's transaction with its subject's write. */
export const escalateDirectItemUpdate = (item: WorkItem) => ({ Update: store.escalateItemUpdate(item) });

/** 409 CLAIMED_BY_OTHER when a colleague of `principal` holds the item. */
export function assertNotHeldByOther(principal: Principal, item: WorkItem): void {
  if (item.claimedBy && item.claimedBy !== principal.username) {
    throw new AppError(409, 'CLAIMED_BY_OTHER', `${item.claimedBy} is handling this work item`, {
      claimedBy: item.claimedBy,
    });
  }
}

/**
 * Closes a subject's open item as decided by `principal` once the owning service has recorded the outcome
 * (the letter was answered). False when it was closed already.
 */
export async function closeDirectItem(principal: Principal, item: WorkItem, outcome: string): Promise<boolean> {
  return store.transition(item.workItemId, 'open', 'decided', {
    outcome,
    decidedBy: principal.username,
    decidedAt: nowIso(),
  });
}

/**
 * The update that keeps a workflow task's token on a subject's open item with the subject's state it waits in, for
 * the owning service's transaction (a city event's step: grid/workflow-tasks.ts).
 */
export const waitingTaskDirectUpdate = (item: WorkItem, taskToken: string, state: string) =>
  store.waitingTaskUpdate(item.workItemId, taskToken, state);

/** A subject's item as it stands now (a consistent read). */
export const directItemNow = (workItemId: string) => store.getWorkItem(workItemId);
