import { AppError, conflict, forbidden } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import {
  outcomesNeedingComment,
  stepOutcomes,
  type DecisionInput,
  type OpenWorkItemInput,
  type WorkItem,
  type WorkItemQuery,
} from './model.js';
import { districtUnit } from './direct.js';
import { deliver, pendingDecisionOf, workItemIdOf, type PendingDecision } from './delivery.js';
import * as store from './store.js';

/** What staff see of a work item (never the task token or the decision on its way). */
export function workItemView(item: WorkItem) {
  const { taskToken: _token, taskState: _state, pendingDecision: _pending, ...view } = item;
  return view;
}

/** Most urgent first: the earliest legal due date, then escalations, then the oldest. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  const due = (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
  if (due !== 0) return due;
  if (a.escalated !== b.escalated) return a.escalated ? -1 : 1;
  return a.createdAt.localeCompare(b.createdAt);
}

/** The inboxes (role, department or street) the caller has: their department's role inboxes and their street's. */
function inboxesOf(principal: Principal): [string, string][] {
  const inboxes: [string, string][] = [];
  // A department's document clerks register and propose the documents it receives (official-documents/).
  for (const role of ['officer', 'head', 'docclerk'] as const) {
    if (principal.roles.includes(role) && principal.department) inboxes.push([role, principal.department]);
  }
  if (principal.roles.includes('clerk') && principal.street) inboxes.push(['clerk', principal.street]);
  // City events (grid/): the command centre's dispatchers share one inbox; inspectors verify in their street.
  if (principal.roles.includes('dispatcher')) inboxes.push(['dispatcher', districtUnit]);
  if (principal.roles.includes('inspector') && principal.street) inboxes.push(['inspector', principal.street]);
  return inboxes;
}

/**
 * Open work items for every inbox the caller has, most urgent first; with `caseId`, only that case's open
 * items that sit in one of the caller's inboxes (found through the case, however long the inbox is).
 */
export async function inboxOf(principal: Principal, query: WorkItemQuery = {}): Promise<WorkItem[]> {
  const inboxes = inboxesOf(principal);
  if (query.caseId !== undefined) {
    const mine = (i: WorkItem) =>
      inboxes.some(([role, unit]) => i.role === role && (i.street ?? i.department) === unit);
    return (await openItemsOfCase(query.caseId)).filter(mine).sort(byUrgency);
  }
  const lists = await Promise.all(inboxes.map(([role, unit]) => store.listInbox(role, unit)));
  return lists.flat().sort(byUrgency);
}

/** What the inbox shows of the case besides its number and title (copied when the item opens). */
export type InboxFacts = Partial<
  Pick<WorkItem, 'itemCode' | 'applicantMasked' | 'submittedAt' | 'clock' | 'returned' | 'afterCorrection'>
>;

const inboxFacts = (facts: InboxFacts): InboxFacts => {
  const { itemCode, applicantMasked, submittedAt, clock, returned, afterCorrection } = facts;
  return {
    ...(itemCode ? { itemCode } : {}),
    ...(applicantMasked ? { applicantMasked } : {}),
    ...(submittedAt ? { submittedAt } : {}),
    ...(clock ? { clock } : {}),
    ...(returned ? { returned } : {}),
    ...(afterCorrection ? { afterCorrection } : {}),
  };
};

/**
 * Called by the workflow's callback task: puts a work item holding the token in the right inbox. The id
 * comes from the token, so a task delivered again finds its item (returned as stored). Older open items
 * of the same case and step (a task retried with a new token) are expired: one open item per step.
 */
export async function openWorkItem(
  input: OpenWorkItemInput,
  details: { caseNumber: string; title: string; department: string; dueDate?: string } & InboxFacts,
): Promise<WorkItem> {
  const item = await store.putWorkItem({
    workItemId: workItemIdOf(input.taskToken),
    caseId: input.caseId,
    caseNumber: details.caseNumber,
    title: details.title,
    step: input.step,
    role: input.role,
    department: details.department,
    ...(input.step === 'handover' ? { street: input.unit } : {}),
    ...(input.program ? { program: input.program } : {}),
    escalated: input.escalated,
    status: 'open',
    createdAt: nowIso(),
    ...(details.dueDate ? { dueDate: details.dueDate } : {}),
    ...inboxFacts(details),
    taskToken: input.taskToken,
  });
  const older = (await store.listForCase(input.caseId)).filter(
    (i) =>
      i.status === 'open' &&
      i.step === item.step &&
      // A joint review opens one opinion item per department at once: only the same department's is older.
      i.department === item.department &&
      (i.program ?? '') === (item.program ?? '') &&
      i.workItemId !== item.workItemId &&
      i.createdAt <= item.createdAt,
  );
  await Promise.all(older.map((i) => store.transition(i.workItemId, 'open', 'expired')));
  return item;
}

/** Closes a case's open items whose workflow step ran out of time (an escalation replaces them). */
export async function expireOpenItems(caseId: string): Promise<void> {
  const items = await store.listForCase(caseId);
  await Promise.all(
    items.filter((i) => i.status === 'open').map((i) => store.transition(i.workItemId, 'open', 'expired')),
  );
}

/** The open work items of a case (for the sweep's heartbeats and the case detail). */
export async function openItemsOfCase(caseId: string): Promise<WorkItem[]> {
  return (await store.listForCase(caseId)).filter((i) => i.status === 'open');
}

/** 409 naming the colleague who holds the item, in the message and in `details.claimedBy`. */
const claimedByOther = (holder: string | undefined) =>
  new AppError(409, 'CLAIMED_BY_OTHER', `${holder ?? 'A colleague'} is handling this work item`, { claimedBy: holder });

async function reachableItem(principal: Principal, scope: Scope | undefined, workItemId: string) {
  const item = requireInScope(principal, scope, await store.getWorkItem(workItemId), 'Work item');
  // A department head may take over any step of their department; others only their role's steps.
  const mayAct = principal.roles.includes(item.role) || (principal.roles.includes('head') && !item.street);
  if (!mayAct) throw forbidden('This work item waits for another role');
  return item;
}

/** Claims a work item so colleagues see who handles it; 409 CLAIMED_BY_OTHER when someone else has it. */
export async function claimItem(principal: Principal, scope: Scope | undefined, workItemId: string) {
  const item = await reachableItem(principal, scope, workItemId);
  const at = nowIso();
  if (!(await store.claim(workItemId, principal.username, at))) {
    const current = await store.getWorkItem(workItemId);
    if (current?.status !== 'open') throw conflict('ALREADY_DECIDED', 'This work item was already decided');
    throw claimedByOther(current.claimedBy);
  }
  return workItemView({ ...item, claimedBy: principal.username, claimedAt: at });
}

/** Releases the caller's claim; 409 NOT_CLAIMED_BY_YOU otherwise. */
export async function releaseItem(principal: Principal, scope: Scope | undefined, workItemId: string) {
  const item = await reachableItem(principal, scope, workItemId);
  if (!(await store.release(workItemId, principal.username))) {
    throw conflict('NOT_CLAIMED_BY_YOU', 'You do not hold this work item');
  }
  const { claimedBy: _by, claimedAt: _at, ...released } = item;
  return workItemView(released);
}

/**
 * Decides a work item and resumes its workflow. The outcome must fit the step (400 otherwise); a
 * correction or refusal needs a comment. Exactly one of two concurrent deciders wins (the other gets 409
 * ALREADY_DECIDED); an item claimed by a colleague gives 409 CLAIMED_BY_OTHER; a task that already timed
 * out gives 409 TASK_EXPIRED; a letter's item (no workflow waits) gives 409 ANSWER_THE_LETTER, a city
 * event's 409 ACT_ON_THE_EVENT, a data request's 409 DECIDE_THE_DATA_REQUEST.
 */
export async function decide(principal: Principal, scope: Scope | undefined, workItemId: string, input: DecisionInput) {
  const item = await reachableItem(principal, scope, workItemId);
  // A city event's item may hold its workflow's token, but the event moves on only by acting on it (validated there).
  if (item.kind === 'grid-event') {
    throw conflict('ACT_ON_THE_EVENT', 'A city event moves on by acting on it: POST /api/grid/events/{id}/actions');
  }
  // A data request is decided on the request, with the owner's opinion (data-sharing/requests.ts).
  if (item.kind === 'data-request') {
    throw conflict('DECIDE_THE_DATA_REQUEST', 'A data request is decided on it: POST /api/data/requests/{id}/decision');
  }
  if (!item.taskToken) {
    throw conflict('ANSWER_THE_LETTER', 'A letter is settled by answering it: POST /api/letters/{id}/answer');
  }
  const allowed: readonly string[] = stepOutcomes[item.step];
  if (!allowed.includes(input.outcome)) {
    throw new AppError(400, 'INVALID_INPUT', `outcome: a ${item.step} step decides ${allowed.join(', ')}`, {
      fields: [{ field: 'outcome', message: `one of ${allowed.join(', ')}` }],
    });
  }
  if (outcomesNeedingComment.includes(input.outcome) && input.comment === '') {
    throw new AppError(400, 'INVALID_INPUT', 'comment: say what the applicant must fix, or why', {
      fields: [{ field: 'comment', message: 'required for a correction or a refusal' }],
    });
  }
  if (item.claimedBy && item.claimedBy !== principal.username && item.status === 'open') {
    throw claimedByOther(item.claimedBy);
  }
  const mine = (i: WorkItem) => {
    const pending = pendingDecisionOf(i);
    return pending?.decidedBy === principal.username && pending.outcome === input.outcome ? pending : undefined;
  };
  // The same decision again (the answer to an earlier call was lost): answer it, or finish delivering it.
  const earlier = mine(item);
  if (earlier && item.status === 'decided') {
    return { workItemId, caseId: item.caseId, status: 'decided', outcome: input.outcome, decidedAt: earlier.decidedAt };
  }
  if (earlier && item.status === 'deciding') return deliver(item, earlier);
  const decision: PendingDecision = {
    outcome: input.outcome,
    comment: input.comment,
    decidedBy: principal.username,
    decidedAt: nowIso(),
    workItemId,
    step: item.step,
    escalated: item.escalated,
    // The role the decider acts in: a head taking over an officer's step decides as head.
    role: principal.roles.includes(item.role) ? item.role : 'head',
    ...(principal.department ? { department: principal.department } : {}),
    ...(item.program ? { program: item.program } : {}),
    ...(principal.street ? { street: principal.street } : {}),
  };
  const pendingDecision = JSON.stringify(decision);
  if (!(await store.transition(workItemId, 'open', 'deciding', { pendingDecision }))) {
    // Our own transition may have landed with its answer lost: then the item holds this very decision.
    const current = await store.getWorkItem(workItemId);
    if (current?.status !== 'deciding' || current.pendingDecision !== pendingDecision) {
      throw conflict('ALREADY_DECIDED', 'This work item was already decided or is being decided');
    }
  }
  return deliver({ ...item, pendingDecision }, decision);
}
