'use server';

import { getLocale } from 'next-intl/server';
import { answersFromFormData, editedFrom, formProblems, type EditedAnswers } from '@/components/application-answers';
import {
  materialsOfPost,
  refusalOf,
  type FormRefusal,
  type MaterialProblem,
  type PostedUploads,
} from '@/components/application-submission';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { z } from 'zod';
import { api, isApiError } from '@/lib/api';
import { counterCaseSchema, counterReliefSchema } from '@/lib/api-schemas';

const shownAccount = z.object({ ref: z.string(), nameMasked: z.string(), phoneMasked: z.string().optional() });
/** The account match the API shows for the form's ID number (functions/src/identity/account-match.ts). */
const accountMatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('verified'), account: shownAccount, others: z.array(shownAccount) }),
  z.object({ kind: z.enum(['unverified', 'ambiguous']), accounts: z.array(shownAccount) }),
]);
export type AccountMatchView = z.infer<typeof accountMatchSchema>;

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

/** 综合救助 at the counter (/staff/counter/relief): the household and programs checked before the form, if posted. */
function reliefOf(data: FormData) {
  const posted = data.get('relief');
  if (typeof posted !== 'string' || posted === '') return undefined;
  try {
    const parsed = counterReliefSchema.pick({ household: true, programs: true }).safeParse(JSON.parse(posted));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface CounterPickup {
  method: 'download' | 'station';
  street: string;
}

export interface CounterState extends Partial<FormRefusal> {
  status: 'idle' | 'refused' | 'confirm';
  /** The account the ID number leads to, shown so the clerk confirms with the applicant (issue 10 §2). */
  accountMatch?: AccountMatchView;
  /** What was posted, to refill the form when the browser runs no script. */
  answers?: EditedAnswers;
  uploads?: PostedUploads;
  pickup?: CounterPickup;
  identityChecked?: boolean;
  identityProblem?: boolean;
  pickupProblem?: boolean;
}

/**
 * Files the form at the counter (POST /api/counter/cases, or POST /api/counter/relief with the household and
 * programs of 综合救助) for the citizen in front of the clerk: the same
 * form and material checks as the API, plus the clerk's confirmation that they checked the ID card. On
 * success the browser goes to the receipt page; a retry with the same submission token finds the same case.
 */
export async function fileCounterCase(_previous: CounterState, data: FormData): Promise<CounterState> {
  const itemCode = String(data.get('itemCode') ?? '');
  if (!itemCodePattern.test(itemCode)) return { status: 'refused', message: 'generic' };
  const scripted = data.get('js') === '1';
  const pickup: CounterPickup = {
    method: data.get('pickup') === 'station' ? 'station' : 'download',
    street: String(data.get('street') ?? ''),
  };
  const identityChecked = data.get('identityChecked') === 'true';
  const joinAnswer = String(data.get('joinAccount') ?? '');
  const joinAccount = joinAnswer === '' ? undefined : joinAnswer === 'none' ? false : joinAnswer;

  let guide;
  try {
    guide = await api.getCounterGuide(itemCode);
  } catch (error) {
    return { status: 'refused', ...refusalOf(error, [], 'services.get') };
  }
  const answers = answersFromFormData(guide.form, data);
  const materials = await materialsOfPost(guide.materials.length, data, scripted);
  const echo = {
    answers: editedFrom(answers),
    pickup,
    identityChecked,
    ...(scripted ? {} : { uploads: materials.uploads }),
  };
  const problems = formProblems(guide.form, answers, { complete: true });
  const materialProblems: Record<number, MaterialProblem> = {};
  guide.materials.forEach((material, index) => {
    if (material.required && !materials.send.some((m) => m.material === index)) materialProblems[index] = 'missing';
  });
  const pickupProblem = pickup.method === 'station' && pickup.street === '';
  if (problems.length > 0 || Object.keys(materialProblems).length > 0 || !identityChecked || pickupProblem) {
    return {
      status: 'refused',
      message: 'invalid',
      problems,
      materialProblems,
      identityProblem: !identityChecked,
      pickupProblem,
      ...echo,
    };
  }

  const input = counterCaseSchema.safeParse({
    itemCode,
    answers,
    materials: materials.send,
    pickup: pickup.method === 'station' ? { method: 'station', street: pickup.street } : { method: 'download' },
    submissionToken: data.get('submissionToken'),
    identityChecked,
    ...(joinAccount === undefined ? {} : { joinAccount }),
  });
  const relief = reliefOf(data);
  if (!input.success || relief === null) return { status: 'refused', message: 'invalid', ...echo };
  let caseId: string;
  try {
    const { itemCode: _item, ...application } = input.data;
    const filed = relief
      ? await api.fileReliefAtCounter({ ...application, ...relief })
      : await api.fileAtCounter(input.data);
    caseId = filed.caseId;
  } catch (error) {
    if (isApiError(error, 409) && ['ACCOUNT_CONFIRMATION_REQUIRED', 'ACCOUNT_MATCH_CHANGED'].includes(error.code)) {
      const match = accountMatchSchema.safeParse(
        (error.details as { accountMatch?: unknown } | undefined)?.accountMatch,
      );
      if (match.success) return { status: 'confirm', accountMatch: match.data, ...echo };
    }
    const route = relief ? 'cases.fileReliefAtCounter' : 'cases.fileAtCounter';
    return { status: 'refused', ...refusalOf(error, materials.send, route), ...echo };
  }
  redirect(getPathname({ href: `/staff/counter/filed/${encodeURIComponent(caseId)}`, locale: await getLocale() }));
}
