'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { api, isApiError } from '@/lib/api';

export interface ClaimState {
  status: 'idle' | 'claimed' | 'released' | 'error';
  /** What went wrong, as a message key of the Inbox namespace. */
  message?: 'claimedByOther' | 'alreadyDecided' | 'notClaimedByYou' | 'forbidden' | 'signedOut' | 'generic';
}

const input = z.object({ workItemId: z.string().min(1).max(100), intent: z.enum(['claim', 'release']) });

const conflicts: Record<string, ClaimState['message']> = {
  CLAIMED_BY_OTHER: 'claimedByOther',
  ALREADY_DECIDED: 'alreadyDecided',
  NOT_CLAIMED_BY_YOU: 'notClaimedByYou',
};

/** Claims or releases a work item (the form's `intent`); the inbox and the case page show the new holder. */
export async function claimOrRelease(_previous: ClaimState, formData: FormData): Promise<ClaimState> {
  const parsed = input.safeParse({ workItemId: formData.get('workItemId'), intent: formData.get('intent') });
  if (!parsed.success) return { status: 'error', message: 'generic' };
  const { workItemId, intent } = parsed.data;
  try {
    await (intent === 'claim' ? api.claimWorkItem(workItemId) : api.releaseWorkItem(workItemId));
    revalidatePath('/[locale]/staff', 'layout');
    return { status: intent === 'claim' ? 'claimed' : 'released' };
  } catch (error) {
    if (isApiError(error, 409)) {
      // Someone else got there first: show the item as it is now.
      revalidatePath('/[locale]/staff', 'layout');
      return { status: 'error', message: conflicts[error.code] ?? 'generic' };
    }
    if (isApiError(error, 401)) return { status: 'error', message: 'signedOut' };
    if (isApiError(error, 403) || isApiError(error, 404)) return { status: 'error', message: 'forbidden' };
    console.error(JSON.stringify({ level: 'ERROR', action: `workitems.${intent}`, workItemId, error: String(error) }));
    return { status: 'error', message: 'generic' };
  }
}
