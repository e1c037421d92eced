'use server';

import { getLocale } from 'next-intl/server';
import { answersFromFormData, editedFrom, formProblems, type EditedAnswers } from '@/components/application-answers';
import {
  materialsOfPost,
  refusalOf,
  type FormMessage,
  type FormRefusal,
  type PostedUploads,
} from '@/components/application-submission';
import { redirect } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { ratingSchema } from '@/lib/api-schemas';

const caseIdPattern = /^[0-9a-f-]{36}$/i;
const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

export interface CorrectionState extends Partial<FormRefusal> {
  status: 'idle' | 'refused';
  answers?: EditedAnswers;
  uploads?: PostedUploads;
}

async function backToCase(caseId: string, done: 'corrected' | 'rated'): Promise<never> {
  return redirect({ href: `/my/cases/${encodeURIComponent(caseId)}?${done}=1`, locale: await getLocale() });
}

/**
 * Sends the correction (补正) a case waits for: the corrected answers (checked with the form's rules first)
 * and, if any were uploaded, new materials (which replace the old ones), with the case version that was
 * read (409 CASE_STALE when it changed). Back to the case page when it went through.
 */
export async function sendCorrection(_previous: CorrectionState, data: FormData): Promise<CorrectionState> {
  const caseId = String(data.get('caseId') ?? '');
  const itemCode = String(data.get('itemCode') ?? '');
  const version = Number(data.get('version'));
  if (!caseIdPattern.test(caseId) || !itemCodePattern.test(itemCode) || !Number.isInteger(version)) {
    return { status: 'refused', message: 'generic' };
  }
  const scripted = data.get('js') === '1';
  let guide;
  try {
    guide = await api.getApplicationGuide(itemCode);
  } catch (error) {
    return { status: 'refused', ...refusalOf(error, [], 'services.get') };
  }
  const answers = answersFromFormData(guide.form, data);
  const materials = await materialsOfPost(guide.materials.length, data, scripted);
  const echo = { answers: editedFrom(answers), ...(scripted ? {} : { uploads: materials.uploads }) };
  const problems = formProblems(guide.form, answers, { complete: true });
  if (problems.length > 0) return { status: 'refused', message: 'invalid', problems, ...echo };
  try {
    await api.sendCorrection(caseId, { answers, materials: materials.send, version });
  } catch (error) {
    return { status: 'refused', ...refusalOf(error, materials.send, 'cases.correct'), ...echo };
  }
  return backToCase(caseId, 'corrected');
}

export interface RatingState {
  status: 'idle' | 'refused';
  message?: FormMessage | 'scoreRequired' | 'alreadyRated' | 'notFinished';
  comment?: string;
}

/** Rates a finished case once: 1–5 and an optional comment. Back to the case page when it went through. */
export async function rateCase(_previous: RatingState, data: FormData): Promise<RatingState> {
  const caseId = String(data.get('caseId') ?? '');
  const comment = String(data.get('comment') ?? '').slice(0, 500);
  if (!caseIdPattern.test(caseId)) return { status: 'refused', message: 'generic' };
  const parsed = ratingSchema.safeParse({ score: Number(data.get('score')), comment });
  if (!parsed.success) return { status: 'refused', message: 'scoreRequired', comment };
  try {
    await api.rateCase(caseId, parsed.data);
  } catch (error) {
    if (isApiError(error) && error.code === 'ALREADY_RATED') return { status: 'refused', message: 'alreadyRated' };
    if (isApiError(error) && error.code === 'NOT_FINISHED') return { status: 'refused', message: 'notFinished' };
    return { status: 'refused', message: refusalOf(error, [], 'cases.rate').message, comment };
  }
  return backToCase(caseId, 'rated');
}
