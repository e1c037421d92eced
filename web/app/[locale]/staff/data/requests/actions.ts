'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { dataApi } from '@/lib/data-api';

/** The fields of the request form the API may name as invalid. */
export type RequestField = 'fields' | 'purpose' | 'legalBasis' | 'periodFrom' | 'periodTo';
const requestFields: readonly string[] = ['fields', 'purpose', 'legalBasis', 'periodFrom', 'periodTo'];

export interface RequestFormState {
  status: 'idle' | 'refused';
  invalid?: RequestField[];
  /** A DataRequests.message.* key. */
  message?: 'notShared' | 'ownDepartment' | 'forbidden' | 'generic';
  values?: { purpose: string; legalBasis: string; periodFrom: string; periodTo: string; fields: string[] };
}

function invalidFields(details: unknown): RequestField[] {
  const parsed = fieldErrorsSchema.safeParse(details);
  return (parsed.success ? parsed.data.fields.map((f) => f.field.split('.')[0]!) : []).filter((f): f is RequestField =>
    requestFields.includes(f),
  );
}

/** Requests a resource for my department (POST /api/data/requests); then shows the request. */
export async function createDataRequest(_previous: RequestFormState, data: FormData): Promise<RequestFormState> {
  const values = {
    purpose: String(data.get('purpose') ?? '').trim(),
    legalBasis: String(data.get('legalBasis') ?? '').trim(),
    periodFrom: String(data.get('periodFrom') ?? ''),
    periodTo: String(data.get('periodTo') ?? ''),
    fields: data.getAll('fields').map(String),
  };
  let requestId: string;
  try {
    const created = await dataApi.createRequest({ resourceId: String(data.get('resourceId') ?? ''), ...values });
    requestId = created.requestId;
  } catch (error) {
    if (isApiError(error, 400)) {
      const invalid = invalidFields(error.details);
      return { status: 'refused', invalid: invalid.length > 0 ? invalid : ['fields'], values };
    }
    if (isApiError(error, 422)) {
      const message = error.code === 'DATA_NOT_SHARED' ? 'notShared' : 'ownDepartment';
      return { status: 'refused', message, values };
    }
    if (isApiError(error, 401) || isApiError(error, 403)) return { status: 'refused', message: 'forbidden', values };
    console.error(JSON.stringify({ level: 'ERROR', action: 'data-sharing.createRequest', error: String(error) }));
    return { status: 'refused', message: 'generic', values };
  }
  revalidatePath('/staff/data/requests');
  redirect(getPathname({ href: `/staff/data/requests/${requestId}`, locale: await getLocale() }));
}

export interface DecideState {
  status: 'idle' | 'refused';
  /** A DataRequests.decideMessage.* key. */
  message?: 'opinionRequired' | 'stale' | 'decided' | 'forbidden' | 'generic';
  opinion?: string;
}

/** The owner's head grants or refuses (POST /api/data/requests/{id}/decision); the page shows the outcome. */
export async function decideDataRequest(_previous: DecideState, data: FormData): Promise<DecideState> {
  const requestId = String(data.get('requestId') ?? '');
  const opinion = String(data.get('opinion') ?? '').trim();
  const decision = String(data.get('decision') ?? '');
  try {
    await dataApi.decideRequest(requestId, { decision, opinion, version: Number(data.get('version')) });
  } catch (error) {
    if (isApiError(error, 400)) return { status: 'refused', message: 'opinionRequired', opinion };
    if (isApiError(error, 409)) {
      return { status: 'refused', message: error.code === 'DATA_REQUEST_STALE' ? 'stale' : 'decided', opinion };
    }
    if (isApiError(error, 401) || isApiError(error, 403) || isApiError(error, 404)) {
      return { status: 'refused', message: 'forbidden', opinion };
    }
    console.error(JSON.stringify({ level: 'ERROR', action: 'data-sharing.decideRequest', error: String(error) }));
    return { status: 'refused', message: 'generic', opinion };
  }
  revalidatePath(`/staff/data/requests/${requestId}`);
  redirect(
    getPathname({
      href: { pathname: `/staff/data/requests/${requestId}`, query: { decided: decision } },
      locale: await getLocale(),
    }),
  );
}
