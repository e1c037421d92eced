'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { officialDocumentsApi } from '@/lib/official-documents-api';

/**
 * 立即归档 / Archive now, from the integrity check's "not archived" row: archives the document, then shows the
 * check again with the outcome (the number archived, or the API's refusal code).
 */
export async function archiveNow(formData: FormData): Promise<void> {
  const documentId = String(formData.get('documentId') ?? '');
  let outcome: Record<string, string>;
  try {
    outcome = { archived: (await officialDocumentsApi.archiveNow(documentId)).number };
  } catch (error) {
    if (!isApiError(error)) {
      console.error(JSON.stringify({ level: 'ERROR', action: 'official-documents.archiveNow', error: String(error) }));
    }
    outcome = { archiveError: isApiError(error) ? error.code : 'GENERIC' };
  }
  redirect(
    getPathname({
      href: { pathname: '/staff/official-documents/archive', query: { check: '1', ...outcome } },
      locale: await getLocale(),
    }),
  );
}
