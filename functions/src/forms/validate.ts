import {
  chinaToday,
  isMainlandMobile,
  normaliseMobile,
  residentIdProblem,
} from '../platform/personal-data/resident-id-rules.js';
import type { FormAnswers, FormField, FormSchema, FormValue } from './model.js';

/**
 * Checks a form's answers against its schema. Pure and free of zod so the portal runs the same rules in
 * the browser as the API runs on submission; each problem names the field and a code the messages
 * (messages.ts) turn into Chinese or English.
 */

export type FormProblemCode =
  | 'required'
  | 'notTicked'
  | 'notText'
  | 'notNumber'
  | 'notBoolean'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooLarge'
  | 'notDate'
  | 'notPast'
  | 'notFuture'
  | 'notOption'
  | 'residentId'
  | 'mobile'
  | 'email'
  | 'unknownField';

export interface FormProblem {
  /** The field id. */
  readonly field: string;
  readonly code: FormProblemCode;
  /** The bound the value missed (length, number) where the code has one. */
  readonly limit?: number;
}

const emailPattern = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every field of the form, in order. */
export function formFieldsOf(schema: Pick<FormSchema, 'sections'>): FormField[] {
  return schema.sections.flatMap((section) => section.fields);
}

/** Whether a field is shown (and so validated and kept) given the other answers. */
export function isShown(field: FormField, answers: FormAnswers): boolean {
  if (!field.showWhen) return true;
  const value = answers[field.showWhen.field];
  return field.showWhen.equals === false ? value === false || value === undefined : value === field.showWhen.equals;
}

function isEmpty(value: FormValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function textProblem(field: FormField, value: string, today: string): Omit<FormProblem, 'field'> | undefined {
  const length = [...value].length;
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (field.minLength !== undefined && length < field.minLength)
        return { code: 'tooShort', limit: field.minLength };
      if (length > (field.maxLength ?? (field.type === 'text' ? 100 : 2000))) {
        return { code: 'tooLong', limit: field.maxLength ?? (field.type === 'text' ? 100 : 2000) };
      }
      return undefined;
    case 'date': {
      if (!isCalendarDate(value)) return { code: 'notDate' };
      const day = value.replaceAll('-', '');
      if (field.when === 'past' && day > today) return { code: 'notPast' };
      if (field.when === 'future' && day <= today) return { code: 'notFuture' };
      return undefined;
    }
    case 'select':
    case 'radio':
      return field.options?.some((o) => o.value === value) ? undefined : { code: 'notOption' };
    case 'resident-id':
      return residentIdProblem(value.toUpperCase(), today) ? { code: 'residentId' } : undefined;
    case 'mobile':
      return isMainlandMobile(normaliseMobile(value)) ? undefined : { code: 'mobile' };
    case 'email':
      return emailPattern.test(value) ? undefined : { code: 'email' };
    default:
      return undefined;
  }
}

function valueProblem(field: FormField, value: FormValue, today: string): Omit<FormProblem, 'field'> | undefined {
  if (field.type === 'checkbox') return typeof value === 'boolean' ? undefined : { code: 'notBoolean' };
  if (field.type === 'number') {
    const number = typeof value === 'string' ? Number(value.trim()) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) return { code: 'notNumber' };
    if (field.min !== undefined && number < field.min) return { code: 'tooSmall', limit: field.min };
    if (field.max !== undefined && number > field.max) return { code: 'tooLarge', limit: field.max };
    return undefined;
  }
  if (typeof value !== 'string') return { code: 'notText' };
  return textProblem(field, value.trim(), today);
}

/**
 * The problems of a set of answers, in form order. `complete: false` checks a draft: what is filled in
 * must be valid, but required fields may still be empty.
 */
export function formProblems(
  schema: Pick<FormSchema, 'sections'>,
  answers: FormAnswers,
  options: { complete: boolean; today?: string } = { complete: true },
): FormProblem[] {
  const today = options.today ?? chinaToday();
  const fields = formFieldsOf(schema);
  const known = new Set(fields.map((f) => f.id));
  const problems: FormProblem[] = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((field) => ({ field, code: 'unknownField' }));
  for (const field of fields) {
    if (!isShown(field, answers)) continue;
    const value = answers[field.id];
    if (isEmpty(value) || (field.type === 'checkbox' && value === false && field.required)) {
      if (options.complete && field.required) {
        problems.push({ field: field.id, code: field.type === 'checkbox' ? 'notTicked' : 'required' });
      }
      continue;
    }
    const problem = valueProblem(field, value as FormValue, today);
    if (problem) problems.push({ field: field.id, ...problem });
  }
  return problems;
}

/** The answers as they are kept: trimmed, numbers as numbers, hidden and empty fields dropped. */
export function normaliseAnswers(schema: Pick<FormSchema, 'sections'>, answers: FormAnswers): FormAnswers {
  const kept: FormAnswers = {};
  for (const field of formFieldsOf(schema)) {
    const value = answers[field.id];
    if (!isShown(field, answers) || isEmpty(value)) continue;
    if (field.type === 'number' && typeof value === 'string') kept[field.id] = Number(value.trim());
    else if (typeof value === 'string') {
      const text = value.trim();
      kept[field.id] =
        field.type === 'resident-id' ? text.toUpperCase() : field.type === 'mobile' ? normaliseMobile(text) : text;
    } else kept[field.id] = value as FormValue;
  }
  return kept;
}
