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
import type { GridEventRecord, GridEventStatus } from './model.js';

/**
 * The event's side of its workflow (workflows/grid-event.ts): one execution per event, named by its number, started
 * when it is reported; each human step is a task waiting with its token on the step's work item. The action route
 * stays the one way staff move an event (rules.ts validates, the route audits); once the event is saved, the task
 * the step's item holds gets the event's new state, and the workflow waits for the next step or ends when closed.
 */

/** What a step's task receives: the state the event moved to, by which action, who and when. */
export interface GridStepResult {
  eventId: string;
  status: GridEventStatus;
  action: string;
  by: string;
  at: string;
}

export function stepResult(record: GridEventRecord): GridStepResult {
  const last = record.history.at(-1)!;
  return { eventId: record.eventId, status: record.status, action: last.action, by: last.by, at: last.at };
}

/** Starts the event's workflow from where it stands; a repeated start finds the execution there and leaves it. */
export async function startEventWorkflow(record: GridEventRecord): Promise<void> {
  try {
    await sfnClient().send(
      new StartExecutionCommand({
        stateMachineArn: config().stateMachines['grid-event'],
        name: record.eventId,
        input: JSON.stringify({ eventId: record.eventId, event: stepResult(record) }),
      }),
    );
  } catch (error) {
    if (error instanceof ExecutionAlreadyExists) return;
    throw error;
  }
}

const isExpiredToken = (error: unknown) =>
  error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken;

/** Sends a waiting step's task the event as it now stands. */
export async function sendStepResult(taskToken: string, record: GridEventRecord): Promise<void> {
  await sfnClient().send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(stepResult(record)) }));
}

/**
 * After the action route saved `next`, moved on from state `from`: the task waiting on the step's item (`workItemId`,
 * read again after the save) gets the result. An item without a token waiting in `from` has none to tell: the task
 * found the event moved on before it could keep its token and went on by itself (workflow-tasks.ts), or the event
 * is older than its workflow (the demo's seeded events) and the route alone moves it.
 */
export async function resumeEventWorkflow(workItemId: string, from: GridEventStatus, next: GridEventRecord) {
  const item = await directItemNow(workItemId);
  if (!item?.taskToken || item.taskState !== from) return;
  try {
    await sendStepResult(item.taskToken, next);
  } catch (error) {
    // The event is saved and audited; a workflow that cannot be told is logged, never the person's action undone.
    const level = isExpiredToken(error) ? 'warn' : 'error';
    logger[level]('grid workflow not told of the step', {
      action: 'grid.workflow.resume',
      eventId: next.eventId,
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
}
