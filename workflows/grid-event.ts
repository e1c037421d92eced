import { Duration } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { gridStepOf, type GridStep } from '../functions/src/grid/steps.js';
import { callbackNotOpened, workflowNames } from './names.js';
import type { TaskFunctions, WorkflowDefinition } from './workflow-definition.js';

const path = sfn.JsonPath.stringAt;
/** A step's task that could not keep its token (CallbackNotOpened, or Lambda failed) runs again with a new one. */
const retryStep = {
  errors: [callbackNotOpened, 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  interval: Duration.seconds(1),
  maxAttempts: 6,
  backoffRate: 1.5,
};

/** Whether the event's state (`$.event.status`) is one of `statuses`. */
const stateIs = (statuses: string[]) => {
  const each = statuses.map((status) => sfn.Condition.stringEquals('$.event.status', status));
  return each.length === 1 ? each[0]! : sfn.Condition.or(...each);
};

const stepStates: Record<GridStep, string> = { dispatch: 'Dispatch', handle: 'Handle', verify: 'Verify' };

/**
 * The life of one city event (execution name = event number), started when it is reported: the dispatcher
 * registers and dispatches it (立案, 派遣), the responsible department handles it with photos of the result (处置),
 * the street's inspector verifies it on site (核查), and it is closed (结案). A returned result goes back to
 * handling; a declined report (不予立案) closes at once.
 *
 * Each human step is a callback task that keeps its token with the event's open work item in the one staff
 * inbox; the grid's action route — the one way staff act, validated by the step rules (functions/src/grid/rules.ts)
 * and audited — sends the task the state the event moved to, and the workflow waits in the step of that state
 * (functions/src/grid/steps.ts, the same map the inbox opens items by) or ends when no step is left. The
 * category's time limit is in working days, which Step Functions cannot count: its yellow and red warnings and
 * escalation come from the deadline sweep (functions/src/grid/sweep.ts), as a case's legal limit does.
 */
export const gridEvent: WorkflowDefinition = {
  ...workflowNames.gridEvent,
  description: 'Register, dispatch, handle and verify a city event until it is closed',
  define(scope: Construct, fns: TaskFunctions): sfn.IChainable {
    const nextStep = new sfn.Choice(scope, 'NextStep');
    const steps = Object.entries(stepStates) as [GridStep, string][];
    for (const [step, id] of steps) {
      const statuses = Object.entries(gridStepOf)
        .filter(([, s]) => s === step)
        .map(([status]) => status);
      const wait = new tasks.LambdaInvoke(scope, id, {
        lambdaFunction: fns('grid-await-step'),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({
          taskToken: sfn.JsonPath.taskToken,
          eventId: path('$.eventId'),
          status: path('$.event.status'),
          step,
        }),
        resultPath: '$.event',
      })
        .addRetry(retryStep)
        .next(nextStep);
      nextStep.when(stateIs(statuses), wait);
    }
    const ended = Object.entries(gridStepOf)
      .filter(([, s]) => s === undefined)
      .map(([status]) => status);
    nextStep
      .when(stateIs(ended), new sfn.Succeed(scope, 'Closed'))
      .otherwise(new sfn.Fail(scope, 'UnknownState', { error: 'UnknownGridEventState' }));
    return nextStep;
  },
};
