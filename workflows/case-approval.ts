import { Duration } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { workflowNames } from './names.js';
import type { TaskFunctions, WorkflowDefinition } from './workflow-definition.js';

/**
 * Approval of one case (execution name = case id). A human review step waits in the officer's inbox;
 * when it runs out of time the case escalates to the department head. Outcome recording retries and,
 * if it still fails, flags the case "needs attention" so that it is never lost.
 */
export const caseApproval: WorkflowDefinition = {
  ...workflowNames.caseApproval,
  description: 'Review and decision of a case, with escalation on timeout',
  define(scope: Construct, fns: TaskFunctions): sfn.IChainable {
    const humanStep = (id: string, role: string, days: number) =>
      new tasks.LambdaInvoke(scope, id, {
        lambdaFunction: fns('cases-open-work-item'),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({
          taskToken: sfn.JsonPath.taskToken,
          caseId: sfn.JsonPath.stringAt('$.caseId'),
          department: sfn.JsonPath.stringAt('$.department'),
          step: id,
          role,
        }),
        resultPath: '$.decision',
        taskTimeout: sfn.Timeout.duration(Duration.days(days)),
        // The inbox sweep heartbeats every open work item it finds, so a task whose work item was
        // lost stops waiting after a day instead of at its legal deadline.
        heartbeatTimeout: sfn.Timeout.duration(Duration.days(1)),
      });

    const flagAttention = new tasks.LambdaInvoke(scope, 'FlagNeedsAttention', {
      lambdaFunction: fns('cases-flag-attention'),
      payload: sfn.TaskInput.fromObject({
        caseId: sfn.JsonPath.stringAt('$.caseId'),
        error: sfn.JsonPath.stringAt('$.failure.Error'),
      }),
      payloadResponseOnly: true,
      resultPath: sfn.JsonPath.DISCARD,
    })
      .addRetry({ errors: ['States.ALL'], interval: Duration.seconds(1), maxAttempts: 5, backoffRate: 2 })
      .next(new sfn.Fail(scope, 'NeedsAttention', { error: 'CaseNeedsAttention' }));

    const recordOutcome = new tasks.LambdaInvoke(scope, 'RecordOutcome', {
      lambdaFunction: fns('cases-record-outcome'),
      payload: sfn.TaskInput.fromObject({
        caseId: sfn.JsonPath.stringAt('$.caseId'),
        outcome: sfn.JsonPath.stringAt('$.decision.outcome'),
        comment: sfn.JsonPath.stringAt('$.decision.comment'),
        decidedBy: sfn.JsonPath.stringAt('$.decision.decidedBy'),
      }),
      payloadResponseOnly: true,
      resultPath: '$.result',
    })
      .addRetry({ errors: ['States.ALL'], interval: Duration.seconds(1), maxAttempts: 3, backoffRate: 2 })
      .addCatch(flagAttention, { errors: ['States.ALL'], resultPath: '$.failure' })
      .next(new sfn.Succeed(scope, 'Done'));

    const route = new sfn.Choice(scope, 'ApprovedOrRejected')
      .when(sfn.Condition.stringEquals('$.decision.outcome', 'approved'), recordOutcome)
      .when(sfn.Condition.stringEquals('$.decision.outcome', 'rejected'), recordOutcome)
      .otherwise(new sfn.Fail(scope, 'UnknownDecision', { error: 'UnknownDecision' }));

    const escalate = humanStep('EscalateToHead', 'head', 3).addCatch(flagAttention, {
      errors: ['States.ALL'],
      resultPath: '$.failure',
    });
    escalate.next(route);

    const review = humanStep('ReviewByOfficer', 'officer', 5)
      .addCatch(escalate, { errors: ['States.Timeout'], resultPath: '$.failure' })
      .addCatch(flagAttention, { errors: ['States.ALL'], resultPath: '$.failure' });

    return review.next(route);
  },
};
