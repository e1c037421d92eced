import { z } from 'zod';
import { recordAudit } from '../audit/service.js';
import { callbackNotOpened } from '../../../workflows/names.js';
import { stepLimits } from '../../../workflows/step-limits.js';
import { logger } from '../platform/logger.js';
import { parseInput } from '../platform/validation.js';
import { openDirectItemOf, waitingTaskDirectUpdate } from '../workitems/direct.js';
import { dataRequestId } from './request-model.js';
import { expirePendingRequest } from './requests.js';
import { sendDecision } from './request-workflow.js';
import * as store from './request-store.js';

/**
 * The Lambda tasks of the data-request workflow (workflows/data-request.ts). Idempotent: Step Functions may run
 * each twice.
 */

const awaitInput = z.object({ taskToken: z.string().min(1), requestId: dataRequestId });
const expireInput = z.object({ requestId: dataRequestId });

/** The task could not keep its token; the workflow runs it again with a new one. */
class DecisionNotOpened extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = callbackNotOpened;
  }
}

/**
 * Keeps the task's token on the request's open work item (opened with the request by requests.ts) while the request
 * is pending, in one transaction. When the head decided first, the task sends itself the outcome.
 */
export async function awaitDecision(event: unknown) {
  const input = parseInput(awaitInput, event);
  try {
    const item = await openDirectItemOf(input.requestId);
    if (
      item &&
      (await store.keepTaskToken(input.requestId, waitingTaskDirectUpdate(item, input.taskToken, 'pending')))
    ) {
      logger.info('data request waiting', { action: 'data-sharing.workflow.wait', requestId: input.requestId });
      return { workItemId: item.workItemId };
    }
    const now = await store.getRequest(input.requestId);
    if (!now) throw new Error(`Data request ${input.requestId} does not exist`);
    if (now.status === 'pending') throw new Error(`Data request ${input.requestId} has no open item yet`);
    await sendDecision(input.taskToken, now);
    return { passed: true };
  } catch (error) {
    throw new DecisionNotOpened(
      `The decision of ${input.requestId} could not wait: ${error instanceof Error ? error.message : 'unknown'}`,
      error,
    );
  }
}

/** The time limit ran out: a request still pending expires (one decided meanwhile is left as it is). */
export async function expireRequest(event: unknown) {
  const { requestId } = parseInput(expireInput, event);
  const status = await expirePendingRequest(requestId);
  if (status === 'expired') {
    await recordAudit({
      actor: { sub: 'system', username: 'system', roles: [] },
      action: 'data-sharing.expireRequest',
      resource: { type: 'data-sharing', id: requestId },
      outcome: 'succeeded',
      requestId,
      sourceIp: 'unknown',
      details: { limitDays: String(stepLimits.dataRequestDays) },
    });
  }
  logger.info('data request time limit', { action: 'data-sharing.workflow.expire', requestId, status });
  return { status };
}
