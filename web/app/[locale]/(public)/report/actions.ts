'use server';

import { isApiError, type ApiError } from '@/lib/api';
import { gridApi, type GridEvent } from '@/lib/grid-api';

export interface ReportState {
  status: 'idle' | 'refused' | 'reported';
  /** Fields the API's schema refused (their messages are GridReport.errors.<field>). */
  errors?: string[];
  message?: 'invalid' | 'generic' | 'OUTSIDE_GRID';
  values?: Record<string, string>;
  event?: GridEvent;
}

const fields = ['category', 'description', 'lat', 'lng', 'address'] as const;

/** The fields the API's schema refused (INVALID_INPUT names each). */
function refusedFields(error: ApiError): string[] {
  const { fields: refused } = (error.details ?? {}) as { fields?: { field?: unknown }[] };
  const named: readonly string[] = [...fields, 'submissionToken'];
  return [...new Set((refused ?? []).map((f) => String(f.field)).filter((f) => named.includes(f)))];
}

/**
 * Sends the citizen's report; the API checks it (its schema is not bundled into the portal: its NodeNext imports
 * would need aliases), and each field it refuses shows its message beside the field.
 */
export async function reportProblem(_previous: ReportState, data: FormData): Promise<ReportState> {
  const values = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '').trim()]));
  const input = {
    category: values.category,
    description: values.description,
    lat: values.lat === '' ? undefined : values.lat,
    lng: values.lng === '' ? undefined : values.lng,
    ...(values.address ? { address: values.address } : {}),
    submissionToken: String(data.get('submissionToken') ?? ''),
  };
  try {
    return { status: 'reported', event: await gridApi.report(input) };
  } catch (error) {
    if (isApiError(error, 422) && error.code === 'OUTSIDE_GRID') {
      return { status: 'refused', message: 'OUTSIDE_GRID', errors: ['lat', 'lng'], values };
    }
    if (isApiError(error, 400)) return { status: 'refused', message: 'invalid', errors: refusedFields(error), values };
    console.error(JSON.stringify({ level: 'ERROR', action: 'grid.report', error: String(error) }));
    return { status: 'refused', message: 'generic', values };
  }
}
