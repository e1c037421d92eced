import { describe, expect, it } from 'vitest';
import { businessMetric, countBusinessEvent } from '../../../functions/src/platform/metrics.js';
import { countOf, emittedMetrics } from '../../support/emf.js';

describe('business metrics (Powertools Metrics, EMF)', () => {
  it('publishes each event at once, in the platform namespace, with the service and its dimension', async () => {
    const lines = await emittedMetrics(async () => {
      countBusinessEvent(businessMetric.casesDecided, 'approved');
      countBusinessEvent(businessMetric.casesDecided, 'rejected');
      countBusinessEvent(businessMetric.casesOverdue);
    });
    expect(lines).toHaveLength(3);
    const [first] = lines;
    expect(first?._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'YuexiuHao',
      Metrics: [{ Name: 'CasesDecided', Unit: 'Count' }],
    });
    expect(first?._aws.CloudWatchMetrics[0]?.Dimensions[0]?.sort()).toEqual(['Outcome', 'service']);
    expect(first).toMatchObject({ service: 'yuexiu-hao', Outcome: 'approved', CasesDecided: 1 });
    expect(countOf(lines, 'CasesDecided', { Outcome: 'rejected' })).toBe(1);
    expect(countOf(lines, 'CasesOverdue')).toBe(1);
    expect(lines[2]?._aws.CloudWatchMetrics[0]?.Dimensions[0]).toEqual(['service']);
  });

  it('writes nothing when metrics are switched off, as the local cloud does', async () => {
    const lines = await emittedMetrics(async () => {
      process.env.POWERTOOLS_METRICS_DISABLED = 'true';
      countBusinessEvent(businessMetric.casesFiled, 'online');
    });
    expect(lines).toEqual([]);
  });
});
