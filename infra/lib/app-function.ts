import path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { bundledFontFile, fontPackageFile } from '../../functions/src/deployment.js';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { lambdaBundling } from './bundling.js';
import { acknowledgeServerlessBaseline } from './nag-acknowledgements.js';
import type { LogGroups } from './log-groups.js';
import type { StageSettings } from './settings.js';

/** Puts the PDF font beside the bundled handler, where functions/src/pdf/font.ts looks for it. */
const copyCjkFont = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir: string, outputDir: string) => [
    `mkdir -p "${outputDir}/${path.posix.dirname(bundledFontFile)}"`,
    `cp "${inputDir}/node_modules/${fontPackageFile}" "${outputDir}/${bundledFontFile}"`,
  ],
};

/** Node.js runtime of every function (cdk-nag L1 asks for the newest Node.js runtime CDK knows). */
export const nodeRuntime = lambda.Runtime.NODEJS_24_X;

export interface AppFunctionProps {
  readonly functionName: string;
  /** Reserved concurrency of this function (default: the stage's `reservedConcurrency`, if any). */
  readonly reservedConcurrency?: number;
  readonly description: string;
  /** Absolute path of the TypeScript module. */
  readonly entry: string;
  readonly handler: string;
  readonly projectRoot: string;
  readonly environment: Record<string, string>;
  readonly logGroups: LogGroups;
  readonly settings: StageSettings;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  /** The AWS Parameters and Secrets extension (functions that read secrets: platform/edge-trust.ts). */
  readonly paramsAndSecrets?: lambda.ParamsAndSecretsLayerVersion;
  /** Copy the CJK font into the bundle (functions that draw PDFs: functions/src/pdf/font.ts). */
  readonly withCjkFont?: boolean;
}

/**
 * One application Lambda: ESM bundle by the local esbuild (never Docker), arm64, X-Ray, its own
 * encrypted log group, and a role whose only permissions live in one customer-managed policy
 * (`policy`), so that every grant is visible in one place and no inline policy is created.
 */
export class AppFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly policy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const logGroup = props.logGroups.create(this, 'Logs');
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.functionName}`,
    });
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: `Permissions of ${props.functionName}`,
      statements: [
        new iam.PolicyStatement({
          sid: 'WriteOwnLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn],
        }),
        new iam.PolicyStatement({
          sid: 'XRayTraces',
          actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
          resources: ['*'],
        }),
      ],
    });
    this.role.addManagedPolicy(this.policy);
    Validations.of(this.policy).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason:
        'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions; they are the only statement on Resource "*".',
    });

    this.function = new NodejsFunction(this, 'Function', {
      functionName: props.functionName,
      description: props.description,
      entry: props.entry,
      handler: props.handler,
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: nodeRuntime,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(29),
      // The role is handed over read-only: nothing (tracing, integrations) may add an inline policy.
      role: this.role.withoutPolicyUpdates(),
      logGroup,
      tracing: lambda.Tracing.ACTIVE,
      environment: props.environment,
      paramsAndSecrets: props.paramsAndSecrets,
      reservedConcurrentExecutions: props.reservedConcurrency ?? props.settings.reservedConcurrency,
      bundling: {
        ...lambdaBundling,
        mainFields: [...lambdaBundling.mainFields],
        externalModules: [...lambdaBundling.externalModules],
        format: OutputFormat.ESM,
        forceDockerBundling: false,
        ...(props.withCjkFont ? { commandHooks: copyCjkFont } : {}),
      },
    });
    acknowledgeServerlessBaseline(this.function, props.settings, props.reservedConcurrency);
  }
}
