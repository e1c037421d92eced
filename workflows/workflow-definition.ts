import type { Construct } from 'constructs';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { WorkflowTaskId } from '../functions/src/workflow-tasks.js';

/** Resolves a workflow task id to the function the CDK app made for it. */
export type TaskFunctions = (id: WorkflowTaskId) => lambda.IFunction;

export interface WorkflowDefinition {
  /** Short name; the state machine is named `yuexiu-<stage>-<id>`. */
  readonly id: string;
  /** Environment variable carrying the state machine ARN to every function. */
  readonly envVar: string;
  readonly description: string;
  /** The tasks this workflow invokes (the CDK app grants invoke on exactly these). */
  readonly tasks: readonly WorkflowTaskId[];
  /** Builds the state graph inside `scope`. */
  readonly define: (scope: Construct, fns: TaskFunctions) => sfn.IChainable;
}
