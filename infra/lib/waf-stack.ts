import { Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { LogGroups } from './log-groups.js';
import { nameOf, type StageSettings } from './settings.js';
import { customResponseBodies, edgeRateRules, logWebAcl, visibility } from './waf-rules.js';
import { viewerRateRules } from './waf-viewer-rules.js';

export interface WafStackProps extends StackProps {
  readonly settings: StageSettings;
}

/**
 * The CloudFront WebACL. A CLOUDFRONT-scope WebACL can only be created in us-east-1, so this stack is
 * pinned there and the web stack reads its ARN through a cross-region reference. (A REGIONAL WebACL is
 * no alternative for the portal: WAF cannot be associated with API Gateway HTTP APIs or Lambda function
 * URLs. The Cognito user pools get REGIONAL WebACLs of their own in auth-stack.ts.)
 *
 * The stack also holds the portal's Lambda@Edge function (web-stack.ts), which must live in us-east-1.
 */
export class WafStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WafStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const name = nameOf(settings, 'edge');
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      customResponseBodies,
      rules: [
        {
          name: 'AWSManagedRulesCommonRuleSet',
          priority: 0,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // The API accepts JSON bodies up to MAX_BODY_BYTES (256 KiB); the rule set's 8 KiB body
              // limit would block legitimate applications, so it only counts. Uploads go to S3 directly.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility(`${name}-common`),
        },
        {
          name: 'AWSManagedRulesKnownBadInputsRuleSet',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
          visibilityConfig: visibility(`${name}-bad-inputs`),
        },
        // Per-IP rate limits from functions/src/platform/rate-limits.ts (sign-in, API writes, API reads).
        ...edgeRateRules(name, 2),
        // Per viewer: the portal server's API calls by viewer assertion, a signed-in caller's by access
        // token (under a ceiling per address), the portal's pages by address.
        ...viewerRateRules(name, 5),
      ],
    });

    // Construct ids kept from the first version so the deployed log group is not replaced.
    logWebAcl(this, this.webAcl, new LogGroups(this, 'LogGroups', settings), {
      logGroup: 'WafLogs',
      logging: 'Logging',
    });
  }
}
