import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as pipes from 'aws-cdk-lib/aws-pipes';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { nameOf, type StageSettings } from './settings.js';

export interface AuditTamperAlarmProps {
  readonly settings: StageSettings;
  readonly auditTable: dynamodb.ITable;
  readonly topic: sns.ITopic;
  readonly topicKey: kms.IKey;
}

/** The stream events that must never happen on an append-only table. */
export const tamperEvents = ['MODIFY', 'REMOVE'] as const;

/**
 * Issue 10 §7: IAM cannot forbid a PutItem that overwrites an audit record, so the application writes only
 * with `attribute_not_exists` (functions/src/audit/store.ts) and this rule catches anything else. An
 * EventBridge pipe reads the audit table's stream, keeps only MODIFY and REMOVE events (an overwrite by
 * PutItem is a MODIFY) and publishes each to the alarm topic, naming the record's keys. The local cloud's
 * counterpart is the chain verifier (`npm run audit:verify`), which reports changed and removed records.
 */
export class AuditTamperAlarm extends Construct {
  readonly pipe: pipes.CfnPipe;

  constructor(scope: Construct, id: string, props: AuditTamperAlarmProps) {
    super(scope, id);
    const streamArn = props.auditTable.tableStreamArn;
    if (!streamArn) throw new Error('the audit table needs a stream for the tamper alarm');
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('pipes.amazonaws.com') });
    role.addManagedPolicy(
      new iam.ManagedPolicy(this, 'Policy', {
        statements: [
          new iam.PolicyStatement({
            actions: [
              'dynamodb:DescribeStream',
              'dynamodb:GetRecords',
              'dynamodb:GetShardIterator',
              'dynamodb:ListStreams',
            ],
            resources: [streamArn],
          }),
          new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [props.topic.topicArn] }),
          new iam.PolicyStatement({
            actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
            resources: [props.topicKey.keyArn],
          }),
        ],
      }),
    );
    this.pipe = new pipes.CfnPipe(this, 'Pipe', {
      name: nameOf(props.settings, 'audit-tamper'),
      description: 'Alarm on any MODIFY or REMOVE of an audit record',
      roleArn: role.roleArn,
      source: streamArn,
      sourceParameters: {
        dynamoDbStreamParameters: { startingPosition: 'LATEST', batchSize: 1 },
        filterCriteria: { filters: [{ pattern: JSON.stringify({ eventName: [...tamperEvents] }) }] },
      },
      target: props.topic.topicArn,
      targetParameters: {
        inputTemplate: `{"alarm":"audit record changed or removed","event":"<$.eventName>","pk":"<$.dynamodb.Keys.pk.S>","sk":"<$.dynamodb.Keys.sk.S>","at":"<$.dynamodb.ApproximateCreationDateTime>"}`,
      },
    });
  }
}
