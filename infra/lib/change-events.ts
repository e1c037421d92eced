import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  changeEventBusName,
  deadLetterKeeperAccess,
  deadLetterKeeperName,
  webhookForwarderAccess,
  webhookForwarderName,
} from '../../functions/src/deployment.js';
import { applicationEnvironment, grantApplicationAccess, subscriptionRulesArn } from './access-grants.js';
import { AppFunction } from './app-function.js';
import type { DataStack } from './data-stack.js';
import type { LogGroups } from './log-groups.js';
import { acknowledgeAwsSolutions } from './nag-acknowledgements.js';
import { nameOf, type StageSettings } from './settings.js';

export interface ChangeEventsProps {
  readonly settings: StageSettings;
  readonly data: DataStack;
  readonly projectRoot: string;
  readonly logGroups: LogGroups;
}

/**
 * Data sharing change events (issue 15, item 5; functions/src/data-sharing/events): the one EventBridge bus the
 * registries publish on, and the webhook forwarder every subscription's rule targets. The rules themselves are not
 * here: the data sharing function creates one per subscription when a consumer subscribes and deletes it when the
 * subscription ends (eventbridge.ts explains why a forwarder Lambda rather than API destinations).
 *
 * At least once: EventBridge retries invoking the forwarder (the rule target's retry policy); the forwarder retries
 * the consumer with backoff and fails when it stays down; Lambda retries that asynchronous invocation twice, then
 * hands it to the dead-letter keeper (its on-failure destination), which keeps the event and counts it on the
 * subscription as the local bus does (functions/src/data-sharing/events/dead-letters.ts), so the subscriptions page
 * and supervision show it on both clouds. What the keeper cannot keep goes to the dead-letter queue for an operator
 * to redrive. Consumers de-duplicate by the event id.
 */
export class ChangeEvents extends Construct {
  readonly bus: events.EventBus;
  readonly forwarder: AppFunction;
  readonly deadLetterKeeper: AppFunction;
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: ChangeEventsProps) {
    super(scope, id);
    const { settings, data, projectRoot, logGroups } = props;
    this.bus = new events.EventBus(this, 'Bus', {
      eventBusName: nameOf(settings, changeEventBusName),
      description: 'Data sharing change events: one rule per subscription, created at run time',
    });
    this.forwarder = new AppFunction(this, 'Forwarder', {
      functionName: nameOf(settings, webhookForwarderName),
      description: 'Signs and posts data sharing change events to the subscribed webhooks',
      entry: `${projectRoot}/functions/src/data-sharing/events/forwarder.ts`,
      handler: 'handler',
      projectRoot,
      environment: applicationEnvironment(this, settings, data, webhookForwarderAccess),
      logGroups,
      settings,
      // Four attempts with 2, 4 and 8 s between them, each at most 10 s.
      timeout: Duration.seconds(60),
    });
    grantApplicationAccess(this.forwarder.policy, settings, data, webhookForwarderAccess);
    this.forwarder.function.addPermission('InvokedBySubscriptionRules', {
      principal: new iam.ServicePrincipal('events.amazonaws.com'),
      sourceArn: subscriptionRulesArn(this, settings),
    });

    this.deadLetterKeeper = new AppFunction(this, 'DeadLetterKeeper', {
      functionName: nameOf(settings, deadLetterKeeperName),
      description: 'Keeps and counts on its subscription each change event the webhook forwarder gave up',
      entry: `${projectRoot}/functions/src/data-sharing/events/dead-letters.ts`,
      handler: 'handler',
      projectRoot,
      environment: applicationEnvironment(this, settings, data, deadLetterKeeperAccess),
      logGroups,
      settings,
      timeout: Duration.seconds(30),
    });
    grantApplicationAccess(this.deadLetterKeeper.policy, settings, data, deadLetterKeeperAccess);

    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      queueName: nameOf(settings, 'change-events-dead-letters'),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeAwsSolutions(
      this.deadLetters,
      'SQS3',
      'This queue is itself the dead-letter queue of the change event deliveries the keeper could not keep.',
    );
    // The roles take no inline policy (app-function.ts): the destinations' grants go into their managed policies.
    this.forwarder.policy.addStatements(
      new iam.PolicyStatement({
        sid: 'DeadLetterKeeper',
        actions: ['lambda:InvokeFunction'],
        resources: [this.deadLetterKeeper.function.functionArn],
      }),
    );
    this.deadLetterKeeper.policy.addStatements(
      new iam.PolicyStatement({
        sid: 'DeadLetters',
        actions: ['sqs:SendMessage'],
        resources: [this.deadLetters.queueArn],
      }),
    );
    new lambda.CfnEventInvokeConfig(this, 'AsyncRetries', {
      functionName: this.forwarder.function.functionName,
      qualifier: '$LATEST',
      maximumRetryAttempts: 2,
      maximumEventAgeInSeconds: 6 * 3600,
      destinationConfig: { onFailure: { destination: this.deadLetterKeeper.function.functionArn } },
    });
    new lambda.CfnEventInvokeConfig(this, 'KeeperRetries', {
      functionName: this.deadLetterKeeper.function.functionName,
      qualifier: '$LATEST',
      maximumRetryAttempts: 2,
      maximumEventAgeInSeconds: 6 * 3600,
      destinationConfig: { onFailure: { destination: this.deadLetters.queueArn } },
    });
  }
}
