import { isApiError } from '@/lib/api';
import type { FeedbackState } from '@/components/letter-feedback';

/** The rating a feedback form posted, or undefined without a score. */
export function ratingOf(data: FormData) {
  const satisfaction = Number(data.get('satisfaction'));
  if (!Number.isInteger(satisfaction) || satisfaction < 1 || satisfaction > 5) return undefined;
  return { satisfaction, comment: String(data.get('comment') ?? '').trim() };
}

/** A reopening's reason (at least 5 characters, as the API asks), or undefined. */
export function reasonOf(data: FormData) {
  const reason = String(data.get('reason') ?? '').trim();
  return reason.length >= 5 ? reason : undefined;
}

/** The message for a refused rating or reopening (the API's 409 codes name the reason). */
export function feedbackRefusal(error: unknown): FeedbackState {
  if (isApiError(error, 409)) {
    const known = ['ALREADY_RATED', 'NOT_ANSWERED', 'REOPEN_LIMIT', 'REOPEN_WINDOW_OVER'];
    return { status: 'refused', message: known.includes(error.code) ? error.code : 'generic' };
  }
  if (isApiError(error, 400)) return { status: 'refused', message: 'invalid' };
  if (isApiError(error, 404)) return { status: 'refused', message: 'notFound' };
  console.error(JSON.stringify({ level: 'ERROR', action: 'letters.feedback', error: String(error) }));
  return { status: 'refused', message: 'generic' };
}
