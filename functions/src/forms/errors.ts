import { AppError, conflict, notFound } from '../platform/errors.js';
import { formProblemMessage } from './messages.js';
import type { FormProblem } from './validate.js';

/** The forms context's errors: 404 NOT_FOUND, 409 FORM_DRAFT_STALE, 422 FORM_INVALID. */
export const draftNotFound = (code: string) => notFound(`Your draft of ${code}`);
export const draftStale = () =>
  conflict('FORM_DRAFT_STALE', 'The draft was saved elsewhere (another device?); reload it and apply your changes');

/**
 * 422 naming each field that fails the form's schema, with the message in Chinese and English and the
 * code and bound for clients that word it themselves. `labels` maps field ids to their Chinese and
 * English labels.
 */
export function formInvalid(
  problems: readonly FormProblem[],
  labels: ReadonlyMap<string, { zh: string; en: string }>,
  prefix = 'answers',
): AppError {
  const fields = problems.map((p) => {
    const label = labels.get(p.field) ?? { zh: p.field, en: p.field };
    return {
      field: `${prefix}.${p.field}`,
      code: p.code,
      ...(p.limit !== undefined ? { limit: p.limit } : {}),
      message: formProblemMessage(p, label.en, 'en'),
      messageZh: formProblemMessage(p, label.zh, 'zh'),
    };
  });
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new AppError(422, 'FORM_INVALID', `The form has problems — ${summary}`, { fields });
}
