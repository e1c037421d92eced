/**
 * The one list of Lambda functions that workflows call. The CDK app makes one function per entry;
 * the local Step Functions engine runs the same module export in-process.
 */
export interface WorkflowTaskDefinition {
  readonly id: string;
  /** Module under functions/src, without extension. */
  readonly module: string;
  readonly export: string;
}

export const workflowTasks = [
  { id: 'cases-open-work-item', module: 'cases/workflow-tasks', export: 'openWorkItem' },
  { id: 'cases-await-correction', module: 'cases/workflow-tasks', export: 'awaitCorrection' },
  { id: 'cases-record-acceptance', module: 'cases/workflow-tasks', export: 'recordAcceptance' },
  { id: 'cases-record-outcome', module: 'cases/workflow-tasks', export: 'recordOutcome' },
  { id: 'cases-complete', module: 'cases/workflow-tasks', export: 'completeCase' },
  { id: 'cases-flag-attention', module: 'cases/workflow-tasks', export: 'flagAttention' },
] as const satisfies readonly WorkflowTaskDefinition[];

export type WorkflowTaskId = (typeof workflowTasks)[number]['id'];
