'use server';

import { isApiError } from '@/lib/api';
import { lettersApi } from '@/lib/letters-api';

export interface ApprovalState {
  status: 'idle' | 'refused' | 'approved' | 'returned';
  /** A StaffLetter.approval.message.* key. */
  message?: 'reasonTooShort' | 'noDraft' | 'claimedByOther' | 'generic';
  reason?: string;
}

/**
 * The head approves the officer's draft (it goes out to the writer) or returns it with a reason. The page is not
 * re-rendered here, so the confirmation stays in view (a reload shows the letter as it now is).
 */
export async function decideDraft(_previous: ApprovalState, data: FormData): Promise<ApprovalState> {
  const letterId = String(data.get('letterId') ?? '');
  const approve = data.get('decision') === 'approve';
  const reason = String(data.get('reason') ?? '').trim();
  if (!approve && reason.length < 5) return { status: 'refused', message: 'reasonTooShort', reason };
  try {
    await lettersApi.approve(letterId, approve ? { approve } : { approve, reason });
  } catch (error) {
    if (isApiError(error, 409)) {
      return { status: 'refused', message: error.code === 'CLAIMED_BY_OTHER' ? 'claimedByOther' : 'noDraft', reason };
    }
    if (isApiError(error, 400)) return { status: 'refused', message: 'reasonTooShort', reason };
    console.error(JSON.stringify({ level: 'ERROR', action: 'letters.approve', error: String(error) }));
    return { status: 'refused', message: 'generic', reason };
  }
  return { status: approve ? 'approved' : 'returned' };
}
