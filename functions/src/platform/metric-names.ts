/**
 * The business metrics' names and dimensions, shared by the code that publishes them (metrics.ts) and the
 * operations dashboard (infra/lib/business-metrics-widgets.ts).
 */
export const metricsNamespace = 'YuexiuHao';
export const metricsService = 'yuexiu-hao';

export const businessMetric = {
  /** A new case, online or at a counter (a retried submission is not counted again). Dimension: Channel. */
  casesFiled: 'CasesFiled',
  /** A case's outcome recorded once (approved, rejected, not accepted, withdrawn). Dimension: Outcome. */
  casesDecided: 'CasesDecided',
  /** A case that passed its time limit, counted when the sweep raises its red warning (once a case). */
  casesOverdue: 'CasesOverdue',
} as const;

export type BusinessMetric = (typeof businessMetric)[keyof typeof businessMetric];

/** The dimension each metric carries besides `service`, if any. */
export const businessMetricDimension: Partial<Record<BusinessMetric, string>> = {
  [businessMetric.casesFiled]: 'Channel',
  [businessMetric.casesDecided]: 'Outcome',
};
