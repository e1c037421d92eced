import { createHash } from 'node:crypto';
import { InvalidToken, SendTaskSuccessCommand, TaskDoesNotExist, TaskTimedOut } from '@aws-sdk/client-sfn';
import { getCase } from '../cases/store.js';
import { sfnClient } from '../platform/aws-clients.js';
import { AppError, conflict } from '../platform/errors.js';
import { logger } from '../platform/logger.js';
import type { WorkItem } from './model.js';
import * as store from './store.js';

/**
 * Delivering a decision to its workflow, safely under lost answers. A decision is first written on the
 * item (`deciding`, with the callback's output), then sent with SendTaskSuccess, then the item is marked
 * `decided`. Any of these calls may fail after it took effect; so:
 * - the item's id is derived from its task token: a task delivered twice opens the same item;
 * - a decision found `deciding` by the same person is resumed (the call is sent again), not refused;
 * - a token that no longer answers is not taken for an expiry at once: if the workflow recorded this very
 *   item's decision (or, for a handover, completed the case), the earlier send landed and the item is
 *   decided; if a newer item for the step exists or the case left the workflow, the step ran out of time;
 *   otherwise it is too early to tell and the item stays `deciding` (the caller retries; the sweep
 *   settles items left there, `settleDeciding`).
 */

/** The work item id of a task token: a UUID (version 8, RFC 9562) from the token's SHA-256. */
export function workItemIdOf(taskToken: string): string {
  const hex = createHash('sha256').update(taskToken, 'utf8').digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function isExpiredToken(error: unknown): boolean {
  return error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken;
}

/** Where the workflow stands with an item whose token no longer answers. */
export async function fateOf(item: WorkItem): Promise<'delivered' | 'expired' | 'unknown'> {
  const record = await getCase(item.caseId);
  if (!record) return 'expired';
  if ((record.decisions ?? []).some((d) => d.workItemId === item.workItemId)) return 'delivered';
  if (item.step === 'handover' && record.status === 'completed') return 'delivered';
  const newer = (await store.listForCase(item.caseId)).some(
    (other) => other.step === item.step && other.workItemId !== item.workItemId && other.createdAt > item.createdAt,
  );
  if (newer || record.status === 'needs_attention' || record.status === 'withdrawn') return 'expired';
  return 'unknown';
}

export interface Delivered {
  workItemId: string;
  caseId: string;
  status: 'decided';
  outcome: string;
  decidedAt: string;
}

const decidedView = (item: WorkItem, decision: PendingDecision): Delivered => ({
  workItemId: item.workItemId,
  caseId: item.caseId,
  status: 'decided',
  outcome: decision.outcome,
  decidedAt: decision.decidedAt,
});

/** What the callback task receives; kept on the item while it is `deciding`. */
export interface PendingDecision {
  outcome: string;
  comment: string;
  decidedBy: string;
  decidedAt: string;
  [key: string]: unknown;
}

async function markDecided(item: WorkItem, decision: PendingDecision): Promise<void> {
  await store.transition(item.workItemId, 'deciding', 'decided', {
    outcome: decision.outcome,
    comment: decision.comment,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
  });
}

/**
 * Sends the item's pending decision to its workflow and marks the item decided. 409 TASK_EXPIRED when
 * the step ran out of time (the item is expired); 503 DECISION_PENDING when the workflow's answer is not
 * known yet (the item stays `deciding`; calling again settles it).
 */
export async function deliver(item: WorkItem, decision: PendingDecision): Promise<Delivered> {
  try {
    await sfnClient().send(new SendTaskSuccessCommand({ taskToken: item.taskToken, output: JSON.stringify(decision) }));
  } catch (error) {
    if (!isExpiredToken(error)) throw error;
    const fate = await fateOf(item);
    if (fate === 'expired') {
      await store.transition(item.workItemId, 'deciding', 'expired');
      throw conflict('TASK_EXPIRED', 'This step ran out of time and was escalated');
    }
    if (fate === 'unknown') {
      throw new AppError(503, 'DECISION_PENDING', 'The decision is being delivered; try again in a moment');
    }
  }
  await markDecided(item, decision);
  return decidedView(item, decision);
}

/** The decision kept on a `deciding` item, if it is readable. */
export function pendingDecisionOf(item: WorkItem): PendingDecision | undefined {
  if (!item.pendingDecision) return undefined;
  try {
    return JSON.parse(item.pendingDecision) as PendingDecision;
  } catch {
    return undefined;
  }
}

/** How long a decision may stay `deciding` before the sweep delivers it itself. */
export const decidingGraceMs = 5 * 60_000;

/**
 * The sweep's recovery of a case's items left `deciding` (the decider's call failed and they never came
 * back): each older than the grace period is delivered again from the decision kept on it. Returns how
 * many were settled (decided or expired).
 */
export async function settleDeciding(caseId: string, nowMs: number): Promise<number> {
  let settled = 0;
  for (const item of await store.listForCase(caseId)) {
    if (item.status !== 'deciding') continue;
    const decision = pendingDecisionOf(item);
    const since = Date.parse(decision?.decidedAt ?? item.createdAt);
    if (nowMs - since < decidingGraceMs) continue;
    if (!decision) {
      // Nothing to deliver (an item from before decisions were kept): back to the inbox.
      await store.reopen(item);
      settled++;
      continue;
    }
    try {
      await deliver(item, decision);
      settled++;
    } catch (error) {
      if (error instanceof AppError && error.code === 'TASK_EXPIRED') settled++;
      else logger.warn('deciding item not settled yet', { action: 'workitem.settle', workItemId: item.workItemId });
    }
  }
  return settled;
}
