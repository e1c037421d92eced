'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';

/** Rows of the form: holiday periods and make-up working days; blank rows are left out. */
function rows(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '').trim();
  const holidays = [];
  for (let i = 0; formData.has(`holidays.${i}.name`); i++) {
    const [zh, from, to] = [text(`holidays.${i}.name`), text(`holidays.${i}.from`), text(`holidays.${i}.to`)];
    if (zh || from || to) holidays.push({ name: { zh }, from, to: to || from });
  }
  const makeUpWorkdays = [];
  for (let i = 0; formData.has(`makeUpWorkdays.${i}.date`); i++) {
    const [date, zh] = [text(`makeUpWorkdays.${i}.date`), text(`makeUpWorkdays.${i}.name`)];
    if (date || zh) makeUpWorkdays.push({ date, name: { zh } });
  }
  return { holidays, makeUpWorkdays };
}

async function back(year: number, query: Record<string, string>): Promise<never> {
  redirect(
    getPathname({ href: { pathname: '/staff/calendar', query: { year, ...query } }, locale: await getLocale() }),
  );
}

/** The API's refusal as query parameters: the code and each field with its message. */
function refusal(error: unknown): Record<string, string> {
  if (isApiError(error) && (error.status === 400 || error.status === 422 || error.status === 409)) {
    const fields = fieldErrorsSchema.safeParse(error.details);
    const list = fields.success ? fields.data.fields.map((f) => `${f.field}: ${f.message}`) : [error.message];
    return { error: error.code, problems: list.join('\n').slice(0, 1500) };
  }
  if (isApiError(error, 401) || isApiError(error, 403)) return { error: 'FORBIDDEN' };
  console.error(JSON.stringify({ level: 'ERROR', action: 'calendar.save', error: String(error) }));
  return { error: 'GENERIC' };
}

/** Saves the year's schedule as a draft (a new version) and shows the year again. */
export async function saveCalendarDraft(formData: FormData): Promise<void> {
  const year = Number(formData.get('year'));
  const body = {
    revision: Number(formData.get('revision') ?? 0),
    reason: String(formData.get('reason') ?? '').trim(),
    notice: {
      number: String(formData.get('noticeNumber') ?? '').trim(),
      date: String(formData.get('noticeDate') ?? ''),
    },
    ...rows(formData),
  };
  let outcome: Record<string, string>;
  try {
    await api.saveCalendarDraft(year, body);
    outcome = { done: 'draft' };
  } catch (error) {
    outcome = refusal(error);
  }
  return back(year, outcome);
}

/** Publishes the year's draft: deadlines count with it from then on. */
export async function publishCalendar(formData: FormData): Promise<void> {
  const year = Number(formData.get('year'));
  const body = { revision: Number(formData.get('revision')), reason: String(formData.get('reason') ?? '').trim() };
  let outcome: Record<string, string>;
  try {
    await api.publishCalendar(year, body);
    outcome = { done: 'published' };
  } catch (error) {
    outcome = refusal(error);
  }
  return back(year, outcome);
}
