import { Duration } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { callbackNotOpened, workflowNames } from './names.js';
import { stepLimits } from './step-limits.js';
import type { TaskFunctions, WorkflowDefinition } from './workflow-definition.js';

const path = sfn.JsonPath.stringAt;
/** A task that could not keep its token (CallbackNotOpened, or Lambda failed) runs again with a new one. */
const retryTask = {
  errors: [callbackNotOpened, 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  interval: Duration.seconds(1),
  maxAttempts: 6,
  backoffRate: 1.5,
};

/**
 * Another department's request for a conditional data resource (有条件共享; execution name = request id), started
 * when it is made: the owning department's head decides it in the one staff inbox. The decision is a callback task
 * that keeps its token with the request's open work item; the data request's decision route — the one way the head
 * decides, validated and audited (functions/src/data-sharing/requests.ts) — sends the task the outcome. When no one
 * decides within the time limit (stepLimits.dataRequestDays) the request expires: its item is closed and the
 * requester sees it expired. Unconditional requests are granted on request and start no workflow.
 */
export const dataRequest: WorkflowDefinition = {
  ...workflowNames.dataRequest,
  description: 'The owning department decides another department’s request for a conditional data resource',
  define(scope: Construct, fns: TaskFunctions): sfn.IChainable {
    const decided = new sfn.Succeed(scope, 'Decided');
    const expire = new tasks.LambdaInvoke(scope, 'Expire', {
      lambdaFunction: fns('data-sharing-expire-request'),
      payload: sfn.TaskInput.fromObject({ requestId: path('$.requestId') }),
      payloadResponseOnly: true,
      resultPath: '$.result',
    })
      .addRetry({ ...retryTask, errors: ['States.ALL'] })
      .next(new sfn.Succeed(scope, 'Expired'));
    return new tasks.LambdaInvoke(scope, 'Decide', {
      lambdaFunction: fns('data-sharing-await-decision'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ taskToken: sfn.JsonPath.taskToken, requestId: path('$.requestId') }),
      resultPath: '$.result',
      taskTimeout: sfn.Timeout.duration(Duration.days(stepLimits.dataRequestDays)),
    })
      .addRetry(retryTask)
      .addCatch(expire, { errors: ['States.Timeout'], resultPath: '$.failure' })
      .next(decided);
  },
};
