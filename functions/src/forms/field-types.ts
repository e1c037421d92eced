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
export const prefillSources = ['name', 'idNumber', 'phone', 'email'] as const;
export type PrefillSource = (typeof prefillSources)[number];

/** Which field types each prefill source fits. */
export const prefillTypes: Record<PrefillSource, readonly FormFieldType[]> = {
  name: ['text'],
  idNumber: ['resident-id'],
  phone: ['mobile'],
  email: ['email'],
};
