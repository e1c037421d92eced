import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { Duration } from 'aws-cdk-lib';
import {
  HttpJwtAuthorizer,
  HttpLambdaAuthorizer,
  HttpLambdaResponseType,
} from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { apiCapacity, isMachineRoute, routeKey, type RouteDefinition } from '../../functions/src/deployment.js';
import type { LogGroups } from './log-groups.js';
import { acknowledgeAwsSolutions } from './nag-acknowledgements.js';

export interface PortalApiProps {
  readonly apiName: string;
  /** The `iss` of the tokens this API accepts, and the app clients (`client_id` claim) allowed. */
  readonly issuer: string;
  readonly clientIds: string[];
  readonly routes: readonly RouteDefinition[];
  readonly functions: Record<string, lambda.IFunction>;
  readonly logGroups: LogGroups;
  /**
   * The staff API only: the Lambda authorizer of the routes department systems call (functions/src/data-sharing/
   * authorizer), which admits the app clients registered at run time that the JWT authorizer's fixed audience cannot.
   */
  readonly machineRouteAuthorizer?: lambda.IFunction;
}

/** How long API Gateway keeps the machine routes' authorizer's answer for one Authorization header. */
export const machineRouteAuthorizerCacheTtl = Duration.seconds(60);

/** `/api/work-items/{id}/decision` → `ApiWorkItemsIdDecision`-style construct ids. */
export function routeConstructId(route: RouteDefinition): string {
  return route.id.replace(/(^|[.\-_])(\w)/g, (_m, _s, c: string) => c.toUpperCase());
}

/**
 * One HTTP API serving the whole route table for one sign-in audience (one Cognito pool): a route is
 * public (no authorizer) exactly when the route table says `access.public`; every other route needs a
 * valid access token of this audience's pool. Roles and scope are then checked by the handler.
 */
export class PortalApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly authorizer: HttpJwtAuthorizer;
  readonly machineAuthorizer?: HttpLambdaAuthorizer;
  readonly routes: Record<string, apigwv2.HttpRoute> = {};

  constructor(scope: Construct, id: string, props: PortalApiProps) {
    super(scope, id);
    this.api = new apigwv2.HttpApi(this, 'Api', { apiName: props.apiName, createDefaultStage: false });
    const accessLogs = props.logGroups.create(this, 'AccessLogs');
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: apiCapacity.stageRateLimit, burstLimit: apiCapacity.stageBurstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        // Who did what, without personal data: the subject is Cognito's opaque user id.
        format: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTimeEpoch',
            sourceIp: '$context.identity.sourceIp',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            subject: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });
    this.authorizer = new HttpJwtAuthorizer(`${id}Jwt`, props.issuer, {
      authorizerName: `${props.apiName}-jwt`,
      jwtAudience: props.clientIds,
      identitySource: ['$request.header.Authorization'],
    });
    if (props.machineRouteAuthorizer) {
      // Simple responses, cached by the token: the answer does not depend on the route (the handler checks the
      // route's scopes), so a cached answer is right for every machine route.
      this.machineAuthorizer = new HttpLambdaAuthorizer(`${id}MachineRoutes`, props.machineRouteAuthorizer, {
        authorizerName: `${props.apiName}-machine-routes`,
        responseTypes: [HttpLambdaResponseType.SIMPLE],
        identitySource: ['$request.header.Authorization'],
        resultsCacheTtl: machineRouteAuthorizerCacheTtl,
      });
    }

    const integrations = new Map<string, HttpLambdaIntegration>();
    for (const route of props.routes) {
      const fn = props.functions[route.group];
      if (!fn) throw new Error(`No function for route group "${route.group}" (route ${route.id})`);
      let integration = integrations.get(route.group);
      if (!integration) {
        // One invoke permission per function for this API, not one per route: 180 routes' permissions took
        // the stack past CloudFormation's 500 resources. The routes, not the permission, pick the function.
        integration = new HttpLambdaIntegration(`${route.group}Integration`, fn, { scopePermissionToRoute: false });
        integrations.set(route.group, integration);
      }
      const [method, path] = routeKey(route).split(' ') as [string, string];
      const isPublic = 'public' in route.access;
      const httpRoute = new apigwv2.HttpRoute(this, routeConstructId(route), {
        httpApi: this.api,
        routeKey: apigwv2.HttpRouteKey.with(path, method as apigwv2.HttpMethod),
        integration,
        authorizer: isPublic
          ? new apigwv2.HttpNoneAuthorizer()
          : this.machineAuthorizer && isMachineRoute(route)
            ? this.machineAuthorizer
            : this.authorizer,
      });
      if (isPublic) {
        acknowledgeAwsSolutions(
          httpRoute,
          'APIG4',
          `${routeKey(route)} is declared public in functions/src/routes.ts (access.public); it returns no personal data and is rate limited by the stage throttle and WAF.`,
        );
      }
      this.routes[route.id] = httpRoute;
    }
  }
}
