import type * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import {
  assertedRequestCeiling,
  portalPageLimit,
  rateLimits,
  type RateLimit,
  viewerAssertionHeader,
} from '../../functions/src/deployment.js';
import {
  apiReads,
  apiWrites,
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
  key: 'IP' | 'ASSERTION',
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
                { header: { name: viewerAssertionHeader, textTransformations: [{ priority: 0, type: 'NONE' }] } },
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
 * Four rules: API writes and reads per viewer assertion (the same limits as per address), a ceiling per
 * sending address on requests with an assertion (the WAF cannot verify its signature; the API does, and
 * ignores a bad one), and the portal's page loads and server actions per viewer address.
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
      'RateLimitPortalPages',
      firstPriority + 3,
      `${aclName}-portal-pages`,
      portalPageLimit,
      'IP',
      and([not(uriStartsWith('/api/')), not(uriStartsWith('/_next/static/'))]),
    ),
  ];
}
