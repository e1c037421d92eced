import { z } from 'zod';
import type { Role } from '../platform/roles.js';

import { inboxStates, stepOutcomes } from './outcomes.js';

export { inboxStates, outcomesNeedingComment, stepOutcomes, type InboxState } from './outcomes.js';
export type Step = keyof typeof stepOutcomes;
export const steps = Object.keys(stepOutcomes) as Step[];
export const allOutcomes = [...new Set(Object.values(stepOutcomes).flat())] as [string, ...string[]];

export const decisionInput = z.object({
  outcome: z.enum(allOutcomes, { message: `one of ${allOutcomes.join(', ')}` }),
  /** Required when asking for a correction or refusing: the citizen is told why. */
  comment: z.string().trim().max(1000, 'at most 1000 characters').default(''),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export type WorkItemStatus = 'open' | 'deciding' | 'decided' | 'expired';

/** A head's return of a case to the review (退回重审), as the officer's inbox shows it. */
export interface ReturnedForReview {
  reason: string;
  by: string;
  at: string;
}

/**
 * What a work item is about: a case's workflow step, a letter to answer, an official document's or a city event's
 * step, another department's request for a data resource (one inbox).
 */
export const workItemKinds = ['case', 'letter', 'official-document', 'grid-event', 'data-request'] as const;
export type WorkItemKind = (typeof workItemKinds)[number];

export interface WorkItem {
  workItemId: string;
  /** Absent on items opened before letters joined the inbox: those are cases'. */
  kind?: WorkItemKind;
  /** The subject's id: the case's, or for a letter the letter's. */
  caseId: string;
  caseNumber: string;
  title: string;
  /** Inbox facts copied from the case when the item opens (absent on items opened before they were kept). */
  itemCode?: string;
  applicantMasked?: string;
  submittedAt?: string;
  /** The head's return (退回重审) that reopened this review: their reason, who and when. */
  returned?: ReturnedForReview;
  /** The item reopened a step after the citizen's correction (补正). */
  afterCorrection?: boolean;
  /** The case's legal clock as it stood when the item opened (a clock does not move while staff hold the case). */
  clock?: { acceptedAt: string; limitDays: number; pauses: { from: string; to?: string }[] };
  step: Step;
  role: Role;
  /** The department of the case (every item), and the street of a handover at a station. */
  department: string;
  street?: string;
  /** The relief program an opinion decides (综合救助). */
  program?: string;
  escalated: boolean;
  status: WorkItemStatus;
  createdAt: string;
  /** The case's legal due date (YYYY-MM-DD) when the clock runs, for ordering by urgency. */
  dueDate?: string;
  /** The staff member who claimed the item, and when. */
  claimedBy?: string;
  claimedAt?: string;
  /** The workflow's callback token; never leaves the backend. Absent on a letter's item (no workflow waits). */
  taskToken?: string;
  /**
   * A city event's item: the event's state its workflow task waits in (the token came with it); the grid's action
   * route sends the task its result when it moves the event on from that state (grid/workflow.ts). Backend only.
   */
  taskState?: string;
  /** While `deciding`: the callback's output (JSON) to deliver again if the first send is in doubt; backend only. */
  pendingDecision?: string;
  outcome?: string;
  comment?: string;
  decidedBy?: string;
  decidedAt?: string;
}

/** What the workflow's callback task passes when it opens a work item. */
export const openWorkItemInput = z.object({
  taskToken: z.string().min(1),
  caseId: z.string().uuid(),
  step: z.enum(steps as [Step, ...Step[]]),
  role: z.enum(['clerk', 'officer', 'head']),
  /** The department (or, for a handover, the street) whose inbox gets the item. */
  unit: z.string().min(1),
  /** A relief case's opinion: the program the department decides ('' for a joint item's opinion). */
  program: z.string().optional(),
  escalated: z.boolean(),
});
export type OpenWorkItemInput = z.infer<typeof openWorkItemInput>;

/** Which items a claim filter keeps: held by me, by nobody, by a colleague. */
export const claimFilters = ['mine', 'unclaimed', 'others'] as const;
export type ClaimFilter = (typeof claimFilters)[number];
/** Which items a due filter keeps: past their due date, due within `soonWorkingDays` (or yellow), the rest. */
export const dueFilters = ['overdue', 'soon', 'ok'] as const;
export type DueFilter = (typeof dueFilters)[number];
/** Which items a status filter keeps (see `inboxStates`). */
export type StatusFilter = (typeof inboxStates)[number];
/** An item due within this many working days counts as due soon. */
export const soonWorkingDays = 2;

/**
 * `GET /api/work-items` query: `caseId` narrows the inbox to the open items of one case; `step`, `item`,
 * `status`, `claim`, `due` and `q` (part of a case number) filter it; `limit` (20–100) items a page from `cursor`.
 */
export const workItemQuery = z
  .object({
    caseId: z.string().trim().min(1, 'caseId must not be empty').max(64, 'caseId is at most 64 characters'),
    step: z.enum(steps as [Step, ...Step[]], { message: `step: one of ${steps.join(', ')}` }),
    item: z.string().regex(/^\d{6}-[A-Z]{2}-\d{4}$/, 'item: an item code such as 440104-MZ-0001'),
    status: z.enum(inboxStates, { message: `status: one of ${inboxStates.join(', ')}` }),
    claim: z.enum(claimFilters, { message: `claim: one of ${claimFilters.join(', ')}` }),
    due: z.enum(dueFilters, { message: `due: one of ${dueFilters.join(', ')}` }),
    q: z.string().trim().min(1, 'q must not be empty').max(40, 'q is at most 40 characters'),
    limit: z.coerce
      .number({ message: 'limit: a number from 20 to 100' })
      .int('limit: a whole number')
      .min(20, 'limit: at least 20')
      .max(100, 'limit: at most 100'),
    cursor: z.string().max(512, 'cursor is at most 512 characters'),
  })
  .partial()
  .strict();
export type WorkItemQuery = z.infer<typeof workItemQuery>;

const stepCounts = z.object(Object.fromEntries(steps.map((s) => [s, z.number().int()])) as Record<Step, z.ZodNumber>);

/** One row of the inbox as staff see it (never the task token). */
export const inboxItemView = z.object({
  workItemId: z.string(),
  kind: z.enum(workItemKinds).optional(),
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  itemCode: z.string().optional(),
  applicantMasked: z.string().optional(),
  submittedAt: z.string().optional(),
  step: z.enum(steps as [Step, ...Step[]]),
  role: z.string(),
  department: z.string(),
  street: z.string().optional(),
  /** A relief case's opinion: the program this department decides (综合救助). */
  program: z.string().optional(),
  escalated: z.boolean(),
  status: z.string(),
  /** Why the item is in the inbox (the status filter): new, returned, resubmitted or escalated. */
  state: z.enum(inboxStates),
  /** When the head returned the case to the review: their reason, who and when. */
  returned: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
  createdAt: z.string(),
  dueDate: z.string().optional(),
  /** Working days from today to the due date: 0 on the day, negative once overdue; absent without a clock. */
  remainingWorkingDays: z.number().int().optional(),
  level: z.enum(['green', 'yellow', 'red', 'paused']).optional(),
  due: z.enum(dueFilters),
  claim: z.enum(claimFilters),
  claimedBy: z.string().optional(),
  claimedAt: z.string().optional(),
});
export type InboxItemView = z.infer<typeof inboxItemView>;

/** The answer of `GET /api/work-items`. */
export const inboxPage = z.object({
  items: z.array(inboxItemView),
  /** Items matching every filter (all pages). */
  total: z.number().int(),
  /** The caller's whole inbox (caseId aside) counted per kind, step, status, claim and due state, filters not applied. */
  counts: z.object({
    all: z.number().int(),
    kind: z.object({
      case: z.number().int(),
      letter: z.number().int(),
      officialDocument: z.number().int(),
      'grid-event': z.number().int(),
      'data-request': z.number().int(),
    }),
    step: stepCounts,
    status: z.object(
      Object.fromEntries(inboxStates.map((s) => [s, z.number().int()])) as Record<StatusFilter, z.ZodNumber>,
    ),
    claim: z.object({ mine: z.number().int(), unclaimed: z.number().int(), others: z.number().int() }),
    due: z.object({ overdue: z.number().int(), soon: z.number().int(), ok: z.number().int() }),
  }),
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor: z.string().optional(),
});
export type InboxPage = z.infer<typeof inboxPage>;
