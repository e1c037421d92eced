import type { FormField, FormSchema, FormValue } from '../../../functions/src/forms/model.js';
import type { Applicant, Person } from './people.js';
import type { SeededRandom } from './random.js';

/**
 * The answers a demo applicant gives on an item's form: who they are (from the applicant), the form's
 * sample answers for the rest, and dates placed relative to `today` (the clock at filing) so that a
 * field that must lie in the past or the future does.
 */

const dayMs = 86_400_000;
const shift = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

function person(applicant: Applicant): Person {
  return applicant.kind === 'person' ? applicant : applicant.contact;
}

/** The value a field takes from the applicant, or undefined when the form's sample answer will do. */
function fromApplicant(field: FormField, applicant: Applicant): FormValue | undefined {
  const who = person(applicant);
  switch (field.id) {
    case 'applicantType':
      return applicant.kind;
    case 'applicantName':
      return who.name;
    case 'idNumber':
      return who.idNumber;
    case 'mobile':
      return who.mobile;
    case 'email':
      return who.email;
    case 'organisationName':
      return applicant.kind === 'organisation' ? applicant.name : undefined;
    case 'creditCode':
      return applicant.kind === 'organisation' ? applicant.creditCode : undefined;
    case 'legalRepresentative':
      return applicant.kind === 'organisation' ? applicant.legalRepresentative : undefined;
    case 'contactName':
      return who.name;
    default:
      return undefined;
  }
}

function dateValue(field: FormField, random: SeededRandom, today: string): string | undefined {
  const example = typeof field.example === 'string' ? field.example : undefined;
  if (field.when === 'future') return example && example > today ? example : shift(today, random.int(14, 60));
  if (field.when === 'past') return example && example < today ? example : shift(today, -random.int(20, 120));
  return example;
}

function fallback(field: FormField, applicant: Applicant): FormValue | undefined {
  if (!field.required) return undefined;
  switch (field.type) {
    case 'number':
      return field.min ?? 1;
    case 'select':
    case 'radio':
      return field.options?.[0]?.value;
    case 'checkbox':
      return true;
    case 'resident-id':
      return person(applicant).idNumber;
    case 'mobile':
      return person(applicant).mobile;
    default:
      return '见附件';
  }
}

export function formAnswersFor(
  form: FormSchema,
  applicant: Applicant,
  random: SeededRandom,
  today: string,
): Record<string, FormValue> {
  const answers: Record<string, FormValue> = {};
  for (const field of form.sections.flatMap((s) => s.fields)) {
    if (field.showWhen && answers[field.showWhen.field] !== field.showWhen.equals) continue;
    // Walk-in applicants give no e-mail address; the sample's would not be theirs.
    if (field.id === 'email' && !person(applicant).email) continue;
    const value =
      fromApplicant(field, applicant) ??
      (field.type === 'date' ? dateValue(field, random, today) : field.example) ??
      fallback(field, applicant);
    if (field.id === 'remarks' && random.chance(0.7)) continue;
    if (value !== undefined) answers[field.id] = value;
  }
  return answers;
}
