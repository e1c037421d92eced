import { chinaDate } from '../platform/clock.js';
import type { FormAnswers, FormField, FormSchema, FormValue } from './model.js';
import { formFieldsOf } from './validate.js';

/**
 * The filled sample (填写示例) of a form, on a given day. A date that must lie in the past or the future
 * cannot be a fixed example (it goes stale), so such a field gives `exampleDays`, counted from the day the
 * sample is shown in China; everything else shows its `example` as written. "Today" defaults to the one
 * clock (platform/clock.ts).
 */

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date `days` after `date` (before it when negative); both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  if (!datePattern.test(date)) throw new RangeError(`not a date: ${date}`);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The value a field's sample shows on `today` (YYYY-MM-DD), or undefined when it has none. */
export function fieldExample(field: FormField, today: string = chinaDate()): FormValue | undefined {
  return field.exampleDays === undefined ? field.example : addDays(today, field.exampleDays);
}

/** The sample's answers on `today`: each field's example. */
export function sampleAnswers(schema: Pick<FormSchema, 'sections'>, today: string = chinaDate()): FormAnswers {
  const answers: FormAnswers = {};
  for (const field of formFieldsOf(schema)) {
    const example = fieldExample(field, today);
    if (example !== undefined) answers[field.id] = example;
  }
  return answers;
}

/** The form with every relative example resolved into `example` for `today`, as it is served. */
export function withExamplesOf<T extends Pick<FormSchema, 'sections'>>(schema: T, today: string = chinaDate()): T {
  return {
    ...schema,
    sections: schema.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) =>
        field.exampleDays === undefined ? field : { ...field, example: addDays(today, field.exampleDays) },
      ),
    })),
  };
}
