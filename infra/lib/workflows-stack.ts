import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import {
  archiveSweepAccess,
  archiveSweepIntervalMinutes,
  sweepIntervalMinutes,
  deadlineSweepAccess,
  workflowTasks,
  type WorkflowTaskId,
} from '../../functions/src/deployment.js';
import { workflows } from '../../workflows/index.js';
import { AppFunction } from './app-function.js';
import { ChangeEvents } from './change-events.js';
import { applicationEnvironment, grantApplicationAccess } from './access-grants.js';
import type { DataStack } from './data-stack.js';
import { LogGroups } from './log-groups.js';
import { acknowledgeAwsSolutions } from './nag-acknowledgements.js';
import { nameOf, type StageSettings } from './settings.js';

export interface WorkflowsStackProps extends StackProps {
  readonly settings: StageSettings;
  readonly data: DataStack;
  readonly projectRoot: string;
}

function pascal(id: string): string {
  return id.replace(/(^|[-_.])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());
}

/**
 * One Lambda per workflow task and one Standard state machine per workflow definition. Function names
 * are explicit (`yuexiu-<stage>-task-<id>`): the local engine maps `Fn::GetAtt <fn>.Arn` back to a task by them.
 */
export class WorkflowsStack extends Stack {
  readonly taskFunctions: Record<string, AppFunction>;
  readonly stateMachines: Record<string, sfn.StateMachine>;

  constructor(scope: Construct, id: string, props: WorkflowsStackProps) {
    super(scope, id, props);
    const { settings, data, projectRoot } = props;
    const logGroups = new LogGroups(this, 'LogGroups', settings);
    this.taskFunctions = {};
    for (const task of workflowTasks) {
      const fn = new AppFunction(this, `Task${pascal(task.id)}`, {
        functionName: nameOf(settings, `task-${task.id}`),
        description: `Workflow task ${task.id}`,
        entry: `${projectRoot}/functions/src/${task.module}.ts`,
        handler: task.export,
        projectRoot,
        environment: applicationEnvironment(this, settings, data, task.access),
        logGroups,
        settings,
        timeout: Duration.seconds(60),
        // The outcome task draws the result notice (办理结果通知书).
        withCjkFont: task.id === 'cases-record-outcome',
      });
      grantApplicationAccess(fn.policy, settings, data, task.access);
      this.taskFunctions[task.id] = fn;
    }

    // The deadline sweep (电子监察): warnings, escalations and heartbeats of open work items.
    const sweep = new AppFunction(this, 'DeadlineSweep', {
      functionName: nameOf(settings, 'deadline-sweep'),
      description: 'Raises deadline warnings and heartbeats open work items',
      entry: `${projectRoot}/functions/src/cases/sweep.ts`,
      handler: 'handler',
      projectRoot,
      environment: applicationEnvironment(this, settings, data, deadlineSweepAccess),
      logGroups,
      settings,
      timeout: Duration.minutes(5),
    });
    grantApplicationAccess(sweep.policy, settings, data, deadlineSweepAccess);
    new events.Rule(this, 'DeadlineSweepSchedule', {
      description: 'Runs the deadline sweep',
      schedule: events.Schedule.rate(Duration.minutes(sweepIntervalMinutes)),
      targets: [new targets.LambdaFunction(sweep.function, { retryAttempts: 2 })],
    });
    // The archive sweep (归档补录): signed documents whose package was not written at signing, archived later.
    const archiveSweep = new AppFunction(this, 'ArchiveSweep', {
      functionName: nameOf(settings, 'archive-sweep'),
      description: 'Archives signed official documents not archived at signing',
      entry: `${projectRoot}/functions/src/official-documents/archive-sweep.ts`,
      handler: 'handler',
      projectRoot,
      environment: applicationEnvironment(this, settings, data, archiveSweepAccess),
      logGroups,
      settings,
      timeout: Duration.minutes(5),
      // It draws the signed PDF (GB/T 9704 layout) when none was drawn at signing.
      withCjkFont: true,
    });
    grantApplicationAccess(archiveSweep.policy, settings, data, archiveSweepAccess);
    new events.Rule(this, 'ArchiveSweepSchedule', {
      description: 'Runs the archive sweep',
      schedule: events.Schedule.rate(Duration.minutes(archiveSweepIntervalMinutes)),
      targets: [new targets.LambdaFunction(archiveSweep.function, { retryAttempts: 2 })],
    });
    // Data sharing change events: the bus and the webhook forwarder its subscriptions' rules target.
    new ChangeEvents(this, 'ChangeEvents', { settings, data, projectRoot, logGroups });
    const taskFunction = (taskId: WorkflowTaskId): lambda.IFunction => {
      const fn = this.taskFunctions[taskId];
      if (!fn) throw new Error(`Workflow task "${taskId}" is not in functions/src/workflow-tasks.ts`);
      return fn.function;
    };

    this.stateMachines = {};
    for (const wf of workflows) {
      const name = nameOf(settings, wf.id);
      const logGroup = logGroups.create(this, `${pascal(wf.id)}Logs`);
      const role = new iam.Role(this, `${pascal(wf.id)}Role`, {
        assumedBy: new iam.ServicePrincipal('states.amazonaws.com'),
        description: `Execution role of ${name}`,
      });
      const policy = new iam.ManagedPolicy(this, `${pascal(wf.id)}Policy`, {
        statements: [
          new iam.PolicyStatement({
            sid: 'InvokeOwnTasks',
            actions: ['lambda:InvokeFunction'],
            resources: wf.tasks.map((t) => taskFunction(t).functionArn),
          }),
          new iam.PolicyStatement({
            sid: 'VendedLogDelivery',
            actions: [
              'logs:CreateLogDelivery',
              'logs:GetLogDelivery',
              'logs:UpdateLogDelivery',
              'logs:DeleteLogDelivery',
              'logs:ListLogDeliveries',
              'logs:PutResourcePolicy',
              'logs:DescribeResourcePolicies',
              'logs:DescribeLogGroups',
            ],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'XRayTraces',
            actions: [
              'xray:PutTraceSegments',
              'xray:PutTelemetryRecords',
              'xray:GetSamplingRules',
              'xray:GetSamplingTargets',
            ],
            resources: ['*'],
          }),
        ],
      });
      role.addManagedPolicy(policy);
      acknowledgeAwsSolutions(
        policy,
        'IAM5[Resource::*]',
        "CloudWatch Logs vended log delivery (logs:*LogDelivery, PutResourcePolicy, DescribeLogGroups) and X-Ray trace/sampling actions support no resource-level permissions (Step Functions logging and tracing documentation); task invocation is limited to this workflow's own functions.",
      );

      const definitionScope = new Construct(this, pascal(wf.id));
      const machine = new sfn.StateMachine(this, `${pascal(wf.id)}StateMachine`, {
        stateMachineName: name,
        stateMachineType: sfn.StateMachineType.STANDARD,
        comment: wf.description,
        definitionBody: sfn.DefinitionBody.fromChainable(wf.define(definitionScope, taskFunction)),
        // Read-only role: the state machine cannot add inline policies; its permissions are `policy`.
        role: role.withoutPolicyUpdates(),
        // Execution data stays out of the logs: decisions may carry comments about people.
        logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
        tracingEnabled: true,
      });
      machine.node.addDependency(policy);
      this.stateMachines[wf.id] = machine;
    }
  }
}
