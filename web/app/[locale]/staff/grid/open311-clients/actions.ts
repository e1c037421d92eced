'use server';

import { revalidatePath } from 'next/cache';
import { isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { gridApi } from '@/lib/grid-api';

export interface IssueState {
  status: 'idle' | 'refused' | 'issued';
  /** Fields the API refused (Open311Clients.invalid.*), and the values to show again. */
  invalid?: ('name' | 'contact')[];
  message?: 'forbidden' | 'generic';
  values?: { name: string; contact: string };
  /** The new client and its key: shown this once, never stored by the portal. */
  issued?: { keyId: string; name: string; apiKey: string };
}

export interface RevokeState {
  status: 'idle' | 'refused' | 'revoked';
  message?: 'already' | 'missing' | 'forbidden' | 'generic';
}

const path = '/staff/grid/open311-clients';

/** Issues a client its api_key (POST /api/grid/open311-clients); the page shows the key this once. */
export async function issueOpen311Client(_previous: IssueState, data: FormData): Promise<IssueState> {
  const values = { name: String(data.get('name') ?? '').trim(), contact: String(data.get('contact') ?? '').trim() };
  try {
    const { client, apiKey } = await gridApi.issueOpen311Client(values);
    revalidatePath(path);
    return { status: 'issued', issued: { keyId: client.keyId, name: client.name, apiKey } };
  } catch (error) {
    if (isApiError(error, 400)) {
      const fields = fieldErrorsSchema.safeParse(error.details);
      const invalid = (fields.success ? fields.data.fields.map((f) => f.field) : []).filter(
        (f): f is 'name' | 'contact' => f === 'name' || f === 'contact',
      );
      return { status: 'refused', invalid: invalid.length > 0 ? invalid : ['name', 'contact'], values };
    }
    if (isApiError(error, 401) || isApiError(error, 403)) return { status: 'refused', message: 'forbidden', values };
    console.error(JSON.stringify({ level: 'ERROR', action: 'grid.createOpen311Client', error: String(error) }));
    return { status: 'refused', message: 'generic', values };
  }
}

/** Revokes a client's key (POST …/{keyId}/revocation): its reports are refused from then on. */
export async function revokeOpen311Client(_previous: RevokeState, data: FormData): Promise<RevokeState> {
  try {
    await gridApi.revokeOpen311Client(String(data.get('keyId') ?? ''));
  } catch (error) {
    if (isApiError(error, 409)) return { status: 'refused', message: 'already' };
    if (isApiError(error, 404)) return { status: 'refused', message: 'missing' };
    if (isApiError(error, 401) || isApiError(error, 403)) return { status: 'refused', message: 'forbidden' };
    console.error(JSON.stringify({ level: 'ERROR', action: 'grid.revokeOpen311Client', error: String(error) }));
    return { status: 'refused', message: 'generic' };
  }
  revalidatePath(path);
  return { status: 'revoked' };
}
