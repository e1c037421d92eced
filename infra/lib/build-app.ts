import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type Environment } from 'aws-cdk-lib';
import { ApiStack } from './api-stack.js';
import { AuthStack } from './auth-stack.js';
import { DataStack } from './data-stack.js';
import { HttpApiStack } from './http-api-stack.js';
import { addComplianceChecks } from './nag.js';
import { OperationsStack } from './operations-stack.js';
import { nameOf, type StageSettings } from './settings.js';
import { WafStack } from './waf-stack.js';
import { WebStack } from './web-stack.js';
import { WorkflowsStack } from './workflows-stack.js';

/** The repository root (functions/, web/, package-lock.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BuildAppOptions {
  readonly stage: string;
  /** Portal origin; default `https://yuexiu.example.gov.cn`. */
  readonly publicOrigin?: string;
  /** Region of every stack except the WAF stack (us-east-1); default ap-east-1. */
  readonly region?: string;
  /** Default true. False skips esbuild and asset bundling (context `aws:cdk:bundling-stacks: []`). */
  readonly bundling?: boolean;
  /** Next.js standalone output; default `web/.next/standalone`. */
  readonly webAssetPath?: string;
  /** ACM certificate in us-east-1 for the host of publicOrigin. */
  readonly certificateArn?: string;
  /** Reserved concurrency for every function (unset: shared account pool). */
  readonly reservedConcurrency?: number;
  /** API functions reserve their route group's concurrency (default: in prod only). */
  readonly reserveApiConcurrency?: boolean;
  /** Default true: run the cdk-nag AwsSolutions and NIST 800-53 R5 packs at synth. */
  readonly complianceChecks?: boolean;
  /** Cloud assembly directory (default: the CDK default, or a temp dir for in-process synth). */
  readonly outdir?: string;
  /** Extra context (the CLI's `-c` values when called from infra/app.ts). */
  readonly context?: Record<string, unknown>;
}

export interface YuexiuStacks {
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly workflows: WorkflowsStack;
  readonly api: ApiStack;
  readonly citizenApi: HttpApiStack;
  readonly staffApi: HttpApiStack;
  readonly waf: WafStack;
  readonly web: WebStack;
  readonly operations: OperationsStack;
}

/** Builds the whole CDK app for one stage. Stack names are `yuexiu-<stage>-<name>`. */
export function buildApp(options: BuildAppOptions): { app: App; stacks: YuexiuStacks } {
  const settings: StageSettings = {
    stage: options.stage,
    publicOrigin: (options.publicOrigin ?? 'https://yuexiu.example.gov.cn').replace(/\/+$/, ''),
    isProduction: options.stage === 'prod',
    reservedConcurrency: options.reservedConcurrency,
    reserveApiConcurrency: options.reserveApiConcurrency ?? options.stage === 'prod',
  };
  const webAssetPath = path.resolve(projectRoot, options.webAssetPath ?? 'web/.next/standalone');
  if (!existsSync(webAssetPath)) {
    throw new Error(
      `The web portal build is missing: ${webAssetPath} does not exist. Run \`npm run build\` first (Next.js output: 'standalone'), then synthesize again.`,
    );
  }

  const context: Record<string, unknown> = {
    // Server access logs are granted by bucket policy, so log buckets can keep ACLs disabled.
    '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
    // Exports between stacks protect their producers (CloudFormation refuses to delete a used export).
    '@aws-cdk/core:defaultCrossStackReferences': 'strong',
    ...options.context,
  };
  if (options.bundling === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ outdir: options.outdir, context });
  if (options.complianceChecks !== false) addComplianceChecks(app);

  // Account from the CLI's credentials when there are any; without them the stacks stay account-agnostic.
  // The region is explicit because the WAF stack (us-east-1) hands its WebACL ARN across regions.
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const env: Environment = { account, region: options.region ?? 'ap-east-1' };
  const name = (id: string) => nameOf(settings, id);
  const description = (what: string) => `Yuexiu-hao ${settings.stage}: ${what}`;

  const data = new DataStack(app, name('data'), {
    env,
    settings,
    description: description('tables, buckets, keys, backups'),
  });
  const auth = new AuthStack(app, name('auth'), {
    env,
    settings,
    data,
    projectRoot,
    description: description('Cognito citizen and staff pools, sign-in audit and WAF'),
  });
  const workflows = new WorkflowsStack(app, name('workflows'), {
    env,
    settings,
    data,
    projectRoot,
    description: description('Step Functions workflows and their task functions'),
  });
  const api = new ApiStack(app, name('api'), {
    env,
    settings,
    data,
    projectRoot,
    // The data sharing group registers department systems as app clients of the staff pool (issue 15, item 3).
    machineClients: { pool: auth.staff.pool, tokenUrl: `${auth.staff.domain.baseUrl()}/oauth2/token` },
    staffAppClientIds: [auth.staff.portalClient.userPoolClientId],
    description: description('route functions (one per route group)'),
  });
  api.addStackDependency(workflows, 'functions start the state machines by ARN');
  const [citizenApi, staffApi] = (['citizens', 'staff'] as const).map((audience) => {
    const stackName = name(audience === 'citizens' ? 'api-citizen' : 'api-staff');
    return new HttpApiStack(app, stackName, {
      env,
      settings,
      functions: api.functions,
      apiName: stackName,
      issuer: auth[audience].issuer,
      clientIds: [auth[audience].portalClient.userPoolClientId],
      // Department systems' client-credentials tokens come from the staff pool; the staff API's machine routes
      // admit the clients registered at run time through this authorizer (portal-api.ts).
      ...(audience === 'staff' ? { machineRouteAuthorizer: api.machineRouteAuthorizer } : {}),
      description: description(`HTTP API for ${audience === 'citizens' ? 'citizens' : 'staff'}`),
    });
  }) as [HttpApiStack, HttpApiStack];
  const waf = new WafStack(app, name('waf'), {
    env: { account, region: 'us-east-1' },
    crossRegionReferences: true,
    settings,
    description: description('CloudFront WebACL and Lambda@Edge (us-east-1)'),
  });
  const web = new WebStack(app, name('web'), {
    env,
    crossRegionReferences: true,
    settings,
    api,
    httpApis: { citizen: citizenApi.portalApi, staff: staffApi.portalApi },
    auth,
    data,
    edgeStack: waf,
    webAssetPath,
    webAclArn: waf.webAcl.attrArn,
    certificateArn: options.certificateArn,
    description: description('Next.js portal behind CloudFront'),
  });
  const operations = new OperationsStack(app, name('operations'), {
    env,
    settings,
    data,
    api,
    auth,
    httpApis: { citizen: citizenApi.portalApi, staff: staffApi.portalApi },
    workflows,
    description: description('dashboard and alarms'),
  });
  return { app, stacks: { data, auth, workflows, api, citizenApi, staffApi, waf, web, operations } };
}

/** A CloudFormation template as JSON; its shape is whatever the stack synthesized. */
export type CloudFormationTemplate = Record<string, unknown>;

/**
 * Synthesizes in-process and returns each stack's CloudFormation template by stack name. Used by the
 * local cloud (which creates the same tables, buckets and state machines) and by tests.
 */
export function synthesizeTemplates(options: BuildAppOptions): Record<string, CloudFormationTemplate> {
  const { app } = buildApp(options);
  const assembly = app.synth();
  return Object.fromEntries(
    assembly.stacks.map((stack) => [stack.stackName, stack.template as CloudFormationTemplate]),
  );
}
