import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { allTables } from '../../functions/src/deployment.js';
import type { ApiStack } from './api-stack.js';
import type { AuthStack } from './auth-stack.js';
import { businessMetricsWidgets } from './business-metrics-widgets.js';
import type { DataStack } from './data-stack.js';
import type { PortalApi } from './portal-api.js';
import { AuditTamperAlarm } from './audit-tamper-alarm.js';
import type { WorkflowsStack } from './workflows-stack.js';
import { dataRemovalPolicy, nameOf, type StageSettings } from './settings.js';

export interface OperationsStackProps extends StackProps {
  readonly settings: StageSettings;
  /** The audit table, whose stream the tamper alarm watches. */
  readonly data: DataStack;
  readonly api: ApiStack;
  /** The user pools, whose sign-in metrics the dashboard shows. */
  readonly auth: AuthStack;
  readonly httpApis: { readonly citizen: PortalApi; readonly staff: PortalApi };
  readonly workflows: WorkflowsStack;
}

const period = Duration.minutes(5);

/** One dashboard and the alarms an operator acts on, all sent to one encrypted SNS topic. */
export class OperationsStack extends Stack {
  readonly alarmTopic: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);
    const { settings, api, workflows } = props;

    const topicKey = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Alarm notifications',
      enableKeyRotation: true,
      removalPolicy: dataRemovalPolicy(settings),
    });
    // CloudWatch alarms publish to an encrypted topic only if they may use its key.
    topicKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      topicName: nameOf(settings, 'alarms'),
      masterKey: topicKey,
      enforceSSL: true,
    });
    const notify = new actions.SnsAction(this.alarmTopic);
    new AuditTamperAlarm(this, 'AuditTamperAlarm', {
      settings,
      auditTable: props.data.tables.audit,
      topic: this.alarmTopic,
      topicKey,
    });
    const alarm = (id: string, metric: cloudwatch.IMetric, threshold: number, description: string) => {
      const created = new cloudwatch.Alarm(this, id, {
        alarmName: nameOf(settings, id.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()),
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };

    const apiWidgets: cloudwatch.IWidget[] = [];
    for (const [audience, portalApi] of [
      ['Citizen', props.httpApis.citizen],
      ['Staff', props.httpApis.staff],
    ] as const) {
      const errors = portalApi.api.metricServerError({ period, statistic: 'Sum' });
      const latency = portalApi.api.metricLatency({ period, statistic: 'p99' });
      alarm(`${audience}Api5xx`, errors, 5, `${audience} HTTP API answered 5xx at least 5 times in 5 minutes`);
      alarm(`${audience}ApiLatencyP99`, latency, 3000, `${audience} HTTP API p99 latency at or above 3 s`);
      apiWidgets.push(
        new cloudwatch.GraphWidget({ title: `${audience} API 5xx`, left: [errors], width: 12 }),
        new cloudwatch.GraphWidget({ title: `${audience} API latency p99 (ms)`, left: [latency], width: 12 }),
      );
    }

    const functions = [...Object.values(api.functions), ...Object.values(workflows.taskFunctions)].map(
      (f) => f.function,
    );
    const lambdaErrors = functions.map((fn) => fn.metricErrors({ period, statistic: 'Sum' }));
    const lambdaThrottles = functions.map((fn) => fn.metricThrottles({ period, statistic: 'Sum' }));
    functions.forEach((fn, i) => {
      const name = fn.node.scope?.node.id ?? `Function${i}`;
      alarm(`${name}Errors`, lambdaErrors[i] as cloudwatch.IMetric, 1, `Errors in ${name}`);
      alarm(`${name}Throttles`, lambdaThrottles[i] as cloudwatch.IMetric, 1, `Throttled invocations of ${name}`);
    });

    const machineWidgets: cloudwatch.IWidget[] = [];
    for (const [id, machine] of Object.entries(workflows.stateMachines)) {
      const failed = machine.metricFailed({ period, statistic: 'Sum' });
      const timedOut = machine.metricTimedOut({ period, statistic: 'Sum' });
      const key = id.replace(/(^|-)(\w)/g, (_m, _s, c: string) => c.toUpperCase());
      alarm(`${key}ExecutionsFailed`, failed, 1, `Failed executions of ${id}`);
      alarm(`${key}ExecutionsTimedOut`, timedOut, 1, `Timed-out executions of ${id}`);
      machineWidgets.push(
        new cloudwatch.GraphWidget({ title: `${id} failed / timed out`, left: [failed, timedOut], width: 12 }),
      );
    }

    const tableWidgets: cloudwatch.IWidget[] = [];
    for (const table of allTables) {
      const tableName = nameOf(settings, table.id);
      const throttles = new cloudwatch.MathExpression({
        expression: 'reads + writes',
        label: `${table.id} throttle events`,
        period,
        usingMetrics: {
          reads: new cloudwatch.Metric({
            namespace: 'AWS/DynamoDB',
            metricName: 'ReadThrottleEvents',
            dimensionsMap: { TableName: tableName },
            statistic: 'Sum',
            period,
          }),
          writes: new cloudwatch.Metric({
            namespace: 'AWS/DynamoDB',
            metricName: 'WriteThrottleEvents',
            dimensionsMap: { TableName: tableName },
            statistic: 'Sum',
            period,
          }),
        },
      });
      const key = table.id[0]?.toUpperCase() + table.id.slice(1);
      alarm(`${key}TableThrottles`, throttles, 1, `Throttled requests on table ${tableName}`);
      tableWidgets.push(
        new cloudwatch.GraphWidget({ title: `${table.id} table throttles`, left: [throttles], width: 8 }),
      );
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: nameOf(settings, 'operations'),
      widgets: [
        apiWidgets,
        [
          new cloudwatch.GraphWidget({ title: 'Lambda errors', left: lambdaErrors, width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Lambda throttles', left: lambdaThrottles, width: 12 }),
        ],
        machineWidgets,
        tableWidgets,
        businessMetricsWidgets({ citizens: props.auth.citizens, staff: props.auth.staff }),
      ],
    });
  }
}
