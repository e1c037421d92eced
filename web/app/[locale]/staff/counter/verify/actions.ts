'use server';

import { api, isApiError } from '@/lib/api';
import type { VerificationResult } from '../../../../../../functions/src/certificates/model';

export type StaffVerifyState =
  { status: 'idle' } | { status: 'empty' } | { status: 'failed' } | { status: 'checked'; result: VerificationResult };

/**
 * A counter clerk checks a certificate a citizen shows on a phone: what the QR code holds (the /verify link
 * with the credential after `#`, or the credential itself) goes to the API, which audits the verification.
 */
export async function verifyShownCertificate(_prev: StaffVerifyState, data: FormData): Promise<StaffVerifyState> {
  const raw = String(data.get('credential') ?? '').trim();
  const credential = raw.includes('#') ? raw.slice(raw.indexOf('#') + 1) : raw;
  if (!credential) return { status: 'empty' };
  try {
    return { status: 'checked', result: await api.verifyCertificate(credential.slice(0, 8000)) };
  } catch (error) {
    if (isApiError(error, 400)) return { status: 'checked', result: { status: 'malformed', valid: false } };
    return { status: 'failed' };
  }
}
