import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import {
  businessMetric,
  businessMetricDimension,
  metricsNamespace,
  metricsService,
  type BusinessMetric,
} from '../../functions/src/deployment.js';
import type { Audience } from './auth-stack.js';

/** Business figures by the hour: a day's work reads as a shape, not as noise. */
const period = Duration.hours(1);

/**
 * One line per value of the metric's dimension (channel, outcome), whatever values appear: CloudWatch's
 * SEARCH finds them, so a new outcome needs no change here.
 */
function byDimension(name: BusinessMetric, label: string): cloudwatch.IMetric {
  const dimension = businessMetricDimension[name];
  if (!dimension) {
    return new cloudwatch.Metric({
      namespace: metricsNamespace,
      metricName: name,
      dimensionsMap: { service: metricsService },
      statistic: 'Sum',
      period,
      label,
    });
  }
  return new cloudwatch.MathExpression({
    expression: `SEARCH('{${metricsNamespace},${dimension},service} MetricName="${name}"', 'Sum', ${period.toSeconds()})`,
    usingMetrics: {},
    label,
    period,
  });
}

/**
 * Sign-ins refused per pool: Cognito's `SignInSuccesses` has a sample per attempt, 1 when it succeeded, so
 * attempts − successes are the refusals (wrong password, failed MFA, blocked by threat protection). Failed
 * sign-ins reach no trigger of ours (functions/src/identity/cognito-triggers.ts), so Cognito's own metric counts them.
 */
function signInsRefused(id: string, audience: Audience): cloudwatch.IMetric {
  const metric = (statistic: string) =>
    new cloudwatch.Metric({
      namespace: 'AWS/Cognito',
      metricName: 'SignInSuccesses',
      dimensionsMap: { UserPool: audience.pool.userPoolId, UserPoolClient: audience.portalClient.userPoolClientId },
      statistic,
      period,
    });
  // Ids are unique within a graph, which shows both pools.
  const prefix = id.toLowerCase();
  return new cloudwatch.MathExpression({
    expression: `${prefix}Attempts - ${prefix}Successes`,
    usingMetrics: { [`${prefix}Attempts`]: metric('SampleCount'), [`${prefix}Successes`]: metric('Sum') },
    label: `${id} sign-ins refused`,
    period,
  });
}

/** The dashboard's row of business events: cases filed, decided and overdue, and sign-ins refused. */
export function businessMetricsWidgets(audiences: { citizens: Audience; staff: Audience }): cloudwatch.IWidget[] {
  return [
    new cloudwatch.GraphWidget({
      title: 'Cases filed (by channel)',
      left: [byDimension(businessMetric.casesFiled, 'filed')],
      width: 6,
    }),
    new cloudwatch.GraphWidget({
      title: 'Cases decided (by outcome)',
      left: [byDimension(businessMetric.casesDecided, 'decided')],
      width: 6,
    }),
    new cloudwatch.GraphWidget({
      title: 'Cases overdue',
      left: [byDimension(businessMetric.casesOverdue, 'overdue')],
      width: 6,
    }),
    new cloudwatch.GraphWidget({
      title: 'Sign-ins refused',
      left: [signInsRefused('Citizen', audiences.citizens), signInsRefused('Staff', audiences.staff)],
      width: 6,
    }),
  ];
}
