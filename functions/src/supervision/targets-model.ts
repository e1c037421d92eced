import { z } from 'zod';

/**
 * The plan's online-government targets (G2): every item's guide queryable online (网上可查率 100 %), 95 % of
 * items processable online (网上可办率), and 95 % of cases filed online (网上办理率). Figures per department
 * and in total, departments ranked, and the online processing rate month by month.
 */
export const planTargets = { queryableShare: 1, processableShare: 0.95, onlineRate: 0.95 } as const;

/** Months a trend covers when the query names no period: this month and the eleven before it. */
export const defaultTrendMonths = 12;

/** At most this many months in a trend (a period of five years). */
export const maxTrendMonths = 60;

const share = z.number().min(0).max(1).nullable();
/** Whether a share reaches its target; null when there is nothing to count. */
const met = z.boolean().nullable();

/** The figures of one department, or of the whole scope. */
export const targetFigures = z.object({
  /** Items in the catalog (drafts and published, not withdrawn). */
  items: z.number().int(),
  /** Items whose guide is published in the online hall. */
  queryable: z.number().int(),
  queryableShare: share,
  queryableMet: met,
  /** Published items that take applications online. */
  processable: z.number().int(),
  processableShare: share,
  processableMet: met,
  /** Cases filed in the period, and of those filed online. */
  cases: z.number().int(),
  online: z.number().int(),
  onlineRate: share,
  onlineRateMet: met,
  /** How many of the three targets are met. */
  targetsMet: z.number().int().min(0).max(3),
});
export type TargetFigures = z.infer<typeof targetFigures>;

const bilingualName = z.object({ zh: z.string(), en: z.string() });

/** One month of the online processing rate. */
export const trendMonth = z.object({
  /** YYYY-MM, China's calendar. */
  month: z.string(),
  cases: z.number().int(),
  online: z.number().int(),
  onlineRate: share,
});
export type TrendMonth = z.infer<typeof trendMonth>;

/** The body of `GET /api/supervision/targets`. */
export const supervisionTargets = z.object({
  generatedAt: z.string(),
  asOf: z.string(),
  period: z.object({ from: z.string().optional(), to: z.string().optional() }),
  scope: z.object({ kind: z.enum(['district', 'department']), departments: z.array(z.string()) }),
  targets: z.object({ queryableShare: z.number(), processableShare: z.number(), onlineRate: z.number() }),
  total: targetFigures,
  /**
   * Ranked best first: more targets met, then a higher processable share, online rate and queryable share
   * (a missing share counts as lowest); equal departments share a rank.
   */
  departments: z.array(targetFigures.extend({ department: z.string(), name: bilingualName, rank: z.number().int() })),
  /** The online processing rate per month of the period (without one, the last twelve months), oldest first. */
  trend: z.array(trendMonth),
});
export type SupervisionTargets = z.infer<typeof supervisionTargets>;
