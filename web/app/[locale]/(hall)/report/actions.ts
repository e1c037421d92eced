'use server';

import { isApiError, type ApiError } from '@/lib/api';
import { gridApi, type GridEvent } from '@/lib/grid-api';
import { photoRefusalOf, postedPhotos, uploadPhotos, type PhotoRefusal } from '@/components/grid-photo-uploads';

export interface ReportState {
  status: 'idle' | 'refused' | 'reported';
  /** Fields the API's schema refused (their messages are GridReport.errors.<field>). */
  errors?: string[];
  message?: 'invalid' | 'generic' | 'OUTSIDE_GRID';
  values?: Record<string, string>;
  event?: GridEvent;
  /** A photo that could not be sent (the report was not written; choose the photos again). */
  photo?: PhotoRefusal;
}

const fields = ['category', 'description', 'lat', 'lng', 'address'] as const;

/** The fields the API's schema refused (INVALID_INPUT names each). */
function refusedFields(error: ApiError): string[] {
  const { fields: refused } = (error.details ?? {}) as { fields?: { field?: unknown }[] };
  const named: readonly string[] = [...fields, 'submissionToken'];
  return [...new Set((refused ?? []).map((f) => String(f.field)).filter((f) => named.includes(f)))];
}

/**
 * Sends a report — a citizen's on /report, an inspector's on /staff/grid/report, or one a phone kept while it was
 * offline and sends now: its photos are uploaded through the documents' checked path first, then the API checks
 * the report (its schema is not bundled into the portal: its NodeNext imports would need aliases), and each
 * field it refuses shows its message beside the field. The same submission token sent again is the same event.
 */
export async function reportProblem(_previous: ReportState, data: FormData): Promise<ReportState> {
  const values = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '').trim()]));
  const files = postedPhotos(data);
  const uploaded = await uploadPhotos(files);
  if (!uploaded.ok) return { status: 'refused', photo: uploaded.refusal, values };
  const input = {
    category: values.category,
    description: values.description,
    // Without a place, the API takes the one the first photo records (and names lat/lng when none does).
    lat: values.lat === '' ? undefined : values.lat,
    lng: values.lng === '' ? undefined : values.lng,
    ...(values.address ? { address: values.address } : {}),
    ...(uploaded.documentIds.length > 0 ? { photos: uploaded.documentIds } : {}),
    submissionToken: String(data.get('submissionToken') ?? ''),
  };
  try {
    return { status: 'reported', event: await gridApi.report(input) };
  } catch (error) {
    if (isApiError(error, 422) && error.code === 'OUTSIDE_GRID') {
      return { status: 'refused', message: 'OUTSIDE_GRID', errors: ['lat', 'lng'], values };
    }
    const photo = photoRefusalOf(error, files);
    if (photo) return { status: 'refused', photo, values };
    if (isApiError(error, 400)) return { status: 'refused', message: 'invalid', errors: refusedFields(error), values };
    console.error(JSON.stringify({ level: 'ERROR', action: 'grid.report', error: String(error) }));
    return { status: 'refused', message: 'generic', values };
  }
}
