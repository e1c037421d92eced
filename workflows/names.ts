import type { WorkflowTaskId } from '../functions/src/workflow-tasks.js';

/**
 * What functions need to know of each workflow — its id, the environment variable carrying its ARN
 * and the tasks it calls — without the CDK: Lambda bundles import this file, never the definitions.
 */
export interface WorkflowName {
  readonly id: string;
  readonly envVar: string;
  readonly tasks: readonly WorkflowTaskId[];
}

export const workflowNames = {
  caseApproval: {
    id: 'case-approval',
    envVar: 'SFN_CASE_APPROVAL_ARN',
    tasks: [
      'cases-open-work-item',
      'cases-await-correction',
      'cases-record-acceptance',
      'cases-record-outcome',
      'cases-complete',
      'cases-flag-attention',
    ],
  },
} as const satisfies Record<string, WorkflowName>;

export const allWorkflowNames: readonly WorkflowName[] = Object.values(workflowNames);
