import { ExecutionAlreadyExists, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { sfnClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import type { WorkflowInput } from './model.js';

/**
 * Starts the approval workflow of a case. The execution name is the case id, so a repeated start
 * (a retried submission) is harmless: a running or finished execution of that name is left as it is.
 */
export async function startApproval(input: WorkflowInput): Promise<void> {
  try {
    await sfnClient().send(
      new StartExecutionCommand({
        stateMachineArn: config().stateMachines['case-approval'],
        name: input.caseId,
        input: JSON.stringify(input),
      }),
    );
  } catch (error) {
    if (error instanceof ExecutionAlreadyExists) return;
    throw error;
  }
}
