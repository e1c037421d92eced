'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { draftInput } from '../../../../../../functions/src/catalog/model';

/** What the editor shows after a save: each problem at the path of its field, or that the draft was saved. */
export interface DraftState {
  status: 'idle' | 'saved' | 'invalid' | 'stale' | 'failed';
  /** Problems by dotted path (form.sections.0.fields.1.label.zh), the API's and the schema's alike. */
  errors: Record<string, string>;
  /** The item's revision after the save (send it with the next save or the publish). */
  version?: number;
}

/** The draft's problems by path, from the same schema the API checks drafts with. */
function schemaProblems(value: unknown): Record<string, string> {
  const parsed = draftInput.safeParse(value);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'draft'] ??= issue.message;
  return errors;
}

/**
 * Checks the editor's draft with the API's schema and, when it passes, saves it. The draft travels as JSON
 * in the `draft` field; `version` is the item's revision the editor read.
 */
export async function saveCatalogDraft(_previous: DraftState, formData: FormData): Promise<DraftState> {
  const code = String(formData.get('code') ?? '');
  let value: unknown;
  try {
    value = { ...JSON.parse(String(formData.get('draft') ?? '')), version: Number(formData.get('version') ?? 0) };
  } catch (error) {
    return { status: 'invalid', errors: { json: (error as Error).message } };
  }
  const errors = schemaProblems(value);
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors };
  try {
    const entry = await api.saveCatalogDraft(code, draftInput.parse(value));
    return { status: 'saved', errors: {}, version: entry.version };
  } catch (error) {
    if (isApiError(error, 409)) return { status: 'stale', errors: {} };
    if (isApiError(error, 400)) {
      const fields = fieldErrorsSchema.safeParse(error.details);
      const list = fields.success ? fields.data.fields : [{ field: 'draft', message: error.message }];
      return { status: 'invalid', errors: Object.fromEntries(list.map((f) => [f.field, f.message])) };
    }
    console.error(JSON.stringify({ level: 'ERROR', action: 'catalog.saveDraft', error: String(error) }));
    return { status: 'failed', errors: {} };
  }
}

/** Publishes the item's draft as its next version and shows the item again. */
export async function publishCatalogItem(formData: FormData): Promise<void> {
  const code = String(formData.get('code') ?? '');
  let outcome: string;
  try {
    await api.publishCatalogItem(code, Number(formData.get('version')));
    outcome = 'published';
  } catch (error) {
    outcome = isApiError(error, 409) ? 'stale' : isApiError(error, 404) ? 'noDraft' : 'failed';
    if (outcome === 'failed') {
      console.error(JSON.stringify({ level: 'ERROR', action: 'catalog.publish', error: String(error) }));
    }
  }
  redirect(
    getPathname({
      href: { pathname: `/staff/catalog/${encodeURIComponent(code)}`, query: { done: outcome } },
      locale: await getLocale(),
    }),
  );
}
