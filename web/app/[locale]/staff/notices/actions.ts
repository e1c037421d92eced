'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { noticesApi } from '@/lib/notices-api';
import { noticeKinds, type NoticeKind } from '../../../../../functions/src/notices/model';

/** What the form says; the API validates it (and names each bad field). */
function contentOf(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '').trim();
  const kind = noticeKinds.find((k) => k === text('kind')) ?? (text('kind') as NoticeKind);
  return {
    kind,
    title: text('title'),
    body: text('body'),
    ...(text('documentNumber') ? { documentNumber: text('documentNumber') } : {}),
    ...(text('interprets') ? { interprets: text('interprets') } : {}),
  };
}

async function go(pathname: string, query: Record<string, string>): Promise<never> {
  redirect(getPathname({ href: { pathname, query }, locale: await getLocale() }));
}

/** The API's refusal as query parameters: the code and each field with its message. */
function refusal(error: unknown): Record<string, string> {
  if (isApiError(error) && [400, 404, 409, 422].includes(error.status)) {
    const fields = fieldErrorsSchema.safeParse(error.details);
    const list = fields.success ? fields.data.fields.map((f) => `${f.field}: ${f.message}`) : [error.message];
    return { error: error.code, problems: list.join('\n').slice(0, 1500) };
  }
  if (isApiError(error, 401) || isApiError(error, 403)) return { error: 'FORBIDDEN' };
  console.error(JSON.stringify({ level: 'ERROR', action: 'notices.save', error: String(error) }));
  return { error: 'GENERIC' };
}

/** Drafts a new notice of the caller's department and opens it. */
export async function createNotice(formData: FormData): Promise<void> {
  let created: string | undefined;
  let outcome: Record<string, string> = {};
  try {
    created = (await noticesApi.create(contentOf(formData))).id;
  } catch (error) {
    outcome = refusal(error);
  }
  if (created) return go(`/staff/notices/${created}`, { done: 'created' });
  return go('/staff/notices', outcome);
}

/** Saves new content as a new version (at the version the form was read at). */
export async function saveNotice(formData: FormData): Promise<void> {
  const id = String(formData.get('id'));
  let outcome: Record<string, string>;
  try {
    await noticesApi.edit(id, { ...contentOf(formData), version: Number(formData.get('version')) });
    outcome = { done: 'edited' };
  } catch (error) {
    outcome = refusal(error);
  }
  return go(`/staff/notices/${id}`, outcome);
}

/** Publishes the notice (heads). */
export async function publishNotice(formData: FormData): Promise<void> {
  const id = String(formData.get('id'));
  let outcome: Record<string, string>;
  try {
    await noticesApi.publish(id, Number(formData.get('version')));
    outcome = { done: 'published' };
  } catch (error) {
    outcome = refusal(error);
  }
  return go(`/staff/notices/${id}`, outcome);
}

/** Withdraws the published notice with a reason (heads). */
export async function withdrawNotice(formData: FormData): Promise<void> {
  const id = String(formData.get('id'));
  let outcome: Record<string, string>;
  try {
    await noticesApi.withdraw(id, Number(formData.get('version')), String(formData.get('reason') ?? '').trim());
    outcome = { done: 'withdrawn' };
  } catch (error) {
    outcome = refusal(error);
  }
  return go(`/staff/notices/${id}`, outcome);
}
