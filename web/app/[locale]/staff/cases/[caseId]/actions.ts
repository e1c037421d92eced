'use server';

import { z } from 'zod';
import { api, isApiError } from '@/lib/api';
import { decisionSchema } from '@/lib/api-schemas';

export interface DecisionState {
  status: 'idle' | 'error' | 'success' | 'conflict';
  outcome?: 'approved' | 'rejected';
  message?: 'commentRequired' | 'commentTooLong' | 'generic' | 'forbidden' | 'signedOut';
  comment?: string;
}

// The API's decision body, plus the rule that a rejection needs a reason the citizen can read.
const decisionFormSchema = decisionSchema
  .extend({ workItemId: z.string().min(1) })
  .refine((value) => value.outcome !== 'rejected' || value.comment.length > 0, {
    path: ['comment'],
    message: 'commentRequired',
  });

/** Sends an officer's decision on a work item; a 409 means someone decided it first. */
export async function decideWorkItem(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const comment = String(formData.get('comment') ?? '');
  const parsed = decisionFormSchema.safeParse({
    workItemId: formData.get('workItemId'),
    outcome: formData.get('outcome'),
    comment,
  });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.path[0] === 'comment' && issue.code === 'too_big');
    return { status: 'error', message: tooLong ? 'commentTooLong' : 'commentRequired', comment };
  }
  const { workItemId, outcome } = parsed.data;
  try {
    await api.decide(workItemId, { outcome, comment: parsed.data.comment });
    return { status: 'success', outcome };
  } catch (error) {
    if (isApiError(error, 409)) return { status: 'conflict' };
    if (isApiError(error, 401)) return { status: 'error', message: 'signedOut', comment };
    if (isApiError(error, 403)) return { status: 'error', message: 'forbidden', comment };
    console.error(JSON.stringify({ level: 'ERROR', action: 'workitems.decide', workItemId, error: String(error) }));
    return { status: 'error', message: 'generic', comment };
  }
}
