import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { rateLimits, type RateLimit, type RateClass, viewerAssertionHeader } from '../../functions/src/deployment.js';
import type { LogGroups } from './log-groups.js';

/**
 * WAF building blocks shared by the CloudFront WebACL (waf-stack.ts) and the Cognito WebACL
 * (auth-stack.ts). Every rate-based rule takes its limit and window from `rateLimits`
 * (functions/src/platform/rate-limits.ts), the same numbers the local gateway enforces.
 */

export const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

export const uriStartsWith = (prefix: string): wafv2.CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    searchString: prefix,
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
  },
});

export const methodIs = (method: string): wafv2.CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    searchString: method,
    fieldToMatch: { method: {} },
    positionalConstraint: 'EXACTLY',
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

export const anyOf = (statements: wafv2.CfnWebACL.StatementProperty[]): wafv2.CfnWebACL.StatementProperty =>
  statements.length === 1 ? statements[0]! : { orStatement: { statements } };

/** Key of the custom response body rate rules answer with (the local gateway's 429 body). */
export const tooManyRequestsBody = 'TooManyRequests';

/** The WebACL's custom response bodies; every WebACL that uses `rateRule` must declare them. */
export const customResponseBodies: Record<string, wafv2.CfnWebACL.CustomResponseBodyProperty> = {
  [tooManyRequestsBody]: {
    contentType: 'APPLICATION_JSON',
    content: JSON.stringify({ error: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests; try again later' } }),
  },
};

/** Methods counted as writes: the local gateway counts every non-GET route (route-table.ts rateClassOf). */
export const writeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Paths of the sign-in rate class at the edge: the portal's sign-in and callback handlers and /api/auth/. */
export const signInPaths = ['/auth/sign-in', '/auth/callback', '/api/auth/'] as const;

/**
 * A per-IP rate-based rule of one rate class: blocks with 429 (like the local gateway) once a client
 * exceeds `rateLimits[rateClass].requests` within `windowSeconds`.
 */
export function rateRule(
  rateClass: RateClass,
  options: { name: string; priority: number; metricName: string; scopeDown?: wafv2.CfnWebACL.StatementProperty },
): wafv2.CfnWebACL.RuleProperty {
  const limit: RateLimit = rateLimits[rateClass];
  return {
    name: options.name,
    priority: options.priority,
    action: {
      block: { customResponse: { responseCode: 429, customResponseBodyKey: tooManyRequestsBody } },
    },
    statement: {
      rateBasedStatement: {
        limit: limit.requests,
        evaluationWindowSec: limit.windowSeconds,
        aggregateKeyType: 'IP',
        scopeDownStatement: options.scopeDown,
      },
    },
    visibilityConfig: visibility(options.metricName),
  };
}

/**
 * True when the request carries the portal's viewer assertion (functions/src/platform/viewer-assertion.ts):
 * such API calls are counted per viewer instead of per address (waf-viewer-rules.ts).
 */
export const carriesViewerAssertion: wafv2.CfnWebACL.StatementProperty = {
  sizeConstraintStatement: {
    fieldToMatch: { singleHeader: { Name: viewerAssertionHeader } },
    comparisonOperator: 'GT',
    size: 0,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
};
const withoutViewerAssertion: wafv2.CfnWebACL.StatementProperty = {
  notStatement: { statement: carriesViewerAssertion },
};

/** True when the request carries an access token (`Authorization: Bearer …`): counted per token. */
export const carriesBearerToken: wafv2.CfnWebACL.StatementProperty = {
  byteMatchStatement: {
    searchString: 'bearer ',
    fieldToMatch: { singleHeader: { Name: 'authorization' } },
    positionalConstraint: 'STARTS_WITH',
    textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
  },
};
const withoutBearerToken: wafv2.CfnWebACL.StatementProperty = { notStatement: { statement: carriesBearerToken } };

/** Scope of the API write rules: a write method under /api/. */
export const apiWrites = (): wafv2.CfnWebACL.StatementProperty[] => [
  uriStartsWith('/api/'),
  anyOf(writeMethods.map(methodIs)),
];
/** Scope of the API read rules: a GET under /api/. */
export const apiReads = (): wafv2.CfnWebACL.StatementProperty[] => [uriStartsWith('/api/'), methodIs('GET')];

/**
 * The three per-IP rate rules of the CloudFront WebACL: sign-in, API writes, API reads. The API rules skip
 * calls that carry a viewer assertion (the portal's server on behalf of many viewers) or an access token
 * (a signed-in caller): those are counted per viewer and per token (waf-viewer-rules.ts), so one viewer or
 * one user behind a shared address cannot spend everyone's budget.
 */
export function edgeRateRules(aclName: string, firstPriority: number): wafv2.CfnWebACL.RuleProperty[] {
  return [
    rateRule('signIn', {
      name: 'RateLimitSignIn',
      priority: firstPriority,
      metricName: `${aclName}-sign-in`,
      scopeDown: anyOf(signInPaths.map(uriStartsWith)),
    }),
    rateRule('write', {
      name: 'RateLimitApiWrites',
      priority: firstPriority + 1,
      metricName: `${aclName}-writes`,
      scopeDown: { andStatement: { statements: [...apiWrites(), withoutViewerAssertion, withoutBearerToken] } },
    }),
    rateRule('read', {
      name: 'RateLimitApiReads',
      priority: firstPriority + 2,
      metricName: `${aclName}-reads`,
      scopeDown: { andStatement: { statements: [...apiReads(), withoutViewerAssertion, withoutBearerToken] } },
    }),
  ];
}

/**
 * Cognito endpoints the portal's *server* calls (code → token exchange, refresh, revocation, keys): all
 * users' calls come from the portal function's few egress addresses, so a per-IP limit there would lock
 * everyone out. Browsers reach only the hosted UI (/login, /oauth2/authorize, /signup, /mfa, ...).
 */
export const serverSideCognitoPaths = ['/oauth2/token', '/oauth2/revoke', '/oauth2/userinfo'] as const;
/** JWKS (`/<pool id>/.well-known/jwks.json`), fetched by API Gateway and the portal server. */
export const wellKnownPath = '/.well-known/';

/**
 * The sign-in rate rule of a Cognito user pool's WebACL (hosted UI and public user-pool API). It counts
 * POSTs — credential, MFA-code, sign-up and password-reset submissions and user-pool API calls — so that
 * merely loading the hosted UI's pages spends no attempts, the same way the local gateway counts only
 * POSTs to its sign-in endpoints.
 */
export function hostedUiRateRule(aclName: string, priority: number): wafv2.CfnWebACL.RuleProperty {
  const exempt = anyOf([
    ...serverSideCognitoPaths.map(uriStartsWith),
    {
      byteMatchStatement: {
        searchString: wellKnownPath,
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'CONTAINS',
        textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
      },
    },
  ]);
  return rateRule('signIn', {
    name: 'RateLimitSignIn',
    priority,
    metricName: `${aclName}-sign-in`,
    scopeDown: { andStatement: { statements: [methodIs('POST'), { notStatement: { statement: exempt } }] } },
  });
}

/**
 * WAF logging to `aws-waf-logs-<aclName>` (WAF accepts only that prefix, and an ARN without ":*"),
 * kept as long as every log group of the stage. Tokens, cookies and Cognito's form bodies never reach
 * the logs: WAF logs no bodies, and the authorization and cookie headers are redacted.
 */
export function logWebAcl(
  scope: Construct,
  acl: wafv2.CfnWebACL,
  logGroups: LogGroups,
  ids: { readonly logGroup: string; readonly logging: string },
): void {
  const logGroupName = `aws-waf-logs-${acl.name}`;
  const logGroup = logGroups.create(scope, ids.logGroup, logGroupName);
  const logging = new wafv2.CfnLoggingConfiguration(scope, ids.logging, {
    resourceArn: acl.attrArn,
    logDestinationConfigs: [
      Stack.of(scope).formatArn({
        service: 'logs',
        resource: 'log-group',
        resourceName: logGroupName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    ],
    redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }],
  });
  logging.node.addDependency(logGroup);
}
