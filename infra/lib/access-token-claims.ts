import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { nodeRuntime } from './app-function.js';
import type { LogGroups } from './log-groups.js';
import { acknowledgeAwsSolutions, acknowledgeServerlessBaseline } from './nag-acknowledgements.js';
import type { StageSettings } from './settings.js';

/**
 * Cognito pre-token-generation (V2) trigger: copies the scope attributes (custom:department,
 * custom:street, custom:uscc) into the *access* token, which is the token API Gateway's JWT authorizer
 * validates; Cognito otherwise puts custom attributes only in ID tokens. Pure claim mapping, no I/O,
 * so it lives here as infrastructure rather than as an application handler.
 */
const source = `
const copied = ['custom:department', 'custom:street', 'custom:uscc'];
exports.handler = async (event) => {
  const attributes = event.request.userAttributes || {};
  const claimsToAddOrOverride = {};
  for (const name of copied) if (attributes[name]) claimsToAddOrOverride[name] = attributes[name];
  event.response = { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride } } };
  return event;
};
`;

export interface AccessTokenClaimsProps {
  readonly functionName: string;
  readonly logGroups: LogGroups;
  readonly settings: StageSettings;
}

export class AccessTokenClaims extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: AccessTokenClaimsProps) {
    super(scope, id);
    const logGroup = props.logGroups.create(this, 'Logs');
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const policy = new iam.ManagedPolicy(this, 'Policy', {
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn],
        }),
        new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
      ],
    });
    role.addManagedPolicy(policy);
    acknowledgeAwsSolutions(
      policy,
      'IAM5[Resource::*]',
      'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions; they are the only statement on Resource "*".',
    );
    this.function = new lambda.Function(this, 'Function', {
      functionName: props.functionName,
      description: 'Cognito pre-token-generation: scope attributes into access tokens',
      runtime: nodeRuntime,
      architecture: lambda.Architecture.ARM_64,
      // Lambda stores inline code as index.js (CommonJS), hence `exports.handler`.
      code: lambda.Code.fromInline(source),
      handler: 'index.handler',
      timeout: Duration.seconds(5),
      memorySize: 256,
      role: role.withoutPolicyUpdates(),
      logGroup,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: props.settings.reservedConcurrency,
    });
    acknowledgeServerlessBaseline(this.function, props.settings);
  }
}
