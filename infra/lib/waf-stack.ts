import { ArnFormat, Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { LogGroups } from './log-groups.js';
import { nameOf, type StageSettings } from './settings.js';

export interface WafStackProps extends StackProps {
  readonly settings: StageSettings;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const uriStartsWith = (prefix: string): wafv2.CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    searchString: prefix,
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
  },
});

/**
 * The CloudFront WebACL. A CLOUDFRONT-scope WebACL can only be created in us-east-1, so this stack is
 * pinned there and the web stack reads its ARN through a cross-region reference. (A REGIONAL WebACL is
 * no alternative: WAF cannot be associated with API Gateway HTTP APIs or Lambda function URLs.)
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
        {
          // Sign-in and token endpoints: 100 requests per 5 minutes per IP (the local gateway applies the same limit).
          name: 'RateLimitSignIn',
          priority: 2,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: 100,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                orStatement: { statements: [uriStartsWith('/api/auth'), uriStartsWith('/auth/')] },
              },
            },
          },
          visibilityConfig: visibility(`${name}-sign-in`),
        },
        {
          // Public and signed-in writes: 300 POST requests per 5 minutes per IP.
          name: 'RateLimitApiWrites',
          priority: 3,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: 300,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    uriStartsWith('/api/'),
                    {
                      byteMatchStatement: {
                        searchString: 'POST',
                        fieldToMatch: { method: {} },
                        positionalConstraint: 'EXACTLY',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility(`${name}-writes`),
        },
      ],
    });

    // WAF logs only to log groups named aws-waf-logs-*, addressed by an ARN without the trailing ":*".
    const logGroupName = `aws-waf-logs-${name}`;
    const logGroup = new LogGroups(this, 'LogGroups', settings).create(this, 'WafLogs', logGroupName);
    const logging = new wafv2.CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [
        this.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      // Tokens and session cookies never reach the logs.
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }],
    });
    logging.node.addDependency(logGroup);
  }
}
