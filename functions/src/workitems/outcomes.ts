/**
 * The human steps of a case and what each may decide; free of zod so the staff portal's decision form
 * uses the same lists in the browser.
 */
export const stepOutcomes = {
  accept: ['accept', 'correct', 'reject'],
  review: ['approve', 'reject', 'correct'],
  decide: ['approved', 'rejected'],
  handover: ['handed-over'],
} as const;

/** Outcomes the applicant must be given a reason for: a correction (补正) or a refusal. */
export const outcomesNeedingComment: readonly string[] = ['correct', 'reject', 'rejected'];
