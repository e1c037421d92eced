'use server';

import { z } from 'zod';
import { api, isApiError } from '@/lib/api';
import { apiErrorText } from '@/lib/api-error-text';

export type CertificateActionState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: { reason?: 'reason'; validUntil?: 'validUntil' } }
  | { status: 'refused'; message: string }
  | { status: 'renewed'; number: string; validUntil: string }
  | { status: 'revoked' };

const reason = z.string().trim().min(2).max(500);
/** The new validity ends at the end of the chosen day, China time; the API checks it ends after now. */
const renewForm = z.object({ reason, validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

function invalidFields(error: unknown): CertificateActionState | undefined {
  if (!isApiError(error, 400)) return undefined;
  const fields = (error.details as { fields?: { field: string }[] } | undefined)?.fields ?? [];
  const named = new Set(fields.map((f) => f.field));
  if (!named.has('reason') && !named.has('validUntil')) return undefined;
  return {
    status: 'invalid',
    errors: {
      ...(named.has('reason') ? { reason: 'reason' } : {}),
      ...(named.has('validUntil') ? { validUntil: 'validUntil' } : {}),
    },
  };
}

async function refusal(error: unknown): Promise<CertificateActionState> {
  const invalid = invalidFields(error);
  if (invalid) return invalid;
  return { status: 'refused', message: await apiErrorText(error) };
}

/**
 * The issuing department renews a certificate checked on this page: a new certificate for the same holder
 * and type, the old one revoked as renewed. The API decides who may (404 for another department's).
 */
export async function renewCertificate(
  certificateId: string,
  _prev: CertificateActionState,
  data: FormData,
): Promise<CertificateActionState> {
  const parsed = renewForm.safeParse({ reason: data.get('reason') ?? '', validUntil: data.get('validUntil') ?? '' });
  if (!parsed.success) return invalidFormFields(parsed.error.issues);
  try {
    const { certificate } = await api.renewCertificate(certificateId, {
      reason: parsed.data.reason,
      validUntil: `${parsed.data.validUntil}T23:59:59+08:00`,
    });
    return { status: 'renewed', number: certificate.number, validUntil: certificate.validUntil ?? '' };
  } catch (error) {
    return refusal(error);
  }
}

/** The issuing department revokes a certificate checked on this page, with a reason. */
export async function revokeCertificate(
  certificateId: string,
  _prev: CertificateActionState,
  data: FormData,
): Promise<CertificateActionState> {
  const parsed = reason.safeParse(data.get('reason') ?? '');
  if (!parsed.success) return { status: 'invalid', errors: { reason: 'reason' } };
  try {
    await api.revokeCertificate(certificateId, parsed.data);
    return { status: 'revoked' };
  } catch (error) {
    return refusal(error);
  }
}

function invalidFormFields(issues: readonly { path: readonly PropertyKey[] }[]): CertificateActionState {
  const named = new Set(issues.map((i) => String(i.path[0])));
  return {
    status: 'invalid',
    errors: {
      ...(named.has('reason') ? { reason: 'reason' } : {}),
      ...(named.has('validUntil') ? { validUntil: 'validUntil' } : {}),
    },
  };
}
