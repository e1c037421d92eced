import { getTranslations } from 'next-intl/server';
import { isApiError } from './api';

/**
 * A refusal of the API in the reader's language: its code's text (web/messages `ApiErrors`, one per code
 * of functions/src/platform/error-codes.ts), followed by the API's own detail for invalid input, which
 * names the field and what was wrong. Anything else reads as the generic server error.
 */
export async function apiErrorText(error: unknown): Promise<string> {
  const t = await getTranslations('ApiErrors');
  // Codes are checked against the messages at run time; the registry's unit test keeps both in step.
  const code = isApiError(error) ? (error.code as 'INTERNAL') : undefined;
  if (!code || !t.has(code)) return t('INTERNAL');
  const text = t(code);
  return isApiError(error, 400) || isApiError(error, 422) ? `${text}（${error.message}）` : text;
}
