'use server';

import { revalidatePath } from 'next/cache';
import { isApiError } from '@/lib/api';
import { lettersApi } from '@/lib/letters-api';

export interface AnswerState {
  status: 'idle' | 'refused' | 'done';
  /** A StaffLetter.message.* key. */
  message?: 'answerTooShort' | 'answered' | 'alreadyAnswered' | 'claimedByOther' | 'headAnswers' | 'generic';
  answer?: string;
}

/** Sends the department's answer; the letter's work item leaves the inbox. */
export async function answerLetter(_previous: AnswerState, data: FormData): Promise<AnswerState> {
  const letterId = String(data.get('letterId') ?? '');
  const answer = String(data.get('answer') ?? '').trim();
  if (answer.length < 10) return { status: 'refused', message: 'answerTooShort', answer };
  try {
    await lettersApi.answer(letterId, answer);
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
  revalidatePath('/[locale]/staff/letters/[letterId]', 'page');
  return { status: 'done', message: 'answered' };
}
