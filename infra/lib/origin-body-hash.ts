import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { acknowledgeAwsSolutions, acknowledgeNist } from './nag-acknowledgements.js';

/**
 * Lambda@Edge origin-request handler of the portal behaviour. CloudFront's Origin Access Control signs
 * each request to the portal's function URL (auth AWS_IAM) with SigV4, and Lambda refuses a POST or PUT
 * whose signature does not cover its body: the signed `x-amz-content-sha256` header must hold the body's
 * SHA-256 (Lambda accepts no UNSIGNED-PAYLOAD). Browsers send no such header, and Next.js server actions
 * and the sign-out form POST, so this function sets it from the body CloudFront hands over
 * (`includeBody`) before OAC signs. Any value the viewer sent is overwritten.
 *
 * CloudFront passes origin-request functions at most 1 MB of body; a longer body arrives truncated and
 * its hash would be wrong, so it is answered 413 here (Next.js limits server-action bodies to 1 MB by
 * default; uploads go to S3 by presigned URL, never through the portal).
 *
 * Plain CommonJS (Lambda stores inline code as index.js); no dependencies, no environment variables
 * (Lambda@Edge has none).
 */
export const originBodyHashSource = `'use strict';
const { createHash } = require('crypto');
const header = 'x-amz-content-sha256';
exports.handler = async (event) => {
  const request = event.Records[0].cf.request;
  const body = request.body;
  if (body && body.inputTruncated) {
    return {
      status: '413',
      statusDescription: 'Payload Too Large',
      headers: { 'content-type': [{ key: 'Content-Type', value: 'application/json' }] },
      body: JSON.stringify({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 1 MB' } }),
    };
  }
  const data = body && body.data ? Buffer.from(body.data, body.encoding === 'text' ? 'utf8' : 'base64') : Buffer.alloc(0);
  request.headers[header] = [{ key: header, value: createHash('sha256').update(data).digest('hex') }];
  return request;
};
`;

export interface OriginBodyHashProps {
  readonly functionName: string;
  /** A stack in us-east-1 (Lambda@Edge functions must live there): the WAF stack. */
  readonly edgeStack: Stack;
}

/**
 * The function as `cloudfront.experimental.EdgeFunction`: created in `edgeStack` (us-east-1), its version
 * ARN read back into the consuming stack through an SSM parameter on every deployment, so a new version
 * never trips over a cross-region export that is in use.
 */
export class OriginBodyHash extends Construct {
  readonly edgeFunction: cloudfront.experimental.EdgeFunction;

  constructor(scope: Construct, id: string, props: OriginBodyHashProps) {
    super(scope, id);
    const { edgeStack, functionName } = props;
    if (edgeStack.region !== 'us-east-1') throw new Error('Lambda@Edge functions must be created in us-east-1');

    // Role and policy in the edge stack, beside the function. Lambda@Edge writes its logs in the region
    // of each edge location to /aws/lambda/us-east-1.<name> (and to /aws/lambda/<name> in us-east-1).
    const role = new iam.Role(edgeStack, `${id}Role`, {
      assumedBy: new iam.CompositePrincipal(
        new iam.ServicePrincipal('lambda.amazonaws.com'),
        new iam.ServicePrincipal('edgelambda.amazonaws.com'),
      ),
      description: `Execution role of the Lambda@Edge function ${functionName}`,
    });
    const logGroupArn = (name: string) =>
      `arn:${edgeStack.partition}:logs:*:${edgeStack.account}:log-group:/aws/lambda/${name}:*`;
    const policy = new iam.ManagedPolicy(edgeStack, `${id}Policy`, {
      description: `Permissions of ${functionName}`,
      statements: [
        new iam.PolicyStatement({
          sid: 'WriteOwnLogsInEveryEdgeRegion',
          actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroupArn(`us-east-1.${functionName}`), logGroupArn(functionName)],
        }),
      ],
    });
    role.addManagedPolicy(policy);
    for (const name of [`us-east-1.${functionName}`, functionName]) {
      acknowledgeAwsSolutions(
        policy,
        `IAM5[Resource::arn:<AWS::Partition>:logs:*:<AWS::AccountId>:log-group:/aws/lambda/${name}:*]`,
        'Lambda@Edge replicas run in every region with an edge location and write to a log group of this one function in whichever region served the request, so the region is a wildcard; the log group name is fixed.',
      );
    }

    this.edgeFunction = new cloudfront.experimental.EdgeFunction(this, 'Function', {
      // The edge stack is reused (not a generated edge-lambda-stack-*), so the role above is its own.
      stackId: edgeStack.node.id,
      functionName,
      description: 'Portal origin request: x-amz-content-sha256 of the body for OAC-signed POSTs',
      // Lambda@Edge supports Node.js up to 22 and x86_64 only.
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.X86_64,
      code: lambda.Code.fromInline(originBodyHashSource),
      handler: 'index.handler',
      memorySize: 128,
      timeout: Duration.seconds(5),
      role: role.withoutPolicyUpdates(),
    });
    const edgeReason = (what: string) => `Lambda@Edge function (CloudFront replicates it to edge locations): ${what}`;
    const inEdgeStack = this.edgeFunction.lambda;
    acknowledgeAwsSolutions(
      inEdgeStack,
      'L1',
      edgeReason(
        'Lambda@Edge supports Node.js runtimes up to nodejs22.x; the newest Lambda runtime (nodejs24.x) cannot be associated with CloudFront.',
      ),
    );
    acknowledgeNist(
      inEdgeStack,
      'LambdaConcurrency',
      edgeReason(
        'reserved and provisioned concurrency do not apply to edge replicas; CloudFront invokes it once per portal request that passed the WAF.',
      ),
    );
    acknowledgeNist(
      inEdgeStack,
      'LambdaDLQ',
      edgeReason(
        'CloudFront invokes it synchronously in the request path; dead-letter queues are not supported by Lambda@Edge.',
      ),
    );
    acknowledgeNist(
      inEdgeStack,
      'LambdaInsideVPC',
      edgeReason(
        'Lambda@Edge does not support VPC configuration; the function only hashes the request body and calls nothing.',
      ),
    );
  }
}
