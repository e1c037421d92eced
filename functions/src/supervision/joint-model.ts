import { z } from 'zod';

/**
 * Supervision of joint review (联合审批, issue 20 item 3): joint cases by stage, and per reviewing department the
 * opinions it was asked for, gave (by outcome), still owes and how long it took; the lead departments' decisions
 * by outcome. Only facts about the handling are read: never the applicant, the answers or the opinions' words.
 */

/** How many joint cases one answer reads, newest first (`truncated` says when there were more). */
export const jointCaseLimit = 500;

/** Where a joint case stands, from its status. */
export const jointStages = [
  'accepting',
  'opinions',
  'correction',
  'deciding',
  'decided',
  'closed',
  'attention',
] as const;
export type JointStage = (typeof jointStages)[number];

/** What a department may answer, and what the workflow records for one that gave none in time. */
export const jointOpinionOutcomes = [
  'agree',
  'agree_with_conditions',
  'refuse',
  'request_correction',
  'no_opinion',
] as const;

/** The head of the lead department's decisions on the combined opinions. */
export const leadDecisionOutcomes = ['approved', 'rejected', 'returned'] as const;

const count = z.number().int().min(0);
const bilingualName = z.object({ zh: z.string(), en: z.string() });

/** How long a department took to give its opinions (from the round's start to the opinion). */
export const opinionTimes = z.object({
  /** Opinions timed (no_opinion, recorded by the system at the deadline, is not). */
  timed: count,
  /** Working days (the day the round started does not count), median and mean; null when none was timed. */
  medianDays: z.number().nullable(),
  averageDays: z.number().nullable(),
  /** Hours on working days (weekends and public holidays left out), median and mean. */
  medianHours: z.number().nullable(),
  averageHours: z.number().nullable(),
});
export type OpinionTimes = z.infer<typeof opinionTimes>;

/** One reviewing department's opinions. */
export const departmentOpinions = z.object({
  department: z.string(),
  name: bilingualName,
  /** Joint cases it reviews, and of those the ones it leads. */
  cases: count,
  leads: count,
  /** Opinions asked for: each round it was asked to review (again after a correction it asked for). */
  asked: count,
  /** Opinions an officer gave (no_opinion excluded). */
  given: count,
  byOutcome: z.record(z.enum(jointOpinionOutcomes), count),
  /** Opinions it owes now: cases in review whose round waits for it. */
  open: count,
  time: opinionTimes,
});
export type DepartmentOpinions = z.infer<typeof departmentOpinions>;

/**
 * One relief program's answers (综合救助, issue 20 item 3 "programs granted"): the relief cases that applied for it,
 * and of those the ones granted (its department agreed, with or without conditions, and the case was decided
 * approved), refused (its department refused, or the case was decided rejected), left without an opinion in time,
 * and still open.
 */
export const programOutcomes = z.object({
  program: z.string(),
  department: z.string(),
  name: bilingualName,
  applied: count,
  granted: count,
  refused: count,
  noOpinion: count,
  open: count,
});
export type ProgramOutcomes = z.infer<typeof programOutcomes>;

/**
 * How the figures read from the newest records open (joint review, official documents): when, the period (China's
 * calendar, both ends included), the scope, and how many records were read at most, newest first — `truncated`
 * when older ones were left out.
 */
export const newestRecordsHeader = {
  generatedAt: z.string(),
  asOf: z.string(),
  period: z.object({ from: z.string().optional(), to: z.string().optional() }),
  scope: z.object({ kind: z.enum(['district', 'department']), departments: z.array(z.string()) }),
  limit: count,
  truncated: z.boolean(),
};

/** The body of `GET /api/supervision/joint` (the period: dates of filing). */
export const supervisionJoint = z.object({
  ...newestRecordsHeader,
  /** Joint cases in scope (a department's: those it reviews). */
  cases: count,
  byStage: z.array(z.object({ stage: z.enum(jointStages), cases: count })),
  /** Each reviewing department in scope that reviews at least one of the cases (a head's own always). */
  departments: z.array(departmentOpinions),
  leadDecisions: z.array(z.object({ outcome: z.enum(leadDecisionOutcomes), decisions: count })),
  /** Each relief program applied for in the cases in scope (a department's: its own programs), in the catalog's order. */
  programs: z.array(programOutcomes),
});
export type SupervisionJoint = z.infer<typeof supervisionJoint>;
