import type * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import {
  assertedRequestCeiling,
  portalPageLimit,
  rateLimits,
  type RateLimit,
  signedInRequestCeiling,
  viewerAssertionHeader,
} from '../../functions/src/deployment.js';
import {
  apiReads,
  apiWrites,
  carriesBearerToken,
  carriesViewerAssertion,
  tooManyRequestsBody,
  uriStartsWith,
  visibility,
} from './waf-rules.js';

/**
 * The CloudFront WebACL's rules per viewer (issue 10 item 3): the portal's own pages and server actions per
 * viewer address, and the portal server's API calls per viewer assertion rather than per portal address.
 */

const blockWith429: wafv2.CfnWebACL.RuleActionProperty = {
  block: { customResponse: { responseCode: 429, customResponseBodyKey: tooManyRequestsBody } },
};

function rule(
  name: string,
  priority: number,
  metricName: string,
  limit: RateLimit,
  key: 'IP' | 'ASSERTION' | 'TOKEN',
  scopeDown: wafv2.CfnWebACL.StatementProperty,
): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    action: blockWith429,
    statement: {
      rateBasedStatement: {
        limit: limit.requests,
        evaluationWindowSec: limit.windowSeconds,
        ...(key === 'IP'
          ? { aggregateKeyType: 'IP' }
          : {
              aggregateKeyType: 'CUSTOM_KEYS',
              customKeys: [
                {
                  header: {
                    name: key === 'ASSERTION' ? viewerAssertionHeader : 'authorization',
                    textTransformations: [{ priority: 0, type: 'NONE' }],
                  },
                },
              ],
            }),
        scopeDownStatement: scopeDown,
      },
    },
    visibilityConfig: visibility(metricName),
  };
}

const and = (statements: wafv2.CfnWebACL.StatementProperty[]): wafv2.CfnWebACL.StatementProperty => ({
  andStatement: { statements },
});
const not = (statement: wafv2.CfnWebACL.StatementProperty): wafv2.CfnWebACL.StatementProperty => ({
  notStatement: { statement },
});

/**
 * Eight rules: API writes and reads per viewer assertion (the same limits as per address), a ceiling per
 * sending address on requests with an assertion (the WAF cannot verify its signature; the API does, and
 * ignores a bad one), the portal's page loads and server actions per viewer address, and a signed-in
 * caller's API writes and reads per access token under a ceiling per address (issue 10 item 3: limits
 * per token subject, else per viewer address; a made-up token buys no more than the ceiling).
 */
export function viewerRateRules(aclName: string, firstPriority: number): wafv2.CfnWebACL.RuleProperty[] {
  return [
    rule(
      'RateLimitApiWritesPerViewer',
      firstPriority,
      `${aclName}-viewer-writes`,
      rateLimits.write,
      'ASSERTION',
      and([...apiWrites(), carriesViewerAssertion]),
    ),
    rule(
      'RateLimitApiReadsPerViewer',
      firstPriority + 1,
      `${aclName}-viewer-reads`,
      rateLimits.read,
      'ASSERTION',
      and([...apiReads(), carriesViewerAssertion]),
    ),
    rule(
      'RateLimitAssertedCeiling',
      firstPriority + 2,
      `${aclName}-asserted-ceiling`,
      assertedRequestCeiling,
      'IP',
      and([uriStartsWith('/api/'), carriesViewerAssertion]),
    ),
    rule(
      'RateLimitApiWritesPerToken',
      firstPriority + 4,
      `${aclName}-token-writes`,
      rateLimits.write,
      'TOKEN',
      and([...apiWrites(), not(carriesViewerAssertion), carriesBearerToken]),
    ),
    rule(
      'RateLimitApiReadsPerToken',
      firstPriority + 5,
      `${aclName}-token-reads`,
      rateLimits.read,
      'TOKEN',
      and([...apiReads(), not(carriesViewerAssertion), carriesBearerToken]),
    ),
    rule(
      'RateLimitSignedInWritesCeiling',
      firstPriority + 6,
      `${aclName}-signed-in-writes-ceiling`,
      signedInRequestCeiling.write,
      'IP',
      and([...apiWrites(), not(carriesViewerAssertion), carriesBearerToken]),
    ),
    rule(
      'RateLimitSignedInReadsCeiling',
      firstPriority + 7,
      `${aclName}-signed-in-reads-ceiling`,
      signedInRequestCeiling.read,
      'IP',
      and([...apiReads(), not(carriesViewerAssertion), carriesBearerToken]),
    ),
    rule(
      'RateLimitPortalPages',
      firstPriority + 3,
      `${aclName}-portal-pages`,
      portalPageLimit,
      'IP',
      and([not(uriStartsWith('/api/')), not(uriStartsWith('/_next/static/'))]),
    ),
  ];
}
