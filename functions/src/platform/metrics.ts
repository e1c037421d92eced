import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from './logger.js';
import { businessMetricDimension, metricsNamespace, metricsService, type BusinessMetric } from './metric-names.js';

export { businessMetric } from './metric-names.js';

/**
 * Business events as CloudWatch metrics (Powertools Metrics, embedded metric format on stdout: on AWS
 * CloudWatch Logs turns each line into a metric; no API call, no IAM permission).
 *
 * Each event is published at once as a single metric (`singleMetric()`), with its own dimensions, rather
 * than stored until the end of the invocation: a workflow task or a sweep has no request to end, and the
 * embedded local cloud runs many requests in one process, where a shared store would mix them.
 *
 * The operations dashboard (infra/lib/business-metrics-widgets.ts) reads the same names (metric-names.ts).
 * POWERTOOLS_METRICS_DISABLED=true silences them: the local cloud sets it (infra/local/handler-environment.ts),
 * having no CloudWatch to read the lines.
 */
const metrics = new Metrics({ namespace: metricsNamespace, serviceName: metricsService, logger });

/**
 * Publishes one occurrence of a business event now. Never throws: a metric must not fail the case it counts.
 */
export function countBusinessEvent(name: BusinessMetric, dimensionValue?: string): void {
  try {
    const single = metrics.singleMetric();
    const dimension = businessMetricDimension[name];
    if (dimension && dimensionValue) single.addDimension(dimension, dimensionValue);
    single.addMetric(name, MetricUnit.Count, 1);
  } catch (error) {
    logger.warn('business metric not published', { metric: name, error: error as Error });
  }
}
