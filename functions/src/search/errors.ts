import { AppError } from '../platform/errors.js';

/** Search's error codes: 400 INVALID_INPUT naming each bad parameter (the same shape as parseInput's). */
export const invalidParameters = (fields: { field: string; message: string }[]) =>
  new AppError(400, 'INVALID_INPUT', `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, {
    fields,
  });
