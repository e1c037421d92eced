'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getPathname } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { decisionSchema, fieldErrorsSchema, stepOutcomes, steps, type Step } from '@/lib/api-schemas';
import { outcomesNeedingComment } from './outcomes';

export interface DecisionState {
  status: 'idle' | 'error' | 'conflict';
  /** A problem with the form, or why the call failed (a message key of StaffCase.errors or the form). */
  message?: 'outcomeRequired' | 'commentRequired' | 'commentTooLong' | 'generic' | 'forbidden' | 'signedOut';
  /** Why a 409 refused the decision (a message key of StaffCase.conflicts). */
  conflict?: 'alreadyDecided' | 'claimedByOther' | 'taskExpired' | 'notClaimedByYou';
  comment?: string;
}

// The API's decision body, plus the step's outcomes and the rule that a correction or refusal needs a reason.
const decisionFormSchema = decisionSchema
  .extend({
    workItemId: z.string().min(1).max(100),
    caseId: z.string().uuid(),
    step: z.enum(steps as [Step, ...Step[]]),
  })
  .refine((value) => (stepOutcomes[value.step] as readonly string[]).includes(value.outcome), {
    path: ['outcome'],
    message: 'outcomeRequired',
  })
  .refine((value) => !outcomesNeedingComment.includes(value.outcome) || value.comment.length > 0, {
    path: ['comment'],
    message: 'commentRequired',
  });

const conflicts: Record<string, DecisionState['conflict']> = {
  ALREADY_DECIDED: 'alreadyDecided',
  CLAIMED_BY_OTHER: 'claimedByOther',
  TASK_EXPIRED: 'taskExpired',
  NOT_CLAIMED_BY_YOU: 'notClaimedByYou',
};

/**
 * Sends a decision on a work item and shows the case again with what was decided; each 409 says why it did
 * not go through (decided, claimed, expired).
 */
export async function decideWorkItem(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const comment = String(formData.get('comment') ?? '');
  const parsed = decisionFormSchema.safeParse({
    workItemId: formData.get('workItemId'),
    caseId: formData.get('caseId'),
    step: formData.get('step'),
    outcome: formData.get('outcome') ?? '',
    comment,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message =
      issue?.path[0] === 'comment'
        ? issue.code === 'too_big'
          ? 'commentTooLong'
          : 'commentRequired'
        : 'outcomeRequired';
    return { status: 'error', message, comment };
  }
  const { workItemId, caseId, step, outcome } = parsed.data;
  try {
    await api.decide(workItemId, { outcome, comment: parsed.data.comment });
  } catch (error) {
    if (isApiError(error, 409)) {
      return { status: 'conflict', conflict: conflicts[error.code] ?? 'alreadyDecided', comment };
    }
    if (isApiError(error, 400)) {
      const fields = fieldErrorsSchema.safeParse(error.details);
      const onComment = fields.success && fields.data.fields.some((f) => f.field === 'comment');
      return { status: 'error', message: onComment ? 'commentRequired' : 'outcomeRequired', comment };
    }
    if (isApiError(error, 401)) return { status: 'error', message: 'signedOut', comment };
    if (isApiError(error, 403) || isApiError(error, 404)) return { status: 'error', message: 'forbidden', comment };
    console.error(JSON.stringify({ level: 'ERROR', action: 'workitems.decide', workItemId, error: String(error) }));
    return { status: 'error', message: 'generic', comment };
  }
  // The case page again, with what was decided: the work item is gone, the case has moved on.
  const href = { pathname: `/staff/cases/${caseId}`, query: { decided: `${step}.${outcome}` } };
  redirect(getPathname({ href, locale: await getLocale() }));
}
