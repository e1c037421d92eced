import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import {
  machineRouteAuthorizerAccess,
  machineRouteAuthorizerName,
  type ResourceAccess,
  routeGroupAccess,
  type RouteGroup,
  routeGroupConcurrency,
  routeGroups,
} from '../../functions/src/deployment.js';
import { AppFunction } from './app-function.js';
import { applicationEnvironment, grantApplicationAccess } from './access-grants.js';
import { EdgeTrustSecrets } from './edge-trust.js';
import type { DataStack } from './data-stack.js';
import { LogGroups } from './log-groups.js';
import { grantMachineClients, machineClientEnvironment, type MachineClientPool } from './machine-client-grants.js';
import { nameOf, type StageSettings } from './settings.js';

export interface ApiStackProps extends StackProps {
  readonly settings: StageSettings;
  readonly data: DataStack;
  readonly projectRoot: string;
  /** The staff pool, where route groups declaring `machineClients` register department systems' app clients. */
  readonly machineClients: MachineClientPool;
  /** The staff pool's app clients for people (the portal), whose tokens the machine routes' authorizer admits. */
  readonly staffAppClientIds: readonly string[];
}

function pascal(id: string): string {
  return id.replace(/(^|[-_.])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());
}

/**
 * One Lambda per route group. Two HTTP APIs, each in a stack of its own (http-api-stack.ts), serve the same
 * route table with these functions: `citizen` (JWT authorizer on the citizen pool) and `staff` (JWT authorizer
 * on the staff pool).
 *
 * Why two APIs: an HTTP API JWT authorizer trusts exactly one issuer, a route has exactly one authorizer,
 * and many routes admit both citizens and staff (`/api/me`, `/api/cases/{id}`, documents). Choosing the
 * authorizer per route would lock one audience out of every mixed route; a Lambda authorizer would add
 * latency, cost and our own token-verification code. Instead CloudFront (web-stack.ts) sends `/api/*`
 * to the staff API when the bearer token's `iss` is the staff pool and to the citizen API otherwise.
 * That choice needs no trust: the chosen API verifies the signature, issuer, expiry and client id, so a
 * forged `iss` only reaches an API that rejects the token. Anonymous calls reach the citizen API, where
 * public routes answer and protected routes return 401 — the same as the local gateway.
 *
 * The one exception: the staff API's machine routes (those declaring `clientScopes`) have a Lambda authorizer
 * (`machineRouteAuthorizer`), since department systems' app clients are registered at run time and a JWT
 * authorizer's audience is fixed at deployment. It verifies with aws-jwt-verify, not code of ours.
 */
export class ApiStack extends Stack {
  readonly functions: Record<string, AppFunction> = {};
  /** The origin and viewer-signing secrets CloudFront, the portal and every route function share. */
  readonly edgeTrust: EdgeTrustSecrets;
  /**
   * The staff API's authorizer of the routes department systems call (functions/src/data-sharing/authorizer): it
   * verifies the staff pool's access tokens and admits machine clients registered at run time by our table.
   */
  readonly machineRouteAuthorizer: AppFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { settings, data, projectRoot, machineClients } = props;
    const logGroups = new LogGroups(this, 'LogGroups', settings);
    this.edgeTrust = new EdgeTrustSecrets(this, 'EdgeTrust', settings);
    // Every route function reads the edge secrets at start (functions/src/platform/edge-trust.ts).
    const paramsAndSecrets = lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
      cacheEnabled: true,
      logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
    });
    for (const group of routeGroups) {
      const access: ResourceAccess = routeGroupAccess[group as RouteGroup];
      const fn = new AppFunction(this, `${pascal(group)}Api`, {
        functionName: nameOf(settings, `api-${group}`),
        description: `HTTP API route group ${group}`,
        entry: `${projectRoot}/functions/src/${group}/lambda.ts`,
        handler: 'handler',
        projectRoot,
        environment: {
          ...applicationEnvironment(this, settings, data, access),
          ...(access.machineClients ? machineClientEnvironment(machineClients) : {}),
          ...this.edgeTrust.environment('api'),
        },
        paramsAndSecrets,
        logGroups,
        settings,
        ...(settings.reserveApiConcurrency ? { reservedConcurrency: routeGroupConcurrency[group as RouteGroup] } : {}),
        // Groups that draw PDFs: receipts (cases), blank or sample forms (form-pdf), e-certificates, official documents.
        withCjkFont: ['cases', 'form-pdf', 'certificates', 'official-documents'].includes(group),
      });
      grantApplicationAccess(fn.policy, settings, data, access);
      if (access.machineClients) grantMachineClients(fn.policy, machineClients);
      this.edgeTrust.grantRead(fn.policy, 'api');
      this.functions[group] = fn;
    }

    this.machineRouteAuthorizer = new AppFunction(this, 'MachineRouteAuthorizer', {
      functionName: nameOf(settings, machineRouteAuthorizerName),
      description: 'Staff API authorizer of the machine routes: staff pool tokens, machine clients by our table',
      entry: `${projectRoot}/functions/src/data-sharing/authorizer/lambda.ts`,
      handler: 'handler',
      projectRoot,
      environment: {
        ...applicationEnvironment(this, settings, data, machineRouteAuthorizerAccess),
        MACHINE_CLIENT_POOL_ID: machineClients.pool.userPoolId,
        STAFF_APP_CLIENT_IDS: props.staffAppClientIds.join(','),
      },
      logGroups,
      settings,
      timeout: Duration.seconds(10),
    });
    grantApplicationAccess(this.machineRouteAuthorizer.policy, settings, data, machineRouteAuthorizerAccess);
  }
}
