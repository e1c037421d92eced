import { z } from 'zod';
import { gridCategoryCodes } from '../grid/categories.js';
import { gridEventStatuses } from '../grid/model.js';

/**
 * Supervision of city management (issue 17 item 5): the grid's events by category, street and status; closures
 * within the category's limit; overdue open events; places where the same problem comes back. Only facts about
 * the handling are read: never the reporter, nor the description.
 */

const share = z.number().min(0).max(1).nullable();

/** The figures of one group of events (a category, a street, or the whole scope). */
export const gridFigures = z.object({
  events: z.number().int(),
  /** Not closed yet. */
  open: z.number().int(),
  /** Of those, past their due date (China's calendar). */
  overdue: z.number().int(),
  /** Closed after handling (结案), not counting declined reports. */
  closed: z.number().int(),
  /** Of those, closed by the end of their due date. */
  closedOnTime: z.number().int(),
  onTimeRate: share,
  /** Reports the dispatcher declined (不予立案). */
  declined: z.number().int(),
});
export type GridFigures = z.infer<typeof gridFigures>;

const bilingualName = z.object({ zh: z.string(), en: z.string() });

/** The body of `GET /api/supervision/grid`. */
export const supervisionGrid = z.object({
  generatedAt: z.string(),
  /** Today in China, the day open events are counted overdue on. */
  asOf: z.string(),
  /** Dates of reporting (China's calendar, both ends included). */
  period: z.object({ from: z.string().optional(), to: z.string().optional() }),
  scope: z.object({ kind: z.enum(['district', 'department']), departments: z.array(z.string()) }),
  /** True when the period held more events than one answer reads (the figures cover the newest). */
  truncated: z.boolean(),
  total: gridFigures,
  byStatus: z.array(z.object({ status: z.enum(gridEventStatuses), events: z.number().int() })),
  /** Categories with at least one event. */
  byCategory: z.array(gridFigures.extend({ category: z.enum(gridCategoryCodes), name: bilingualName })),
  /** Every street of the grid (the map layer shades each by its events). */
  byStreet: z.array(gridFigures.extend({ street: z.string(), name: z.string() })),
  /**
   * Places where a problem comes back: a grid cell with two or more events of one category in the period,
   * most first (at most 20).
   */
  repeatLocations: z.array(
    z.object({
      cell: z.string(),
      cellName: z.string(),
      street: z.string(),
      category: z.enum(gridCategoryCodes),
      events: z.number().int(),
      lastReportedAt: z.string(),
    }),
  ),
});
export type SupervisionGrid = z.infer<typeof supervisionGrid>;
