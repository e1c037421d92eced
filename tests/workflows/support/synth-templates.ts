/**
 * Test-only synthesis of the workflow state machines. Prefers the CDK app's own
 * `synthesizeTemplates` (infra/lib/build-app.ts) when it exists; until then it builds a throwaway
 * stack with the same function names and state machine names as the CDK app.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Template } from 'aws-cdk-lib/assertions';
import { workflows } from '../../../workflows/index.js';
import { workflowTasks, type WorkflowTaskId } from '../../../functions/src/workflow-tasks.js';
import { physicalName } from '../../../functions/src/platform/resources.js';

type Templates = Record<string, object>;
type BuildApp = {
  synthesizeTemplates(o: { stage: string; bundling: false; complianceChecks: false }): Templates;
};

const buildAppPath = fileURLToPath(new URL('../../../infra/lib/build-app.ts', import.meta.url));

/** Synthesizes the templates holding every workflow state machine of `stage`. */
export async function synthesizeWorkflowTemplates(stage: string): Promise<object[]> {
  if (existsSync(buildAppPath)) {
    try {
      const buildApp = (await import(buildAppPath)) as BuildApp;
      return Object.values(buildApp.synthesizeTemplates({ stage, bundling: false, complianceChecks: false }));
    } catch (error) {
      // The workflow definitions are the same either way; the CDK app's own synth is checked by tests/infra.
      console.warn(
        `synthesizeTemplates failed, using the workflow-only stack: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
  return [synthesizeFallback(stage)];
}

function synthesizeFallback(stage: string): object {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'WorkflowsUnderTest', { env: { account: '111111111111', region: 'cn-north-1' } });
  const fns = new Map<WorkflowTaskId, lambda.IFunction>();
  for (const task of workflowTasks) {
    fns.set(
      task.id,
      new lambda.Function(stack, `Task-${task.id}`, {
        functionName: physicalName(stage, `task-${task.id}`),
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => ({})'),
      }),
    );
  }
  for (const wf of workflows) {
    new sfn.StateMachine(stack, `Workflow-${wf.id}`, {
      stateMachineName: physicalName(stage, wf.id),
      definitionBody: sfn.DefinitionBody.fromChainable(
        wf.define(stack, (id) => {
          const fn = fns.get(id);
          if (!fn) throw new Error(`workflow ${wf.id} uses unknown task ${id}`);
          return fn;
        }),
      ),
    });
  }
  return Template.fromStack(stack).toJSON();
}
