import { streets } from '../registries/geography.js';
import type { FormFieldType, PrefillSource } from './field-types.js';

/**
 * What a person's registry record fills in a form (zod-free: the counter form's client bundle uses it too).
 * The API fills a citizen's own form from it after consent (forms/service.ts); the counter form fills the
 * walk-in applicant's form from the record the clerk looked up (GET /api/registries/persons/{idNumber}).
 */

/** The fields of a person record that prefill reads (a registry person view has at least these). */
export interface RegistryPersonFields {
  readonly name: string;
  readonly idNumber: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: string;
  readonly ethnicity?: string;
  readonly street: string;
  readonly community?: string;
  readonly address?: string;
  readonly phone?: string;
}

/** The part of a form field prefill looks at. */
interface PrefillField {
  readonly id: string;
  readonly type: FormFieldType;
  readonly prefill?: PrefillSource;
  readonly options?: readonly { readonly value: string }[];
}

const streetOf = (code: string) => streets.find((s) => s.code === code);

/** The value of each prefill source a person record holds (street and community as names, not codes). */
export function registrySourceValues(person: RegistryPersonFields): Partial<Record<PrefillSource, string>> {
  const street = streetOf(person.street);
  const community = street?.communities.find((c) => c.code === person.community);
  const values: Partial<Record<PrefillSource, string>> = {
    name: person.name,
    idNumber: person.idNumber,
    sex: person.sex,
    birthDate: person.birthDate,
    ethnicity: person.ethnicity,
    address: person.address,
    street: street?.name,
    community: community?.name,
    phone: person.phone,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}

/**
 * The answers `values` fill in: each field whose prefill source has a value, where `isOpen(field id)` (a
 * draft's answer does not win over it). A choice field is filled only with one of its options.
 */
export function prefillAnswers(
  fields: readonly PrefillField[],
  values: Partial<Record<PrefillSource, string>>,
  isOpen: (fieldId: string) => boolean = () => true,
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const field of fields) {
    const value = field.prefill ? values[field.prefill] : undefined;
    if (!value || !isOpen(field.id)) continue;
    if (field.options && !field.options.some((o) => o.value === value)) continue;
    answers[field.id] = value;
  }
  return answers;
}
