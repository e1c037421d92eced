'use server';

import { isApiError } from '@/lib/api';
import { lettersApi, type Letter } from '@/lib/letters-api';
import type { FeedbackState } from '@/components/letter-feedback';
import { feedbackRefusal, ratingOf, reasonOf } from '../../letter-feedback-input';

export interface FollowState {
  status: 'idle' | 'refused' | 'found';
  message?: 'notFound' | 'invalid' | 'generic';
  letter?: Letter;
  /** Kept in the page so the writer can rate or reopen without typing them again. */
  credentials?: { queryCode: string; password: string };
}

const credentialsOf = (data: FormData) => ({
  queryCode: String(data.get('queryCode') ?? '').trim(),
  password: String(data.get('password') ?? '').trim(),
});

/** An anonymous letter by its query code and password (POST, so they stay out of URLs and logs). */
export async function followLetter(_previous: FollowState, data: FormData): Promise<FollowState> {
  const credentials = credentialsOf(data);
  if (!credentials.queryCode || !credentials.password) return { status: 'refused', message: 'invalid' };
  try {
    return { status: 'found', letter: await lettersApi.follow(credentials), credentials };
  } catch (error) {
    if (isApiError(error, 404)) return { status: 'refused', message: 'notFound' };
    if (isApiError(error, 400)) return { status: 'refused', message: 'invalid' };
    console.error(JSON.stringify({ level: 'ERROR', action: 'letters.follow', error: String(error) }));
    return { status: 'refused', message: 'generic' };
  }
}

export async function rateFollowed(_previous: FeedbackState, data: FormData): Promise<FeedbackState> {
  const rating = ratingOf(data);
  if (!rating) return { status: 'refused', message: 'satisfactionRequired' };
  try {
    await lettersApi.followRate(credentialsOf(data), rating);
    return { status: 'done', message: 'rated' };
  } catch (error) {
    return feedbackRefusal(error);
  }
}

export async function reopenFollowed(_previous: FeedbackState, data: FormData): Promise<FeedbackState> {
  const reason = reasonOf(data);
  if (!reason) return { status: 'refused', message: 'reasonRequired' };
  try {
    await lettersApi.followReopen(credentialsOf(data), { reason });
    return { status: 'done', message: 'reopened' };
  } catch (error) {
    return feedbackRefusal(error);
  }
}
