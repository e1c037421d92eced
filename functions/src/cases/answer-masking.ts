import type { FormAnswers, FormField } from '../forms/model.js';
import { maskName, maskPhone, maskResidentId } from '../platform/personal-data/masking.js';

/**
 * The one masking rule of a case's personal answers for staff (issue 13 §8): what the form schema knows to be
 * personal — names, ID numbers, mobile numbers, e-mail and postal addresses — is shown masked, in the case's
 * basic facts and its form section alike, unless a member of staff with the case in scope asks to see it in
 * full (`?reveal=true`, audited as `personal.unmask`). An answer the current form no longer describes is
 * masked whole: what cannot be classified is not shown. The applicant sees their own answers in full.
 */

export type PersonalKind = 'name' | 'id' | 'phone' | 'email' | 'address';

/** What kind of personal data a field holds, if any, by its type, its prefill and its `personal` mark. */
export function personalKindOf(field: Pick<FormField, 'type' | 'prefill' | 'personal'>): PersonalKind | undefined {
  if (field.type === 'resident-id' || field.prefill === 'idNumber') return 'id';
  if (field.type === 'mobile' || field.prefill === 'phone') return 'phone';
  if (field.type === 'email' || field.prefill === 'email') return 'email';
  if (field.prefill === 'name' || field.personal === 'name') return 'name';
  if (field.personal === 'address') return 'address';
  return undefined;
}

const stars = (n: number) => '*'.repeat(Math.max(n, 1));

/** `zhang@example.cn` → `z****@example.cn`. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return stars(email.length);
  return `${email.slice(0, 1)}****${email.slice(at)}`;
}

/** `广州市越秀区北京街道示例路1号` → `广州市越秀区****`: the city and district kept, the rest hidden. */
function maskAddress(address: string): string {
  const characters = Array.from(address.trim());
  return `${characters.slice(0, Math.min(6, Math.floor(characters.length / 2))).join('')}****`;
}

/** One value of a kind, masked; a value that is not text is hidden whole. */
export function maskValue(kind: PersonalKind | 'unknown', value: unknown): string {
  if (typeof value !== 'string') return '***';
  switch (kind) {
    case 'id':
      return maskResidentId(value);
    case 'phone':
      return maskPhone(value);
    case 'email':
      return maskEmail(value);
    case 'name':
      return maskName(value);
    case 'address':
      return maskAddress(value);
    default:
      return stars(Array.from(value).length);
  }
}

export interface MaskedAnswers {
  answers: FormAnswers;
  /** The ids of the answers shown masked, in the form's order. */
  maskedFields: string[];
}

/** The answers with every personal one masked (see the module's rule), given the form's fields. */
export function maskAnswers(fields: readonly FormField[], answers: FormAnswers): MaskedAnswers {
  const kinds = new Map(fields.map((f) => [f.id, personalKindOf(f)]));
  const masked: FormAnswers = {};
  const maskedFields: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const known = kinds.has(id);
    const kind = kinds.get(id);
    if (known && kind === undefined) {
      masked[id] = value;
      continue;
    }
    if (value === '' || value === null || value === undefined) {
      masked[id] = value;
      continue;
    }
    masked[id] = maskValue(kind ?? 'unknown', value);
    maskedFields.push(id);
  }
  return { answers: masked, maskedFields };
}

/** The answers that name the applicant: a person, or an organisation's contact. */
export const applicantNameFields = ['applicantName', 'organisationName', 'contactName'] as const;

/** The applicant's full name as the form gives it (for the papers addressed to them). */
export function applicantNameOf(answers: FormAnswers): string {
  for (const id of applicantNameFields) {
    const value = answers[id];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}
