'use server';

import { api, isApiError } from '@/lib/api';
import { newCaseSchema, uploadRequestSchema, type UploadTicket } from '@/lib/api-schemas';

export type ApplyMessage = 'invalid' | 'materialsNotReady' | 'generic' | 'forbidden' | 'signedOut';
export type ApplyFieldError = 'titleRequired' | 'detailsTooLong';

export interface ApplyState {
  status: 'idle' | 'error' | 'success';
  message?: ApplyMessage;
  errors?: { title?: ApplyFieldError; details?: ApplyFieldError };
  values?: { title: string; details: string };
  caseNumber?: string;
  caseId?: string;
}

function messageFor(error: unknown): ApplyMessage {
  if (isApiError(error, 401)) return 'signedOut';
  if (isApiError(error, 403)) return 'forbidden';
  if (isApiError(error) && error.code.startsWith('MATERIAL_')) return 'materialsNotReady';
  if (isApiError(error, 400) || isApiError(error, 422)) return 'invalid';
  return 'generic';
}

/** Registers a document with the API and returns where the browser should PUT the file. */
export async function requestUpload(
  input: unknown,
): Promise<{ ok: true; ticket: UploadTicket } | { ok: false; message: ApplyMessage }> {
  const parsed = uploadRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'invalid' };
  try {
    return { ok: true, ticket: await api.createUpload(parsed.data) };
  } catch (error) {
    if (!isApiError(error) || error.status >= 500)
      console.error(JSON.stringify({ level: 'ERROR', action: 'documents.createUpload', error: String(error) }));
    return { ok: false, message: messageFor(error) };
  }
}

/** Submits an application (idempotent by its submission token) and returns the new case number. */
export async function submitApplication(_previous: ApplyState, formData: FormData): Promise<ApplyState> {
  const values = { title: String(formData.get('title') ?? ''), details: String(formData.get('details') ?? '') };
  const parsed = newCaseSchema.safeParse({
    ...values,
    documentIds: formData.getAll('documentIds').map(String),
    submissionToken: formData.get('submissionToken'),
  });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      status: 'error',
      message: 'invalid',
      values,
      errors: {
        ...(fields.has('title') ? { title: 'titleRequired' } : {}),
        ...(fields.has('details') ? { details: 'detailsTooLong' } : {}),
      },
    };
  }
  try {
    const created = await api.createCase(parsed.data);
    return { status: 'success', caseNumber: created.caseNumber, caseId: created.caseId };
  } catch (error) {
    if (!isApiError(error) || error.status >= 500)
      console.error(JSON.stringify({ level: 'ERROR', action: 'cases.create', error: String(error) }));
    return { status: 'error', message: messageFor(error), values };
  }
}
