'use server';

import { refresh } from 'next/cache';
import { api, isApiError } from '@/lib/api';
import {
  fieldErrorsSchema,
  profileUpdateSchema,
  residentIdMessages,
  type ProfileUpdate,
  type ResidentIdProblem,
} from '@/lib/api-schemas';

export type ProfileField = 'name' | 'phone' | 'idNumber' | 'email';
/** Message keys (Profile namespace) of a field's error. */
export type ProfileFieldError =
  'nameInvalid' | 'phoneInvalid' | 'emailInvalid' | 'idNumberInvalid' | `idNumber.${ResidentIdProblem}`;

export interface ProfileFormState {
  status: 'idle' | 'error' | 'saved' | 'stale';
  message?: 'invalid' | 'generic' | 'forbidden' | 'signedOut';
  errors?: Partial<Record<ProfileField, ProfileFieldError>>;
  /** What the user typed, to refill the form after an error (never the stored values). */
  values?: Partial<Record<ProfileField, string>>;
}

const problemOfMessage = new Map(
  Object.entries(residentIdMessages).map(([problem, message]) => [message, problem as ResidentIdProblem]),
);

function fieldError(field: ProfileField, message: string): ProfileFieldError {
  if (field === 'idNumber') {
    const problem = problemOfMessage.get(message);
    return problem ? `idNumber.${problem}` : 'idNumberInvalid';
  }
  return `${field}Invalid`;
}

function fieldErrors(issues: Array<{ field: string; message: string }>): ProfileFormState['errors'] {
  const errors: NonNullable<ProfileFormState['errors']> = {};
  for (const { field, message } of issues) {
    if (field === 'name' || field === 'phone' || field === 'idNumber' || field === 'email') {
      errors[field] ??= fieldError(field, message);
    }
  }
  return errors;
}

/**
 * Saves the profile. The stored phone and ID number are never sent to the browser, so a blank field keeps
 * the stored value (omitted), "remove" sends null, anything else replaces it. 409 means it changed elsewhere.
 */
export async function saveProfile(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const text = (name: ProfileField) => String(formData.get(name) ?? '').trim();
  const values = { name: text('name'), phone: text('phone'), idNumber: text('idNumber'), email: text('email') };
  const personal = (field: 'phone' | 'idNumber') =>
    formData.get(`remove-${field}`) === 'on' ? null : values[field] === '' ? undefined : values[field];
  const input: ProfileUpdate = {
    name: values.name,
    version: Number(formData.get('version')),
    ...(personal('phone') !== undefined ? { phone: personal('phone') } : {}),
    ...(personal('idNumber') !== undefined ? { idNumber: personal('idNumber') } : {}),
    ...(values.email ? { email: values.email } : {}),
  };
  const parsed = profileUpdateSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
    return { status: 'error', message: 'invalid', errors: fieldErrors(issues), values };
  }
  try {
    // The raw input, not the parsed one: the API normalises again and its schema is the authority.
    await api.saveProfile(input);
  } catch (error) {
    if (isApiError(error, 409)) return { status: 'stale', values };
    if (isApiError(error, 400)) {
      const details = fieldErrorsSchema.safeParse(error.details);
      return {
        status: 'error',
        message: 'invalid',
        errors: details.success ? fieldErrors(details.data.fields) : {},
        values,
      };
    }
    if (isApiError(error, 401)) return { status: 'error', message: 'signedOut', values };
    if (isApiError(error, 403)) return { status: 'error', message: 'forbidden', values };
    console.error(
      JSON.stringify({
        level: 'ERROR',
        action: 'identity.saveProfile',
        code: isApiError(error) ? error.code : 'UNKNOWN',
      }),
    );
    return { status: 'error', message: 'generic', values };
  }
  refresh();
  return { status: 'saved' };
}

export type RevealResult =
  { ok: true; phone?: string; idNumber?: string } | { ok: false; message: 'generic' | 'forbidden' | 'signedOut' };

/** The full phone and ID number, once, for this click only (the API audits it as personal.unmask). */
export async function revealProfile(): Promise<RevealResult> {
  try {
    const profile = await api.getProfile({ reveal: true });
    return {
      ok: true,
      ...(profile.phone ? { phone: profile.phone } : {}),
      ...(profile.idNumber ? { idNumber: profile.idNumber } : {}),
    };
  } catch (error) {
    if (isApiError(error, 401)) return { ok: false, message: 'signedOut' };
    if (isApiError(error, 403)) return { ok: false, message: 'forbidden' };
    return { ok: false, message: 'generic' };
  }
}
