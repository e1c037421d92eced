import type { CaseRecord, CaseStatus } from '../cases/model.js';
import { jointBranchesOf } from '../cases/joint-review.js';
import { departmentByCode } from '../catalog/taxonomy.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { workingDaysBetween, workingHoursBetween } from '../deadlines/working-days.js';
import { reliefPrograms } from '../relief/programs.js';
import {
  jointOpinionOutcomes,
  jointStages,
  leadDecisionOutcomes,
  type DepartmentOpinions,
  type JointStage,
  type OpinionTimes,
  type ProgramOutcomes,
  type SupervisionJoint,
} from './joint-model.js';

/**
 * The pure arithmetic of the joint-review figures: what supervision keeps of a joint case, and the figures of a
 * group of them. No I/O: unit-tested with made-up cases and the calendar passed in.
 */

/** A decision as supervision keeps it: who decided is left out, and so is the opinion's text. */
type KeptDecision = { step: string; outcome: string; department?: string; program?: string; decidedAt: string };

/** A branch of the parallel review: a department, and for a relief case the program it decides ('' else). */
type KeptBranch = { department: string; program: string };

/** What supervision reads of a joint case: the handling only. */
export interface SupervisedJointCase {
  caseId: string;
  /** The lead department. */
  department: string;
  status: CaseStatus;
  createdAt: string;
  /** The reviewing departments, lead first. */
  jointDepartments: string[];
  /** The review's branches: one per department, or per relief program (综合救助). */
  branches: KeptBranch[];
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
    branches: jointBranchesOf(record).map(({ department, program }) => ({ department, program })),
    decisions: (record.decisions ?? []).map((d) => ({
      step: d.step,
      outcome: d.outcome,
      ...(d.department ? { department: d.department } : {}),
      ...(d.program ? { program: d.program } : {}),
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

/** The opinions given on one branch (a department's, on one relief program for a relief case). */
const branchOpinions = (c: SupervisedJointCase, branch: KeptBranch) =>
  opinionsOf(c, branch.department).filter((d) => (d.program ?? '') === branch.program);

/** Whether one branch waits for its opinion in the current round (none yet, or a correction asked before it). */
function branchOwes(c: SupervisedJointCase, branch: KeptBranch): boolean {
  if (c.status !== 'in_review' || c.roundStarts.length === 0) return false;
  const round = c.roundStarts.at(-1)!;
  const last = branchOpinions(c, branch).at(-1);
  if (!last) return true;
  return last.outcome === 'request_correction' && last.decidedAt < round;
}

/**
 * Whether a department owes an opinion on the case now: the case is in its opinion step and one of the
 * department's branches (its only one, or one of its relief programs) has not answered the current round.
 */
export function owesOpinion(c: SupervisedJointCase, department: string): boolean {
  return c.branches.some((b) => b.department === department && branchOwes(c, b));
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
    open += c.branches.filter((b) => b.department === department && branchOwes(c, b)).length;
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
): Pick<SupervisionJoint, 'cases' | 'byStage' | 'departments' | 'leadDecisions' | 'programs'> {
  const decisions = cases.flatMap((c) => c.decisions.filter((d) => d.step === 'decide'));
  return {
    cases: cases.length,
    byStage: jointStages.map((stage) => ({ stage, cases: cases.filter((c) => jointStageOf(c) === stage).length })),
    departments: departments.map((department) => departmentOpinionsOf(calendar, cases, department)),
    leadDecisions: leadDecisionOutcomes.map((outcome) => ({
      outcome,
      decisions: decisions.filter((d) => d.outcome === outcome).length,
    })),
    programs: programOutcomesOf(cases, departments),
  };
}

const agreeing: readonly string[] = ['agree', 'agree_with_conditions'];
const decidedApproved: readonly CaseStatus[] = ['approved', 'completed'];

/** Where one relief program stands in one case: its department's last opinion, read with the case's decision. */
function programAnswer(c: SupervisedJointCase, branch: KeptBranch): 'granted' | 'refused' | 'noOpinion' | 'open' {
  const last = branchOpinions(c, branch).at(-1)?.outcome;
  if (last === 'refuse' || c.status === 'rejected') return 'refused';
  if (last === 'no_opinion') return 'noOpinion';
  if (last && agreeing.includes(last) && decidedApproved.includes(c.status)) return 'granted';
  return 'open';
}

/**
 * The relief programs applied for (综合救助) in the cases, for the programs of the departments listed, in the
 * catalog's order: applied, granted, refused, left without an opinion in time, still open.
 */
export function programOutcomesOf(
  cases: readonly SupervisedJointCase[],
  departments: readonly string[],
): ProgramOutcomes[] {
  const rows: ProgramOutcomes[] = [];
  for (const program of reliefPrograms) {
    if (!departments.includes(program.department)) continue;
    const row: ProgramOutcomes = {
      program: program.code,
      department: program.department,
      name: program.name,
      applied: 0,
      granted: 0,
      refused: 0,
      noOpinion: 0,
      open: 0,
    };
    for (const c of cases) {
      const branch = c.branches.find((b) => b.program === program.code);
      if (!branch) continue;
      row.applied += 1;
      row[programAnswer(c, branch)] += 1;
    }
    if (row.applied > 0) rows.push(row);
  }
  return rows;
}
