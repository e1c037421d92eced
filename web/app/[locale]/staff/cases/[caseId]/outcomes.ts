/**
 * Outcomes the citizen must be told a reason for: a correction (补正) or a refusal. The API refuses them
 * without a comment (functions/src/workitems/service.ts); the form asks before sending.
 */
export const outcomesNeedingComment: readonly string[] = ['correct', 'reject', 'rejected'];
