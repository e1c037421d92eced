import { InvalidToken, SendTaskSuccessCommand, TaskDoesNotExist, TaskTimedOut } from '@aws-sdk/client-sfn';
import { sfnClient } from '../platform/aws-clients.js';
import { conflict, forbidden } from '../platform/errors.js';
import { newId, nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import type { DecisionInput, OpenWorkItemInput, WorkItem } from './model.js';
import * as store from './store.js';

const inboxRoles = ['officer', 'head'] as const;

/** What staff see of a work item (never the task token). */
export function workItemView(item: WorkItem) {
  const { taskToken: _token, ...view } = item;
  return view;
}

/** Open work items for every inbox role the caller holds, in their department, oldest first. */
export async function inboxOf(principal: Principal): Promise<WorkItem[]> {
  if (!principal.department) return [];
  const lists = await Promise.all(
    inboxRoles.filter((r) => principal.roles.includes(r)).map((r) => store.listInbox(r, principal.department!)),
  );
  return lists.flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Called by the workflow's callback task: puts a work item holding the token in the right inbox. */
export async function openWorkItem(input: OpenWorkItemInput, caseNumber: string, title: string): Promise<WorkItem> {
  const item: WorkItem = {
    workItemId: newId(),
    caseId: input.caseId,
    caseNumber,
    title,
    step: input.step,
    role: input.role,
    department: input.department,
    status: 'open',
    createdAt: nowIso(),
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

function isExpiredToken(error: unknown): boolean {
  return error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken;
}

/**
 * Decides a work item and resumes its workflow. Exactly one of two concurrent deciders wins (the other
 * gets 409 ALREADY_DECIDED); a task that already timed out gives 409 TASK_EXPIRED.
 */
export async function decide(principal: Principal, scope: Scope | undefined, workItemId: string, input: DecisionInput) {
  const item = requireInScope(principal, scope, await store.getWorkItem(workItemId), 'Work item');
  // A department head may take over any step of their department; others only their role's steps.
  if (!principal.roles.includes(item.role) && !principal.roles.includes('head')) {
    throw forbidden('This work item waits for another role');
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
