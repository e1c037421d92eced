'use server';

import { revalidatePath } from 'next/cache';
import { isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { dataApi } from '@/lib/data-api';

/** A client's credentials, shown once (never stored by the portal). */
export interface Credentials {
  /** The id to present with the secret at the token endpoint (Cognito's app client id on AWS). */
  clientId: string;
  clientSecret: string;
  tokenEndpoint: string;
}

export interface ClientFormState {
  status: 'idle' | 'refused' | 'issued';
  invalid?: ('system' | 'contact')[];
  /** A MachineClients.message.* key. */
  message?: 'forbidden' | 'stale' | 'generic';
  values?: { system: string; contact: string };
  issued?: Credentials;
}

const path = '/staff/data/clients';

function refusal(error: unknown, action: string): ClientFormState {
  if (isApiError(error, 409) || isApiError(error, 404)) return { status: 'refused', message: 'stale' };
  if (isApiError(error, 401) || isApiError(error, 403)) return { status: 'refused', message: 'forbidden' };
  console.error(JSON.stringify({ level: 'ERROR', action, error: String(error) }));
  return { status: 'refused', message: 'generic' };
}

/** Registers a system of my department (POST /api/data/clients); its secret is shown this once. */
export async function registerClient(_previous: ClientFormState, data: FormData): Promise<ClientFormState> {
  const values = { system: String(data.get('system') ?? '').trim(), contact: String(data.get('contact') ?? '').trim() };
  try {
    const { tokenClientId, clientSecret, tokenEndpoint } = await dataApi.createClient(values);
    revalidatePath(path);
    return { status: 'issued', issued: { clientId: tokenClientId, clientSecret, tokenEndpoint } };
  } catch (error) {
    if (isApiError(error, 400)) {
      const fields = fieldErrorsSchema.safeParse(error.details);
      const invalid = (fields.success ? fields.data.fields.map((f) => f.field) : []).filter(
        (f): f is 'system' | 'contact' => f === 'system' || f === 'contact',
      );
      return { status: 'refused', invalid: invalid.length > 0 ? invalid : ['system', 'contact'], values };
    }
    return { ...refusal(error, 'data-sharing.createClient'), values };
  }
}

/** A new secret for a system (the old one stops working); shown this once. */
export async function rotateClient(_previous: ClientFormState, data: FormData): Promise<ClientFormState> {
  try {
    const { tokenClientId, clientSecret, tokenEndpoint } = await dataApi.rotateClient(
      String(data.get('clientId') ?? ''),
    );
    revalidatePath(path);
    return { status: 'issued', issued: { clientId: tokenClientId, clientSecret, tokenEndpoint } };
  } catch (error) {
    return refusal(error, 'data-sharing.rotateClient');
  }
}

/** Revokes a system: its tokens are refused from then on. */
export async function revokeClient(_previous: ClientFormState, data: FormData): Promise<ClientFormState> {
  try {
    await dataApi.revokeClient(String(data.get('clientId') ?? ''));
  } catch (error) {
    return refusal(error, 'data-sharing.revokeClient');
  }
  revalidatePath(path);
  return { status: 'idle' };
}
