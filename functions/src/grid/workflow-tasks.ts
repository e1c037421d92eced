import { z } from 'zod';
import { callbackNotOpened } from '../../../workflows/names.js';
import { logger } from '../platform/logger.js';
import { parseInput } from '../platform/validation.js';
import { openDirectItemOf, waitingTaskDirectUpdate } from '../workitems/direct.js';
import { gridEventStatuses } from './model.js';
import { sendStepResult } from './workflow.js';
import * as store from './store.js';

/**
 * The Lambda task of the grid-event workflow (workflows/grid-event.ts): a human step waiting for its token's
 * answer. Idempotent: Step Functions may run it twice.
 */

const awaitStepInput = z.object({
  taskToken: z.string().min(1),
  eventId: z.string().min(1),
  /** The state the event was in when the workflow came to this step. */
  status: z.enum(gridEventStatuses),
  step: z.string().min(1),
});

/** The task could not keep its token; the workflow runs it again with a new one. */
class StepNotOpened extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = callbackNotOpened;
  }
}

/**
 * Keeps the task's token on the event's open work item (opened with the event's own write by service.ts), if the
 * event is still in the state the workflow saw, in one transaction. When staff moved it on first, there is no one
 * left to answer this token: the task sends itself the event as it now stands and the workflow follows it.
 */
export async function awaitStep(event: unknown) {
  const input = parseInput(awaitStepInput, event);
  try {
    const item = await openDirectItemOf(input.eventId);
    if (
      item &&
      (await store.keepTaskToken(
        input.eventId,
        input.status,
        waitingTaskDirectUpdate(item, input.taskToken, input.status),
      ))
    ) {
      logger.info('grid step waiting', { action: 'grid.workflow.wait', eventId: input.eventId, step: input.step });
      return { workItemId: item.workItemId };
    }
    const now = await store.getEvent(input.eventId);
    if (!now) throw new Error(`Event ${input.eventId} does not exist`);
    if (now.status === input.status) throw new Error(`Event ${input.eventId} has no open item for ${input.step} yet`);
    await sendStepResult(input.taskToken, now);
    logger.info('grid step passed', { action: 'grid.workflow.passed', eventId: input.eventId, step: input.step });
    return { passed: true };
  } catch (error) {
    throw new StepNotOpened(
      `The ${input.step} step of ${input.eventId} could not wait: ${error instanceof Error ? error.message : 'unknown'}`,
      error,
    );
  }
}
