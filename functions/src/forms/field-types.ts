/**
 * The form fields' types and prefill sources, without zod: the catalog editor's client bundle lists them, and
 * zod in a browser bundle probes \`new Function\`, which the portal's CSP refuses. model.ts re-exports them.
 */

export const formFieldTypes = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'resident-id',
  'mobile',
  'email',
] as const;
export type FormFieldType = (typeof formFieldTypes)[number];

/** Profile fields a form field may be filled from when a signed-in citizen opens the form. */
export const profilePrefillSources = ['name', 'idNumber', 'phone', 'email'] as const;

/**
 * Fields of the citizen's own record in the person registry (基础库). They fill a form only when the citizen
 * consents (使用基础库中的本人信息预填) and only from the record of their real-name-verified ID number; each such
 * read is audited. `sex` fills a radio or select with the options `male` and `female`; `street` and `community`
 * are names (北京街道, 北京街第一社区), not codes.
 */
export const registryPrefillSources = ['sex', 'birthDate', 'ethnicity', 'address', 'street', 'community'] as const;
export type RegistryPrefillSource = (typeof registryPrefillSources)[number];

export const prefillSources = [...profilePrefillSources, ...registryPrefillSources] as const;
export type PrefillSource = (typeof prefillSources)[number];

/** Which field types each prefill source fits. */
export const prefillTypes: Record<PrefillSource, readonly FormFieldType[]> = {
  name: ['text'],
  idNumber: ['resident-id'],
  phone: ['mobile'],
  email: ['email'],
  sex: ['radio', 'select'],
  birthDate: ['date'],
  ethnicity: ['text'],
  address: ['text', 'textarea'],
  street: ['text'],
  community: ['text'],
};

/** True for a source read from the person registry (needs the citizen's consent). */
export const isRegistrySource = (source: PrefillSource): source is RegistryPrefillSource =>
  (registryPrefillSources as readonly string[]).includes(source);
