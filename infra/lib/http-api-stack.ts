import { Stack, type StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { routes } from '../../functions/src/deployment.js';
import type { ApiStack } from './api-stack.js';
import { LogGroups } from './log-groups.js';
import { PortalApi } from './portal-api.js';
import type { StageSettings } from './settings.js';

export interface HttpApiStackProps extends StackProps {
  readonly settings: StageSettings;
  /** The route functions (one per route group), defined once in the API stack and shared by both audiences. */
  readonly functions: ApiStack['functions'];
  readonly apiName: string;
  /** The `iss` of the tokens this API accepts, and the app clients (`client_id` claim) allowed. */
  readonly issuer: string;
  readonly clientIds: string[];
  /** The staff API only: the machine routes' Lambda authorizer (api-stack.ts), imported by ARN as the functions. */
  readonly machineRouteAuthorizer?: ApiStack['machineRouteAuthorizer'];
}

/**
 * One audience's HTTP API (citizen or staff) in a stack of its own. Each API holds two resources per route, and
 * with both APIs in the functions' stack that stack passed 415 of CloudFormation's 500 resources at about 190
 * routes; one stack per audience leaves room for as many routes again. The functions stay in the API stack and
 * are imported here by ARN (same account and region), so the invoke permission for this API is created in this
 * stack: the functions' stack never refers back to an API, and the stacks have no reference cycle.
 */
export class HttpApiStack extends Stack {
  readonly portalApi: PortalApi;

  constructor(scope: Construct, id: string, props: HttpApiStackProps) {
    super(scope, id, props);
    const functions = Object.fromEntries(
      Object.entries(props.functions).map(([group, fn]) => [
        group,
        lambda.Function.fromFunctionAttributes(this, `Route${group.replace(/[^A-Za-z0-9]/g, '')}`, {
          functionArn: fn.function.functionArn,
          sameEnvironment: true,
        }),
      ]),
    );
    this.portalApi = new PortalApi(this, 'Http', {
      apiName: props.apiName,
      issuer: props.issuer,
      clientIds: props.clientIds,
      routes,
      functions,
      logGroups: new LogGroups(this, 'LogGroups', props.settings),
      ...(props.machineRouteAuthorizer
        ? {
            machineRouteAuthorizer: lambda.Function.fromFunctionAttributes(this, 'MachineRouteAuthorizer', {
              functionArn: props.machineRouteAuthorizer.function.functionArn,
              sameEnvironment: true,
            }),
          }
        : {}),
    });
  }
}
