// What the application form's fields post and how their problems read, shared by the browser (live
// validation) and the server actions (the same rules again, then the API's). Zod-free like the rules it uses.
import { formProblemMessage } from '../../functions/src/forms/messages';
import type { FormAnswers, FormSchema } from '../../functions/src/forms/model';
import { formFieldsOf, type FormProblem, type FormProblemCode } from '../../functions/src/forms/validate';

export type { FormAnswers, FormSchema };
export { formProblems, isShown } from '../../functions/src/forms/validate';

/** The language of a form's own texts (labels, help, options) for a page locale. */
export type FormLanguage = 'zh' | 'en';
export const formLanguage = (locale: string): FormLanguage => (locale === 'zh-CN' ? 'zh' : 'en');

/** What an input holds while the form is edited: text, or a checkbox's tick. */
export type EditedAnswers = Record<string, string | boolean>;

/** The input name (and element id) of a field. */
export const fieldInputId = (fieldId: string) => `answer-${fieldId}`;
/** The hidden inputs that carry a material's checked documents. */
export const materialInputName = (material: number) => `material-${material}`;
/** The file input of a material (posted only when the browser runs no script). */
export const materialFileName = (material: number) => `file-${material}`;
/** The select of a material an e-certificate can replace: the certificate chosen from the wallet, or none. */
export const materialCertificateName = (material: number) => `certificate-${material}`;

/** The answers a form post carries: text as typed, a ticked checkbox as true; empty fields left out. */
export function answersFromFormData(schema: Pick<FormSchema, 'sections'>, data: FormData): FormAnswers {
  const answers: FormAnswers = {};
  for (const field of formFieldsOf(schema)) {
    const value = data.get(fieldInputId(field.id));
    if (field.type === 'checkbox') {
      if (value === 'true') answers[field.id] = true;
    } else if (typeof value === 'string' && value.trim() !== '') {
      answers[field.id] = value.slice(0, 4000);
    }
  }
  return answers;
}

/** Stored answers (numbers included) as the inputs show them. */
export function editedFrom(answers: FormAnswers): EditedAnswers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, typeof value === 'number' ? String(value) : value]),
  );
}

/** Each field's problem (the first), worded in the page's language and naming the field by its label. */
export function problemMessages(
  schema: Pick<FormSchema, 'sections'>,
  problems: readonly FormProblem[],
  language: FormLanguage,
): Record<string, string> {
  const labels = new Map(formFieldsOf(schema).map((f) => [f.id, f.label[language]]));
  const messages: Record<string, string> = {};
  for (const problem of problems) {
    messages[problem.field] ??= formProblemMessage(problem, labels.get(problem.field) ?? problem.field, language);
  }
  return messages;
}

const problemCodes = new Set<string>([
  'required',
  'notTicked',
  'notText',
  'notNumber',
  'notBoolean',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooLarge',
  'notDate',
  'notPast',
  'notFuture',
  'notOption',
  'residentId',
  'mobile',
  'email',
  'unknownField',
]);

/** The problems of a 422 FORM_INVALID's `details.fields` (`answers.<id>`), to word them like ours. */
export function problemsFromApi(
  fields: readonly { field: string; code: string; limit?: number | undefined }[],
): FormProblem[] {
  return fields.flatMap((f) => {
    const id = f.field.replace(/^answers\./, '');
    if (!problemCodes.has(f.code)) return [];
    return [{ field: id, code: f.code as FormProblemCode, ...(f.limit !== undefined ? { limit: f.limit } : {}) }];
  });
}
