import { notFound } from 'next/navigation';
import { cache } from 'react';
import { api, isApiError } from './api';
import type { Guide } from './hall-schemas';

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

/**
 * A published guide for the hall's and the kiosk's guide pages, or the not-found page for a code that is
 * malformed or unknown (fetched once per request).
 */
export const publishedGuide = cache(async (code: string): Promise<Guide> => {
  if (!itemCodePattern.test(code)) notFound();
  try {
    return await api.getGuide(code);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
});

/** The item's form as PDF, blank or filled with the sample, on the portal's own origin (/api/* is the API's). */
export const formPdfHref = (code: string, mode: 'blank' | 'sample', locale: string) =>
  `/api/services/${encodeURIComponent(code)}/form.pdf?mode=${mode}&lang=${locale === 'zh-CN' ? 'zh' : 'en'}`;
