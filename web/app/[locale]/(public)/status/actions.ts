'use server';

import { api, isApiError } from '@/lib/api';
import { caseLookupInputSchema, type CaseLookup } from '@/lib/api-schemas';

export interface LookupState {
  status: 'idle' | 'refused' | 'found';
  /** Message keys of the CaseLookup namespace. */
  message?: 'invalid' | 'notFound' | 'tooMany' | 'generic';
  errors?: { caseNumber?: 'caseNumberInvalid'; idTail?: 'idTailInvalid'; lookupCode?: 'lookupCodeInvalid' };
  values?: { caseNumber: string };
  result?: CaseLookup;
}

/**
 * Looks a case up by its number and the lookup code printed on the receipt (查询码) and/or the last six
 * characters of the applicant's ID number (POST, so they stay out of URLs and logs). Any mismatch is "not
 * found": the API tells nothing more.
 */
export async function lookUpCase(_previous: LookupState, data: FormData): Promise<LookupState> {
  const caseNumber = String(data.get('caseNumber') ?? '')
    .trim()
    .toUpperCase();
  const idTail = String(data.get('idTail') ?? '').trim();
  const lookupCode = String(data.get('lookupCode') ?? '').trim();
  const values = { caseNumber };
  const parsed = caseLookupInputSchema.safeParse({
    caseNumber,
    ...(idTail ? { idTail } : {}),
    ...(lookupCode ? { lookupCode } : {}),
  });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      status: 'refused',
      message: 'invalid',
      values,
      errors: {
        ...(fields.has('caseNumber') ? { caseNumber: 'caseNumberInvalid' } : {}),
        ...(fields.has('idTail') ? { idTail: 'idTailInvalid' } : {}),
        ...(fields.has('lookupCode') ? { lookupCode: 'lookupCodeInvalid' } : {}),
      },
    };
  }
  try {
    return { status: 'found', values, result: await api.lookupCase(parsed.data) };
  } catch (error) {
    if (isApiError(error, 404)) return { status: 'refused', message: 'notFound', values };
    if (isApiError(error, 429)) return { status: 'refused', message: 'tooMany', values };
    if (isApiError(error, 400)) return { status: 'refused', message: 'invalid', values };
    console.error(JSON.stringify({ level: 'ERROR', action: 'cases.lookup', error: String(error) }));
    return { status: 'refused', message: 'generic', values };
  }
}
