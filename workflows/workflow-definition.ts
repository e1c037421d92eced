import type { Construct } from 'constructs';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { WorkflowTaskId } from '../functions/src/workflow-tasks.js';
import type { WorkflowName } from './names.js';

/** Resolves a workflow task id to the function the CDK app made for it. */
export type TaskFunctions = (id: WorkflowTaskId) => lambda.IFunction;

/** A workflow: its names (workflows/names.ts, shared with functions) and how to build its states. */
export interface WorkflowDefinition extends WorkflowName {
  readonly tasks: readonly WorkflowTaskId[];
  readonly description: string;
  /** Builds the state graph inside `scope`. */
  readonly define: (scope: Construct, fns: TaskFunctions) => sfn.IChainable;
}
