'use server';

import { isApiError } from '@/lib/api';
import { lettersApi } from '@/lib/letters-api';

export interface AnswerState {
  status: 'idle' | 'refused' | 'done';
  /** A StaffLetter.message.* key. */
  message?:
    'answerTooShort' | 'answered' | 'drafted' | 'alreadyAnswered' | 'claimedByOther' | 'headAnswers' | 'generic';
  answer?: string;
}

/**
 * Sends the department's answer; the letter's work item leaves the inbox. The page is not re-rendered here, so
 * the confirmation stays in view (a reload shows the letter as answered).
 */
export async function answerLetter(_previous: AnswerState, data: FormData): Promise<AnswerState> {
  const letterId = String(data.get('letterId') ?? '');
  const answer = String(data.get('answer') ?? '').trim();
  const forApproval = data.get('forApproval') === 'yes';
  if (answer.length < 10) return { status: 'refused', message: 'answerTooShort', answer };
  try {
    await lettersApi.answer(letterId, answer, forApproval);
  } catch (error) {
    if (isApiError(error, 409)) {
      return {
        status: 'refused',
        message: error.code === 'CLAIMED_BY_OTHER' ? 'claimedByOther' : 'alreadyAnswered',
        answer,
      };
    }
    if (isApiError(error, 403)) return { status: 'refused', message: 'headAnswers', answer };
    if (isApiError(error, 400)) return { status: 'refused', message: 'answerTooShort', answer };
    console.error(JSON.stringify({ level: 'ERROR', action: 'letters.answer', error: String(error) }));
    return { status: 'refused', message: 'generic', answer };
  }
  return { status: 'done', message: forApproval ? 'drafted' : 'answered' };
}
