import { z } from 'zod';
import { caseStatuses, type CaseRecord } from '../cases/model.js';
import { departmentCodes } from '../catalog/taxonomy.js';

/**
 * Electronic supervision (电子监察, plan G1/G2): figures over a department's or the district's cases — how
 * many, in which status, decided on time, overdue, how fast, how many online, how satisfied. Only facts
 * about the handling are read: never names, answers or materials.
 */

/** The plan's target share of cases handled online (A4: 95 % online processing rate). */
export const onlineTarget = 0.95;

/** At most this many overdue cases are listed (the count covers all of them). */
export const maxOverdueListed = 200;

/** What supervision reads of a case: the handling, no personal data. */
export type SupervisedCase = Pick<
  CaseRecord,
  | 'caseId'
  | 'caseNumber'
  | 'itemCode'
  | 'itemName'
  | 'department'
  | 'channel'
  | 'status'
  | 'clock'
  | 'result'
  | 'rating'
  | 'escalated'
  | 'createdAt'
> &
  Partial<Pick<CaseRecord, 'decisions'>>;

const calendarDate = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${name} is a date such as 2026-05-01`, abort: true })
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    }, `${name} is not a calendar date`);

const queryFieldsOf = <const Codes extends readonly [string, ...string[]]>(codes: Codes) =>
  z.object({
    department: z.enum(codes, { message: 'a department code such as civil-affairs' }).optional(),
    from: calendarDate('from').optional(),
    to: calendarDate('to').optional(),
  });

/**
 * The query of the supervision routes: an optional department and a period of filing dates (China's
 * calendar, both ends included). Unknown parameters are refused, each by its name, so a typo never
 * silently widens the figures.
 */
const queryOf = <const Codes extends readonly [string, ...string[]]>(
  fields: z.ZodObject<ReturnType<typeof queryFieldsOf<Codes>>['shape']>,
) => {
  const names: readonly string[] = Object.keys(fields.shape);
  return z
    .looseObject(fields.shape)
    .superRefine((query, ctx) => {
      for (const name of Object.keys(query).filter((key) => !names.includes(key))) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'not a parameter of this route' });
      }
      if (query.from && query.to && query.to < query.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
      }
    })
    .transform(({ department, from, to }): SupervisionQuery => ({
      ...(department ? { department } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }));
};

/** The parameters of `GET /api/supervision/summary` and `/export` (documentation; parse with supervisionQuery). */
export const supervisionQueryFields = queryFieldsOf(departmentCodes);
export const supervisionQuery = queryOf(supervisionQueryFields);

/** The data sharing figures' parameters: a department, or the data center that owns the base registries. */
export const sharingQueryFields = queryFieldsOf([...departmentCodes, 'data-center']);
export const sharingQuery = queryOf(sharingQueryFields);
export interface SupervisionQuery {
  department?: string;
  from?: string;
  to?: string;
}

const share = z.number().min(0).max(1).nullable();

/** The figures of one group of cases (a department, or the whole scope). */
export const caseFigures = z.object({
  cases: z.number().int(),
  byStatus: z.record(z.enum(caseStatuses), z.number().int()),
  /** Cases in a final status: completed, not accepted or withdrawn. */
  finished: z.number().int(),
  /** Cases not finished and not yet decided. */
  open: z.number().int(),
  /** Decisions (approved or rejected) of accepted cases: the on-time rate's denominator. */
  decided: z.number().int(),
  /** Of those, decided by the end of their due date. */
  onTime: z.number().int(),
  onTimeRate: share,
  /** Open cases past their due date. */
  overdue: z.number().int(),
  /** Working days from acceptance to decision, on average over the decided cases. */
  averageHandlingDays: z.number().nullable(),
  channels: z.object({
    online: z.number().int(),
    counter: z.number().int(),
    onlineShare: share,
    /** Whether the online share reaches the plan's target; null without cases. */
    meetsTarget: z.boolean().nullable(),
  }),
  satisfaction: z.object({
    rated: z.number().int(),
    average: z.number().nullable(),
    /** Share of ratings of 4 or 5. */
    satisfiedShare: share,
  }),
});
export type CaseFigures = z.infer<typeof caseFigures>;

const bilingualName = z.object({ zh: z.string(), en: z.string() });

export const overdueCase = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  itemCode: z.string(),
  itemName: bilingualName,
  department: z.string(),
  status: z.enum(caseStatuses),
  dueDate: z.string(),
  /** Calendar days since the due date. */
  daysOverdue: z.number().int().min(1),
  escalated: z.boolean(),
});
export type OverdueCase = z.infer<typeof overdueCase>;

/** The body of `GET /api/supervision/summary`. */
export const supervisionSummary = z.object({
  generatedAt: z.string(),
  /** Today in China, the day overdue cases are counted on. */
  asOf: z.string(),
  period: z.object({ from: z.string().optional(), to: z.string().optional() }),
  scope: z.object({ kind: z.enum(['district', 'department']), departments: z.array(z.string()) }),
  onlineTarget: z.number(),
  /**
   * Years whose holiday calendar should be published by now and is not (this year; next year from
   * 1 November): their working days are counted Monday–Friday until an administrator publishes them.
   */
  calendar: z.object({ missingYears: z.array(z.number().int()) }),
  total: caseFigures,
  departments: z.array(caseFigures.extend({ department: z.string(), name: bilingualName })),
  /** Most overdue first, at most maxOverdueListed; `total.overdue` counts them all. */
  overdue: z.array(overdueCase),
});
export type SupervisionSummary = z.infer<typeof supervisionSummary>;
