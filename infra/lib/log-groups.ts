import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { dataRemovalPolicy, type StageSettings } from './settings.js';

/**
 * A stack's log groups, encrypted with one customer-managed key of that stack (CloudWatch Logs may use
 * the key only for log groups of this account and region) and kept for at least a year (MLPS 2.0 §8.1.4
 * asks for six months; issue 3 asks for 365 days).
 */
export class LogGroups extends Construct {
  readonly key: kms.Key;

  constructor(
    scope: Construct,
    id: string,
    private readonly settings: StageSettings,
  ) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new kms.Key(this, 'Key', {
      description: `CloudWatch Logs of ${stack.stackName}`,
      enableKeyRotation: true,
      removalPolicy: dataRemovalPolicy(settings),
    });
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
  }

  /** A new encrypted log group; `name` only where a service needs a fixed name (WAF: `aws-waf-logs-*`). */
  create(scope: Construct, id: string, name?: string): logs.LogGroup {
    return new logs.LogGroup(scope, id, {
      logGroupName: name,
      encryptionKey: this.key,
      retention: this.settings.isProduction ? logs.RetentionDays.TWO_YEARS : logs.RetentionDays.ONE_YEAR,
      removalPolicy: dataRemovalPolicy(this.settings),
    });
  }
}
