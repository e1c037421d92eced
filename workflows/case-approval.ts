import { Duration } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import type { WorkflowTaskId } from '../functions/src/workflow-tasks.js';
import { callbackNotOpened, workflowNames } from './names.js';
import { stepLimits } from './step-limits.js';
import type { TaskFunctions, WorkflowDefinition } from './workflow-definition.js';

const path = sfn.JsonPath.stringAt;
/**
 * Automated steps retry 6 times over about 20 s before the case is flagged: under a burst of faults the
 * SDK's own retry quota runs dry and a task's calls fail at once, so the workflow's retries carry the case
 * (tests/integration/faults.test.ts).
 */
const retryAll = { errors: ['States.ALL'], interval: Duration.seconds(1), maxAttempts: 6, backoffRate: 1.5 };
const toFailure = { errors: ['States.ALL'], resultPath: '$.failure' };
/**
 * A callback task whose Lambda could not open its work item (it fails with CallbackNotOpened, or Lambda
 * itself failed) runs again with a new token; the item of the failed try, if it was stored, is expired
 * when the new one opens (workitems/service.ts). Failures sent with SendTaskFailure and timeouts are not
 * retried.
 */
const retryCallback = {
  errors: [callbackNotOpened, 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  interval: Duration.seconds(1),
  maxAttempts: 6,
  backoffRate: 1.5,
};
const outcomeIs = (...values: string[]) =>
  sfn.Condition.or(...values.map((v) => sfn.Condition.stringEquals('$.decision.outcome', v)));

/**
 * The life of one case (execution name = case id), driven by its item's review steps: accept (受理: accept,
 * ask for correction 补正, or refuse) → review (审核, where the item has it) → decide (决定) → record the
 * outcome and deliver (送达: download, or handover at a street station).
 *
 * Every human step is a callback task that opens a work item with its token; each has a timeout and a
 * heartbeat (the sweep heartbeats open items) and escalates to the department head when it runs out.
 * A correction waits for the citizen; if they never come back the case is withdrawn. Automated steps
 * retry and then flag the case "needs attention": a case is never lost.
 */
export const caseApproval: WorkflowDefinition = {
  ...workflowNames.caseApproval,
  description: 'Accept, review, decide and deliver a case, with correction, escalation and legal deadlines',
  define(scope: Construct, fns: TaskFunctions): sfn.IChainable {
    const flag = new tasks.LambdaInvoke(scope, 'FlagNeedsAttention', {
      lambdaFunction: fns('cases-flag-attention'),
      payload: sfn.TaskInput.fromObject({
        caseId: path('$.caseId'),
        error: path('$.failure.Error'),
      }),
      payloadResponseOnly: true,
      resultPath: sfn.JsonPath.DISCARD,
    })
      .addRetry({ errors: ['States.ALL'], interval: Duration.seconds(1), maxAttempts: 5, backoffRate: 2 })
      .next(new sfn.Fail(scope, 'NeedsAttention', { error: 'CaseNeedsAttention' }));

    const automated = (id: string, fn: WorkflowTaskId, payload: Record<string, unknown>) =>
      new tasks.LambdaInvoke(scope, id, {
        lambdaFunction: fns(fn),
        payload: sfn.TaskInput.fromObject({ caseId: path('$.caseId'), ...payload }),
        payloadResponseOnly: true,
        resultPath: sfn.JsonPath.DISCARD,
      })
        .addRetry(retryAll)
        .addCatch(flag, toFailure);

    /** A callback task that puts a work item for `role` in the inbox of `unit` (department or street). */
    const callback = (id: string, step: string, role: string, unit: string, limitDays: number, escalated: boolean) =>
      new tasks.LambdaInvoke(scope, id, {
        lambdaFunction: fns('cases-open-work-item'),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({
          taskToken: sfn.JsonPath.taskToken,
          caseId: path('$.caseId'),
          step,
          role,
          unit,
          escalated,
        }),
        resultPath: '$.decision',
        taskTimeout: sfn.Timeout.duration(Duration.days(limitDays)),
        heartbeatTimeout: sfn.Timeout.duration(Duration.days(stepLimits.heartbeatDays)),
      }).addRetry(retryCallback);

    /** A human step of the department, escalated to its head when it runs out of time. */
    const humanStep = (id: string, step: keyof typeof stepLimits.days, roleAt: string, next: sfn.IChainable) => {
      const first = callback(id, step, path(roleAt), path('$.department'), stepLimits.days[step], false);
      const escalation = callback(
        `${id}Escalated`,
        step,
        'head',
        path('$.department'),
        stepLimits.escalationDays,
        true,
      );
      // Who decided, when, what and why is kept on the case before the workflow acts on it.
      const record = automated(`Record${id}Decision`, 'cases-record-step', {
        decision: sfn.JsonPath.objectAt('$.decision'),
      }).next(next);
      escalation.addCatch(flag, toFailure).next(record);
      first.addCatch(escalation, { errors: ['States.Timeout'], resultPath: '$.failure' }).addCatch(flag, toFailure);
      first.next(record);
      return first;
    };

    const done = new sfn.Succeed(scope, 'Done');

    const complete = automated('Complete', 'cases-complete', {}).next(done);
    const handover = callback('Handover', 'handover', 'clerk', path('$.pickupStreet'), stepLimits.handoverDays, false)
      .addCatch(flag, toFailure)
      .next(complete);
    const deliver = new sfn.Choice(scope, 'PickupAtStation?')
      .when(sfn.Condition.booleanEquals('$.pickupAtStation', true), handover)
      .otherwise(complete);

    const recordOutcome = (id: string, outcome: Record<string, unknown>) =>
      automated(id, 'cases-record-outcome', outcome);

    const recordDecision = recordOutcome('RecordDecision', {
      outcome: path('$.decision.outcome'),
      comment: path('$.decision.comment'),
      decidedBy: path('$.decision.decidedBy'),
    }).next(deliver);
    const recordRefusal = recordOutcome('RecordNotAccepted', {
      outcome: 'not_accepted',
      comment: path('$.decision.comment'),
      decidedBy: path('$.decision.decidedBy'),
    }).next(done);
    const recordWithdrawal = recordOutcome('RecordWithdrawn', {
      outcome: 'withdrawn',
      comment: 'The requested correction did not arrive in time',
      decidedBy: 'system',
    }).next(done);

    const decideOutcome = new sfn.Choice(scope, 'DecideOutcome')
      .when(outcomeIs('approved', 'rejected'), recordDecision)
      .otherwise(new sfn.Fail(scope, 'UnknownDecision', { error: 'UnknownDecision' }));
    const decide = humanStep('Decide', 'decide', '$.decideRole', decideOutcome);

    /** Waits for the citizen's correction, then runs `back` again; withdrawn when it never comes. */
    const correction = (id: string, back: () => sfn.IChainable, reasonAt = '$.decision.comment') =>
      new tasks.LambdaInvoke(scope, id, {
        lambdaFunction: fns('cases-await-correction'),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({
          taskToken: sfn.JsonPath.taskToken,
          caseId: path('$.caseId'),
          step: id,
          reason: path(reasonAt),
        }),
        resultPath: '$.correction',
        taskTimeout: sfn.Timeout.duration(Duration.days(stepLimits.correctionDays)),
      })
        .addRetry(retryCallback)
        .addCatch(recordWithdrawal, { errors: ['States.Timeout'], resultPath: '$.failure' })
        .addCatch(flag, toFailure)
        .next(back());

    const reviewOutcome = new sfn.Choice(scope, 'ReviewOutcome');
    const review = humanStep('Review', 'review', '$.reviewRole', reviewOutcome);
    reviewOutcome
      .when(outcomeIs('approve', 'reject'), decide)
      .when(
        outcomeIs('correct'),
        correction('AwaitReviewCorrection', () => review),
      )
      .otherwise(new sfn.Fail(scope, 'UnknownReviewOutcome', { error: 'UnknownDecision' }));

    const jointReview = jointReviewStates(scope, fns, { flag, decide, correction });
    const afterAcceptance = new sfn.Choice(scope, 'HasReview?')
      .when(
        sfn.Condition.and(sfn.Condition.isPresent('$.jointReview'), sfn.Condition.booleanEquals('$.jointReview', true)),
        jointReview,
      )
      .when(sfn.Condition.booleanEquals('$.hasReview', true), review)
      .otherwise(decide);
    // 退回重审: the head sends the case back to the officer's review with a reason (kept by RecordDecideDecision);
    // an item without a review step comes back to the decision.
    decideOutcome.when(outcomeIs('returned'), afterAcceptance);
    const recordAcceptance = automated('RecordAcceptance', 'cases-record-acceptance', {
      acceptedBy: path('$.decision.decidedBy'),
    }).next(afterAcceptance);

    const acceptOutcome = new sfn.Choice(scope, 'AcceptOutcome');
    const accept = humanStep('Accept', 'accept', '$.acceptRole', acceptOutcome);
    acceptOutcome
      .when(outcomeIs('accept'), recordAcceptance)
      .when(
        outcomeIs('correct'),
        correction('AwaitAcceptCorrection', () => accept),
      )
      .when(outcomeIs('reject'), recordRefusal)
      .otherwise(new sfn.Fail(scope, 'UnknownAcceptOutcome', { error: 'UnknownDecision' }));

    return new sfn.Choice(scope, 'AcceptedAtCounter?')
      .when(sfn.Condition.booleanEquals('$.acceptedAtCounter', true), afterAcceptance)
      .otherwise(accept);
  },
};

interface JointReviewLinks {
  /** Where a failure that retries did not cure goes. */
  readonly flag: sfn.IChainable;
  /** The lead department's decision on the combined opinions. */
  readonly decide: sfn.IChainable;
  readonly correction: (id: string, back: () => sfn.IChainable, reasonAt?: string) => sfn.IChainable;
}

/**
 * 联合审批: every department of the item reviews the same case in parallel (a Map over its branches), each
 * in its own inbox. A branch is a department and, for a relief case (综合救助, relief/), the program it
 * decides on ('' for a joint item, whose departments each give one opinion); a department deciding on two
 * programs has two branches. A department that gives no opinion in time is recorded as such ("no opinion in
 * time") and the lead decides anyway. A correction asked by any department goes to the citizen once (the
 * legal clock stops); after it the departments that asked review again. Then the lead's decide step.
 */
function jointReviewStates(scope: Construct, fns: TaskFunctions, links: JointReviewLinks): sfn.IChainable {
  const opinion = new tasks.LambdaInvoke(scope, 'DepartmentOpinion', {
    lambdaFunction: fns('cases-open-work-item'),
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    payload: sfn.TaskInput.fromObject({
      taskToken: sfn.JsonPath.taskToken,
      caseId: path('$.caseId'),
      step: 'opinion',
      role: 'officer',
      unit: path('$.department'),
      program: path('$.program'),
      escalated: false,
    }),
    resultPath: '$.decision',
    taskTimeout: sfn.Timeout.duration(Duration.days(stepLimits.opinionDays)),
    heartbeatTimeout: sfn.Timeout.duration(Duration.days(stepLimits.heartbeatDays)),
  }).addRetry(retryCallback);
  const noOpinion = new sfn.Pass(scope, 'NoOpinionInTime', {
    parameters: {
      outcome: 'no_opinion',
      comment: '',
      decidedBy: 'system',
      role: 'system',
      step: 'opinion',
      department: path('$.department'),
      program: path('$.program'),
      escalated: false,
    },
    resultPath: '$.decision',
  });
  const recordOpinion = new tasks.LambdaInvoke(scope, 'RecordDepartmentOpinion', {
    lambdaFunction: fns('cases-record-step'),
    payload: sfn.TaskInput.fromObject({ caseId: path('$.caseId'), decision: sfn.JsonPath.objectAt('$.decision') }),
    payloadResponseOnly: true,
    resultPath: sfn.JsonPath.DISCARD,
  }).addRetry(retryAll);
  const given = new sfn.Pass(scope, 'OpinionGiven', {
    parameters: { department: path('$.department'), program: path('$.program'), outcome: path('$.decision.outcome') },
  });
  opinion.addCatch(noOpinion, { errors: ['States.Timeout'], resultPath: '$.failure' });
  opinion.next(recordOpinion);
  noOpinion.next(recordOpinion);
  recordOpinion.next(given);

  const byDepartments = new sfn.Map(scope, 'ReviewByDepartments', {
    itemsPath: '$.reviewBranches',
    itemSelector: {
      caseId: path('$.caseId'),
      department: path('$$.Map.Item.Value.department'),
      program: path('$$.Map.Item.Value.program'),
    },
    resultPath: '$.opinions',
  });
  byDepartments.itemProcessor(opinion);
  byDepartments.addCatch(links.flag, toFailure);

  const weigh = new tasks.LambdaInvoke(scope, 'WeighOpinions', {
    lambdaFunction: fns('cases-weigh-opinions'),
    payload: sfn.TaskInput.fromObject({ caseId: path('$.caseId'), opinions: sfn.JsonPath.listAt('$.opinions') }),
    payloadResponseOnly: true,
    resultPath: '$.joint',
  })
    .addRetry(retryAll)
    .addCatch(links.flag, toFailure);
  const everyDepartment = new sfn.Pass(scope, 'EveryDepartmentReviews', {
    inputPath: '$.jointBranches',
    resultPath: '$.reviewBranches',
  });
  const askingDepartments = new sfn.Pass(scope, 'AskingDepartmentsReviewAgain', {
    inputPath: '$.joint.branches',
    resultPath: '$.reviewBranches',
  });
  everyDepartment.next(byDepartments);
  askingDepartments.next(byDepartments);
  byDepartments.next(weigh);
  weigh.next(
    new sfn.Choice(scope, 'CorrectionAsked?')
      .when(
        sfn.Condition.booleanEquals('$.joint.correction', true),
        links.correction('AwaitJointCorrection', () => askingDepartments, '$.joint.reason'),
      )
      .otherwise(links.decide),
  );
  return everyDepartment;
}
