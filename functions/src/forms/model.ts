import { z } from 'zod';

/**
 * An application form (通用电子表单) defined by a schema: sections of typed fields with bilingual labels.
 * The portal renders it, the API validates answers against it (validate.ts), and the PDF renderer draws
 * it blank, as a filled sample (from each field's `example`) or filled with an applicant's answers.
 */

const text = (max: number) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);
const bilingual = (max: number) => z.object({ zh: text(max), en: text(max) });

import { formFieldTypes, prefillSources, prefillTypes, type FormFieldType } from './field-types.js';

export {
  formFieldTypes,
  isRegistrySource,
  prefillSources,
  prefillTypes,
  registryPrefillSources,
} from './field-types.js';
export type { FormFieldType, PrefillSource, RegistryPrefillSource } from './field-types.js';

const fieldId = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'a field id in camelCase such as spouseName');
const optionValue = z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'an option value such as full-time');

export const formOption = z.object({ value: optionValue, label: bilingual(60) });

/** A value a form holds for one field: text, a number, or a checkbox's true/false. */
export const formValue = z.union([z.string().max(4000), z.number().finite(), z.boolean()]);
export type FormValue = z.infer<typeof formValue>;

export const formField = z.object({
  id: fieldId,
  type: z.enum(formFieldTypes),
  label: bilingual(60),
  help: bilingual(200).optional(),
  required: z.boolean(),
  /** text and textarea: length in characters. */
  minLength: z.number().int().min(0).max(4000).optional(),
  maxLength: z.number().int().min(1).max(4000).optional(),
  /** number: inclusive bounds. */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  /** date: must lie in the past (a birth date) or the future (an appointment), in China's calendar. */
  when: z.enum(['past', 'future']).optional(),
  /** select and radio: the choices. */
  options: z.array(formOption).min(2).max(60).optional(),
  prefill: z.enum(prefillSources).optional(),
  /**
   * A text field holding a person's name or address (personal data shown masked to staff); ID numbers,
   * mobile numbers, e-mail addresses and fields prefilled with the name are personal by their type.
   */
  personal: z.enum(['name', 'address']).optional(),
  /** The value the filled sample (填写示例) shows. */
  example: formValue.optional(),
  /**
   * date: the sample's date as a number of days from the day it is shown (China's calendar), for a date
   * that must lie in the past or the future and so cannot be fixed; resolved into `example` when served.
   */
  exampleDays: z.number().int().min(-36_500).max(36_500).optional(),
  /** Shown (and validated) only when another, earlier field has this value. */
  showWhen: z.object({ field: fieldId, equals: z.union([optionValue, z.boolean()]) }).optional(),
});
export type FormField = z.infer<typeof formField>;

export const formSection = z.object({
  id: fieldId,
  title: bilingual(60),
  fields: z.array(formField).min(1).max(40),
});
export type FormSection = z.infer<typeof formSection>;

const choiceTypes: readonly FormFieldType[] = ['select', 'radio'];
const lengthTypes: readonly FormFieldType[] = ['text', 'textarea'];

/** A relative example belongs to a date field and lies on the side of today its `when` asks for. */
function exampleDaysIssue(field: FormField, issue: (message: string, ...path: string[]) => void): void {
  const days = field.exampleDays ?? 0;
  if (field.type !== 'date') issue('only date fields have exampleDays', 'exampleDays');
  else if (field.when === 'future' && days <= 0) issue('a future date needs exampleDays above 0', 'exampleDays');
  else if (field.when === 'past' && days > 0) issue('a past date needs exampleDays of 0 or less', 'exampleDays');
}

/** The rules across fields, each reported at the path of the field that breaks it. */
function checkForm(form: { sections: FormSection[] }, ctx: z.RefinementCtx): void {
  const seen = new Map<string, FormField>();
  const sectionIds = new Set<string>();
  form.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `section id ${section.id} is used twice` });
    }
    sectionIds.add(section.id);
    section.fields.forEach((field, f) => {
      const at = (...rest: (string | number)[]) => ['sections', s, 'fields', f, ...rest];
      const issue = (message: string, ...rest: (string | number)[]) =>
        ctx.addIssue({ code: 'custom', path: at(...rest), message: `${field.id}: ${message}` });
      if (seen.has(field.id)) issue('this field id is used twice', 'id');
      const isChoice = choiceTypes.includes(field.type);
      if (isChoice && !field.options) issue(`a ${field.type} field needs options`, 'options');
      if (!isChoice && field.options) issue(`only select and radio fields have options`, 'options');
      if (field.options && new Set(field.options.map((o) => o.value)).size !== field.options.length) {
        issue('each option value at most once', 'options');
      }
      if ((field.minLength !== undefined || field.maxLength !== undefined) && !lengthTypes.includes(field.type)) {
        issue('only text and textarea fields have a length', 'maxLength');
      }
      if ((field.minLength ?? 0) > (field.maxLength ?? Infinity)) issue('minLength exceeds maxLength', 'minLength');
      if ((field.min !== undefined || field.max !== undefined) && field.type !== 'number') {
        issue('only number fields have min and max', 'min');
      }
      if ((field.min ?? -Infinity) > (field.max ?? Infinity)) issue('min exceeds max', 'min');
      if (field.when && field.type !== 'date') issue('only date fields have when', 'when');
      if (field.prefill && !prefillTypes[field.prefill].includes(field.type)) {
        issue(`prefill ${field.prefill} fits a ${prefillTypes[field.prefill].join(' or ')} field`, 'prefill');
      }
      if (field.type === 'checkbox' && field.example !== undefined && typeof field.example !== 'boolean') {
        issue('the example of a checkbox is true or false', 'example');
      }
      if (field.exampleDays !== undefined) exampleDaysIssue(field, issue);
      if (field.showWhen) {
        const target = seen.get(field.showWhen.field);
        if (!target) {
          issue(`showWhen refers to ${field.showWhen.field}, which is not an earlier field`, 'showWhen', 'field');
        } else if (target.type === 'checkbox' ? typeof field.showWhen.equals !== 'boolean' : !target.options) {
          issue(`showWhen needs a checkbox, select or radio field`, 'showWhen', 'field');
        } else if (target.options && !target.options.some((o) => o.value === field.showWhen!.equals)) {
          issue(`${String(field.showWhen.equals)} is not an option of ${target.id}`, 'showWhen', 'equals');
        }
      }
      seen.set(field.id, field);
    });
  });
}

const formFields = z.object({
  title: bilingual(80),
  sections: z.array(formSection).min(1).max(10),
});

/** An application form's schema, as part of a service item. */
export const formSchema = formFields.superRefine(checkForm);
export type FormSchema = z.infer<typeof formSchema>;

/** A form's answers: field id → value. Fields hidden by `showWhen` and empty fields may be left out. */
export const formAnswers = z.record(fieldId, formValue);
export type FormAnswers = z.infer<typeof formAnswers>;

/** The body of `PUT /api/forms/{code}/draft`. */
export const draftInput = z.object({
  answers: formAnswers,
  /** The draft version the client read; 0 for a new draft. */
  version: z.number().int().min(0),
});
export type DraftInput = z.infer<typeof draftInput>;

/** A saved draft, as the API shows it to its owner. */
export const draftView = z.object({
  answers: formAnswers,
  version: z.number().int().min(1),
  /** The item's published version the draft was filled against. */
  itemVersion: z.number().int().min(1),
  updatedAt: z.string(),
});
export type DraftView = z.infer<typeof draftView>;

/** The query of `GET /api/forms/{code}/draft`: `prefill=registry` is the citizen's consent to registry prefill. */
export const draftQuery = z.object({
  prefill: z.enum(['registry'], { message: 'registry (the consent to prefill from the person registry)' }).optional(),
});

/**
 * `GET /api/forms/{code}/draft`: the draft if there is one, else the answers the profile (and, with consent,
 * the person registry) fills in. `registry` says what became of a consented registry prefill: `used` (the
 * record was read), `unverified` (the account has no real-name-verified ID number), `not-found` (the registry
 * has no record of it), `not-needed` (the form has no open registry field); absent without consent.
 */
export const draftRead = z.object({
  draft: draftView.nullable(),
  prefill: formAnswers,
  /** The form has fields the person registry could fill (the portal offers the consent). */
  registryFields: z.boolean(),
  registry: z.enum(['used', 'unverified', 'not-found', 'not-needed']).optional(),
});
export type DraftRead = z.infer<typeof draftRead>;

export const formPdfQuery = z.object({
  mode: z.enum(['blank', 'sample'], { message: 'blank or sample' }).optional(),
  lang: z.enum(['zh', 'en'], { message: 'zh or en' }).optional(),
});
