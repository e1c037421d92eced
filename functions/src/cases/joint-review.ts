import { z } from 'zod';
import { departmentByCode } from '../catalog/taxonomy.js';
import { parseInput } from '../platform/validation.js';
import { programByCode } from '../relief/programs.js';
import type { CaseRecord, JointProgressView, ReviewBranch, StepDecision } from './model.js';
import * as store from './store.js';

/**
 * 联合审批 (parallel review): the departments of a joint item each give an opinion on the same case in their
 * own inbox (workflows/case-approval.ts, ReviewByDepartments); the lead department's head decides on them all.
 * Opinions are kept on the case as decisions of the step `opinion`, one per department and round.
 */

/** What a department may answer, and what the workflow records for one that gave none in time. */
export const opinionOutcomes = ['agree', 'agree_with_conditions', 'refuse', 'request_correction'] as const;
export const noOpinion = 'no_opinion';
/** Opinions whose reasons are addressed to the applicant (conditions, refusal, what to correct). */
const forApplicant: readonly string[] = ['agree_with_conditions', 'refuse', 'request_correction'];

/** The departments that review a case in parallel, lead first; empty when its item has no joint review. */
export function jointDepartmentsOf(record: Pick<CaseRecord, 'plan'>): string[] {
  return record.plan?.jointReview ? (record.plan.jointDepartments ?? []) : [];
}

/** The branches of the review: one per department, or per relief program (older plans: per department). */
export function jointBranchesOf(record: Pick<CaseRecord, 'plan'>): ReviewBranch[] {
  if (!record.plan?.jointReview) return [];
  return record.plan.jointBranches ?? jointDepartmentsOf(record).map((department) => ({ department, program: '' }));
}

/** The latest opinion a department gave on the case (on `program`, for a relief case). */
export function latestOpinion(record: CaseRecord, department: string, program = ''): StepDecision | undefined {
  return [...(record.decisions ?? [])]
    .reverse()
    .find((d) => d.step === 'opinion' && d.department === department && (d.program ?? '') === program);
}

/** When the applicant last sent a correction (补正). */
function lastCorrectionAt(record: CaseRecord): string | undefined {
  return [...record.timeline].reverse().find((e) => e.event === 'correction_received')?.at;
}

/** Whether an opinion is one the applicant is given with its reason. */
export function isOpinionForApplicant(decision: Pick<StepDecision, 'step' | 'outcome'>): boolean {
  return decision.step === 'opinion' && forApplicant.includes(decision.outcome);
}

/**
 * Each department's progress: `reviewing` until it gives its opinion (again, after a correction it asked
 * for), then its opinion. Staff see who gave it and the comment; the applicant sees the department, the
 * status and only the reasons meant for them.
 */
export function jointProgress(record: CaseRecord, viewer: 'staff' | 'applicant'): JointProgressView | undefined {
  const branches = jointBranchesOf(record);
  if (branches.length === 0) return undefined;
  const correctedAt = lastCorrectionAt(record);
  return {
    lead: record.department,
    departments: branches.map(({ department, program }) => {
      const opinion = latestOpinion(record, department, program);
      const answered =
        opinion && !(opinion.outcome === 'request_correction' && correctedAt && correctedAt > opinion.decidedAt);
      const branch = { department, ...(program ? { program } : {}), lead: department === record.department };
      if (!opinion || !answered) return { ...branch, status: 'reviewing' };
      const comment = viewer === 'staff' || isOpinionForApplicant(opinion) ? opinion.comment : '';
      return {
        ...branch,
        status: opinion.outcome,
        decidedAt: opinion.decidedAt,
        ...(comment ? { comment } : {}),
        ...(viewer === 'staff' ? { decidedBy: opinion.decidedBy } : {}),
      };
    }),
  };
}

const weighEvent = z.object({
  caseId: z.string().uuid(),
  opinions: z
    .array(z.object({ department: z.string().min(1), program: z.string().default(''), outcome: z.string().min(1) }))
    .min(1),
});

/**
 * Workflow task after a round of opinions: whether any department asked for a correction (补正), which
 * departments did (they review again after it), and the reason the applicant is sent once, each asking
 * department's request under its name.
 */
export async function weighOpinions(event: unknown) {
  const { caseId, opinions } = parseInput(weighEvent, event);
  const record = await store.getCase(caseId);
  if (!record) throw new Error(`Case ${caseId} does not exist`);
  const asking = opinions
    .filter((o) => o.outcome === 'request_correction')
    .map(({ department, program }) => ({ department, program }));
  const reason = asking
    .map(({ department, program }) => {
      const name = programByCode(program)?.name.zh ?? departmentByCode(department)?.name.zh ?? department;
      return `${name}：${latestOpinion(record, department, program)?.comment ?? ''}`;
    })
    .join('；');
  // `branches` review again after the correction; `departments` names them for older readers.
  return { correction: asking.length > 0, branches: asking, departments: asking.map((b) => b.department), reason };
}
