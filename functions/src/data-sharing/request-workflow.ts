import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { sfnClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { logger } from '../platform/logger.js';
import { directItemNow } from '../workitems/direct.js';
import type { DataRequestRecord, DataRequestResult } from './request-model.js';

/**
 * The request's side of its workflow (workflows/data-request.ts): one execution per conditional request, named by
 * its id, started when it is made; the decision is a task waiting with its token on the request's work item. The
 * decision route stays the one way the owner decides (validated and audited there); once the request is saved, the
 * task gets the outcome and the workflow ends.
 */

export const resultOf = (record: DataRequestRecord): DataRequestResult => ({
  requestId: record.requestId,
  status: record.status,
  by: record.decidedBy ?? 'system',
  at: record.decidedAt ?? record.createdAt,
});

/** Starts the request's workflow; a repeated start finds the execution there and leaves it. */
export async function startRequestWorkflow(record: DataRequestRecord): Promise<void> {
  try {
    await sfnClient().send(
      new StartExecutionCommand({
        stateMachineArn: config().stateMachines['data-request'],
        name: record.requestId,
        input: JSON.stringify({ requestId: record.requestId }),
      }),
    );
  } catch (error) {
    if (error instanceof ExecutionAlreadyExists) return;
    throw error;
  }
}

export async function sendDecision(taskToken: string, record: DataRequestRecord): Promise<void> {
  await sfnClient().send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(resultOf(record)) }));
}

const isExpiredToken = (error: unknown) =>
  error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken;

/**
 * After the decision route saved `decided`: the task waiting on the request's item (read again after the save) gets
 * the outcome. An item without a token has no one to tell: the task found the request decided before it could keep
 * its token and answered itself (request-workflow-tasks.ts).
 */
export async function resumeRequestWorkflow(workItemId: string, decided: DataRequestRecord): Promise<void> {
  const item = await directItemNow(workItemId);
  if (!item?.taskToken) return;
  try {
    await sendDecision(item.taskToken, decided);
  } catch (error) {
    // The decision is saved and audited; a workflow that cannot be told is logged, never the decision undone.
    logger[isExpiredToken(error) ? 'warn' : 'error']('data request workflow not told of the decision', {
      action: 'data-sharing.workflow.resume',
      requestId: decided.requestId,
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
}
