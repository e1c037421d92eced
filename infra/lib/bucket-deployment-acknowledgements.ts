import type { Stack } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { acknowledgeAwsSolutions, acknowledgeNist, acknowledgeServerlessBaseline } from './nag-acknowledgements.js';

/**
 * The BucketDeployment custom resource is CDK's own deployment-time code (it copies the build's hashed
 * assets into the static bucket during `cdk deploy`); it never runs on a user request and touches only
 * the CDK asset bucket and the static-assets bucket. Its findings are acknowledged on that handler alone.
 */
export function acknowledgeBucketDeployment(stack: Stack, bucket: s3.Bucket): void {
  const reason = (what: string) =>
    `CDK-managed BucketDeployment handler (deployment time only, copies public build assets from the CDK asset bucket to the static-assets bucket): ${what}`;
  const handlers = stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  for (const handler of handlers) {
    acknowledgeAwsSolutions(
      handler,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason('CDK attaches the AWS basic execution policy for its logs.'),
    );
    for (const action of ['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*']) {
      acknowledgeAwsSolutions(
        handler,
        `IAM5[Action::${action}]`,
        reason('the action groups come from CDK grantRead/grantReadWrite on the two buckets only.'),
      );
    }
    acknowledgeAwsSolutions(
      handler,
      `IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`,
      reason('reads the uploaded asset zip from the bootstrap asset bucket.'),
    );
    acknowledgeAwsSolutions(
      handler,
      `IAM5[Resource::<${stack.getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
      reason('writes build assets anywhere under the static-assets bucket.'),
    );
    acknowledgeAwsSolutions(handler, 'L1', reason('its Python runtime is pinned by aws-cdk-lib and upgraded with it.'));
    acknowledgeNist(
      handler,
      'IAMNoInlinePolicy',
      reason('CDK generates its role policy; it cannot be replaced by a managed policy.'),
    );
    acknowledgeServerlessBaseline(handler, { stage: '', publicOrigin: '', isProduction: false });
  }
}
