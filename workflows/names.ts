/**
 * What functions need to know of each workflow — its id, the environment variable carrying its ARN
 * and the tasks it calls — without the CDK: Lambda bundles import this file, never the definitions.
 */
export interface WorkflowName {
  readonly id: string;
  readonly envVar: string;
  /** Ids of functions/src/workflow-tasks.ts (checked there, so that this file imports nothing). */
  readonly tasks: readonly string[];
}

export const workflowNames = {
  caseApproval: {
    id: 'case-approval',
    envVar: 'SFN_CASE_APPROVAL_ARN',
    tasks: [
      'cases-open-work-item',
      'cases-await-correction',
      'cases-record-step',
      'cases-weigh-opinions',
      'cases-record-acceptance',
      'cases-record-outcome',
      'cases-complete',
      'cases-flag-attention',
    ],
  },
  gridEvent: {
    id: 'grid-event',
    envVar: 'SFN_GRID_EVENT_ARN',
    tasks: ['grid-await-step'],
  },
  dataRequest: {
    id: 'data-request',
    envVar: 'SFN_DATA_REQUEST_ARN',
    tasks: ['data-sharing-await-decision', 'data-sharing-expire-request'],
  },
} as const satisfies Record<string, WorkflowName>;

export const allWorkflowNames = Object.values(workflowNames);

/**
 * The error a callback task's Lambda fails with when it could not store what it opens (a work item, a
 * correction request): the workflow runs the task again with a new token (workflows/case-approval.ts).
 */
export const callbackNotOpened = 'CallbackNotOpened';
