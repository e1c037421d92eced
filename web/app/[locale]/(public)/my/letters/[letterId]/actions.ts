'use server';

import { revalidatePath } from 'next/cache';
import type { FeedbackState } from '@/components/letter-feedback';
import { lettersApi } from '@/lib/letters-api';
import { feedbackRefusal, ratingOf, reasonOf } from '../../../letter-feedback-input';

const letterIdOf = (data: FormData) => String(data.get('letterId') ?? '');

/** Rates my letter's latest answer. */
export async function rateMine(_previous: FeedbackState, data: FormData): Promise<FeedbackState> {
  const rating = ratingOf(data);
  if (!rating) return { status: 'refused', message: 'satisfactionRequired' };
  try {
    await lettersApi.rate(letterIdOf(data), rating);
  } catch (error) {
    return feedbackRefusal(error);
  }
  revalidatePath('/[locale]/my/letters/[letterId]', 'page');
  return { status: 'done', message: 'rated' };
}

/** Reopens my letter with a reason. */
export async function reopenMine(_previous: FeedbackState, data: FormData): Promise<FeedbackState> {
  const reason = reasonOf(data);
  if (!reason) return { status: 'refused', message: 'reasonRequired' };
  try {
    await lettersApi.reopen(letterIdOf(data), { reason });
  } catch (error) {
    return feedbackRefusal(error);
  }
  revalidatePath('/[locale]/my/letters/[letterId]', 'page');
  return { status: 'done', message: 'reopened' };
}
