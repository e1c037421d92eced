import type { CaseRecord, CaseStatus } from '../cases/model.js';
import { departmentByCode } from '../catalog/taxonomy.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { workingDaysBetween, workingHoursBetween } from '../deadlines/working-days.js';
import {
  jointOpinionOutcomes,
  jointStages,
  leadDecisionOutcomes,
  type DepartmentOpinions,
  type JointStage,
  type OpinionTimes,
  type SupervisionJoint,
} from './joint-model.js';

/**
 * The pure arithmetic of the joint-review figures: what supervision keeps of a joint case, and the figures of a
 * group of them. No I/O: unit-tested with made-up cases and the calendar passed in.
 */

/** A decision as supervision keeps it: who decided is left out, and so is the opinion's text. */
type KeptDecision = { step: string; outcome: string; department?: string; decidedAt: string };

/** What supervision reads of a joint case: the handling only. */
export interface SupervisedJointCase {
  caseId: string;
  /** The lead department. */
  department: string;
  status: CaseStatus;
  createdAt: string;
  /** The reviewing departments, lead first. */
  jointDepartments: string[];
  decisions: KeptDecision[];
  /** When each round of opinions started (the case entering the opinion step, again after a correction). */
  roundStarts: string[];
}

/** A case as the joint figures keep it (drops answers, names, materials, comments, deciders, tokens). */
export function supervisedJointCase(record: CaseRecord): SupervisedJointCase {
  return {
    caseId: record.caseId,
    department: record.department,
    status: record.status,
    createdAt: record.createdAt,
    jointDepartments: record.plan?.jointReview ? [...(record.plan.jointDepartments ?? [])] : [],
    decisions: (record.decisions ?? []).map((d) => ({
      step: d.step,
      outcome: d.outcome,
      ...(d.department ? { department: d.department } : {}),
      decidedAt: d.decidedAt,
    })),
    roundStarts: record.timeline.filter((e) => e.event === 'under_review' && e.step === 'opinion').map((e) => e.at),
  };
}

const stageOfStatus: Record<CaseStatus, JointStage> = {
  submitted: 'accepting',
  accepted: 'opinions',
  in_review: 'opinions',
  needs_correction: 'correction',
  deciding: 'deciding',
  approved: 'decided',
  rejected: 'decided',
  completed: 'decided',
  not_accepted: 'closed',
  withdrawn: 'closed',
  needs_attention: 'attention',
};

/** The stage a joint case is at. */
export const jointStageOf = (c: Pick<SupervisedJointCase, 'status'>): JointStage => stageOfStatus[c.status];

const opinionsOf = (c: SupervisedJointCase, department: string) =>
  c.decisions.filter((d) => d.step === 'opinion' && d.department === department);

/**
 * Whether a department owes an opinion on the case now: the case is in its opinion step and the department has
 * not answered the current round (none yet, or its last opinion came before the round started).
 */
export function owesOpinion(c: SupervisedJointCase, department: string): boolean {
  if (c.status !== 'in_review' || c.roundStarts.length === 0) return false;
  const round = c.roundStarts.at(-1)!;
  const last = opinionsOf(c, department).at(-1);
  if (!last) return true;
  return last.outcome === 'request_correction' && last.decidedAt < round;
}

/** The start of the round an opinion answered: the latest round start at or before it. */
function roundOf(c: SupervisedJointCase, decidedAt: string): string | undefined {
  return c.roundStarts.filter((at) => at <= decidedAt).at(-1);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round2(sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Median and mean of the working days and working hours each given opinion took. */
export function opinionTimesOf(
  calendar: WorkingCalendar,
  spans: readonly { from: string; to: string }[],
): OpinionTimes {
  const days = spans.map((s) => workingDaysBetween(calendar, s.from, s.to).days);
  const hours = spans.map((s) => workingHoursBetween(calendar, s.from, s.to).hours);
  return {
    timed: spans.length,
    medianDays: median(days),
    averageDays: mean(days),
    medianHours: median(hours),
    averageHours: mean(hours),
  };
}

/** One department's opinions over the joint cases it reviews. */
export function departmentOpinionsOf(
  calendar: WorkingCalendar,
  cases: readonly SupervisedJointCase[],
  department: string,
): DepartmentOpinions {
  const reviewed = cases.filter((c) => c.jointDepartments.includes(department));
  const byOutcome = Object.fromEntries(jointOpinionOutcomes.map((o) => [o, 0])) as DepartmentOpinions['byOutcome'];
  const spans: { from: string; to: string }[] = [];
  let opinions = 0;
  let open = 0;
  for (const c of reviewed) {
    if (owesOpinion(c, department)) open += 1;
    for (const opinion of opinionsOf(c, department)) {
      opinions += 1;
      const outcome = opinion.outcome as (typeof jointOpinionOutcomes)[number];
      if (outcome in byOutcome) byOutcome[outcome] += 1;
      const from = roundOf(c, opinion.decidedAt);
      if (opinion.outcome !== 'no_opinion' && from) spans.push({ from, to: opinion.decidedAt });
    }
  }
  return {
    department,
    name: departmentByCode(department)?.name ?? { zh: department, en: department },
    cases: reviewed.length,
    leads: reviewed.filter((c) => c.department === department).length,
    asked: opinions + open,
    given: opinions - byOutcome.no_opinion,
    byOutcome,
    open,
    time: opinionTimesOf(calendar, spans),
  };
}

/** The joint figures of the cases in scope, for the departments listed (in that order). */
export function jointFiguresOf(
  calendar: WorkingCalendar,
  cases: readonly SupervisedJointCase[],
  departments: readonly string[],
): Pick<SupervisionJoint, 'cases' | 'byStage' | 'departments' | 'leadDecisions'> {
  const decisions = cases.flatMap((c) => c.decisions.filter((d) => d.step === 'decide'));
  return {
    cases: cases.length,
    byStage: jointStages.map((stage) => ({ stage, cases: cases.filter((c) => jointStageOf(c) === stage).length })),
    departments: departments.map((department) => departmentOpinionsOf(calendar, cases, department)),
    leadDecisions: leadDecisionOutcomes.map((outcome) => ({
      outcome,
      decisions: decisions.filter((d) => d.outcome === outcome).length,
    })),
  };
}
