import { InvalidToken, SendTaskSuccessCommand, TaskDoesNotExist, TaskTimedOut } from '@aws-sdk/client-sfn';
import { sfnClient } from '../platform/aws-clients.js';
import { AppError, conflict, forbidden } from '../platform/errors.js';
import { newId, nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import {
  outcomesNeedingComment,
  stepOutcomes,
  type DecisionInput,
  type OpenWorkItemInput,
  type WorkItem,
} from './model.js';
import * as store from './store.js';

/** What staff see of a work item (never the task token). */
export function workItemView(item: WorkItem) {
  const { taskToken: _token, ...view } = item;
  return view;
}

/** Most urgent first: the earliest legal due date, then escalations, then the oldest. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  const due = (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
  if (due !== 0) return due;
  if (a.escalated !== b.escalated) return a.escalated ? -1 : 1;
  return a.createdAt.localeCompare(b.createdAt);
}

/** Open work items for every inbox the caller has: their department's role inboxes and their street's. */
export async function inboxOf(principal: Principal): Promise<WorkItem[]> {
  const inboxes: [string, string][] = [];
  for (const role of ['officer', 'head'] as const) {
    if (principal.roles.includes(role) && principal.department) inboxes.push([role, principal.department]);
  }
  if (principal.roles.includes('clerk') && principal.street) inboxes.push(['clerk', principal.street]);
  const lists = await Promise.all(inboxes.map(([role, unit]) => store.listInbox(role, unit)));
  return lists.flat().sort(byUrgency);
}

/** Called by the workflow's callback task: puts a work item holding the token in the right inbox. */
export async function openWorkItem(
  input: OpenWorkItemInput,
  details: { caseNumber: string; title: string; department: string; dueDate?: string },
): Promise<WorkItem> {
  const item: WorkItem = {
    workItemId: newId(),
    caseId: input.caseId,
    caseNumber: details.caseNumber,
    title: details.title,
    step: input.step,
    role: input.role,
    department: details.department,
    ...(input.step === 'handover' ? { street: input.unit } : {}),
    escalated: input.escalated,
    status: 'open',
    createdAt: nowIso(),
    ...(details.dueDate ? { dueDate: details.dueDate } : {}),
    taskToken: input.taskToken,
  };
  await store.putWorkItem(item);
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

function isExpiredToken(error: unknown): boolean {
  return error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken;
}

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
 * out gives 409 TASK_EXPIRED.
 */
export async function decide(principal: Principal, scope: Scope | undefined, workItemId: string, input: DecisionInput) {
  const item = await reachableItem(principal, scope, workItemId);
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
  if (!(await store.transition(workItemId, 'open', 'deciding'))) {
    throw conflict('ALREADY_DECIDED', 'This work item was already decided or is being decided');
  }
  const decidedAt = nowIso();
  try {
    await sfnClient().send(
      new SendTaskSuccessCommand({
        taskToken: item.taskToken,
        output: JSON.stringify({ outcome: input.outcome, comment: input.comment, decidedBy: principal.username }),
      }),
    );
  } catch (error) {
    if (isExpiredToken(error)) {
      await store.transition(workItemId, 'deciding', 'expired');
      throw conflict('TASK_EXPIRED', 'This step ran out of time and was escalated');
    }
    await store.reopen(item);
    throw error;
  }
  await store.transition(workItemId, 'deciding', 'decided', {
    outcome: input.outcome,
    comment: input.comment,
    decidedBy: principal.username,
    decidedAt,
  });
  return { workItemId, caseId: item.caseId, status: 'decided', outcome: input.outcome, decidedAt };
}
