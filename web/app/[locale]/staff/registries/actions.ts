'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { apiErrorText } from '@/lib/api-error-text';
import type { PersonView } from '../../../../../functions/src/registries/model';

async function back(query: Record<string, string>): Promise<never> {
  redirect(getPathname({ href: { pathname: '/staff/registries', query }, locale: await getLocale() }));
}

/** Starts an import of the chosen CSV file and shows its outcome (progress, counts, error file). */
export async function startImport(formData: FormData): Promise<void> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return back({ error: 'file: choose a CSV file' });
  const importId = String(formData.get('importId') ?? '');
  let job;
  try {
    job = await api.startRegistryImport({
      registry: String(formData.get('registry') ?? ''),
      fileName: file.name,
      encoding: String(formData.get('encoding') ?? 'utf-8'),
      contentBase64: Buffer.from(await file.arrayBuffer()).toString('base64'),
      reason: String(formData.get('reason') ?? '').trim(),
      ...(importId ? { importId } : {}),
    });
  } catch (error) {
    return back({ error: (await apiErrorText(error)).slice(0, 500) });
  }
  return back({ import: job.id });
}

/** What the import form shows of a running import. */
export interface ImportProgressView {
  readonly status: string;
  readonly processed: number;
  readonly total: number;
  readonly rowsPerSecond: number;
  readonly etaSeconds?: number;
}

/** The progress of an import this form started (null until the job is recorded, or when it cannot be read). */
export async function importProgress(importId: string): Promise<ImportProgressView | null> {
  if (!/^[0-9a-f-]{36}$/.test(importId)) return null;
  try {
    const job = await api.getRegistryImport(importId);
    return {
      status: job.status,
      processed: job.processed,
      total: job.total,
      rowsPerSecond: job.rowsPerSecond,
      ...(job.etaSeconds === undefined ? {} : { etaSeconds: job.etaSeconds }),
    };
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export type LookupState =
  | { readonly status: 'idle' }
  | { readonly status: 'found'; readonly person: PersonView }
  | { readonly status: 'notFound' }
  | { readonly status: 'failed'; readonly message: string };

/** Looks a person up by exact ID number; the number travels in the request body, never in a URL. */
export async function lookupPerson(_previous: LookupState, formData: FormData): Promise<LookupState> {
  const idNumber = String(formData.get('idNumber') ?? '').trim();
  try {
    return { status: 'found', person: await api.lookupRegistryPerson(idNumber) };
  } catch (error) {
    if (isApiError(error, 404)) return { status: 'notFound' };
    return { status: 'failed', message: await apiErrorText(error) };
  }
}
