import type { z } from 'zod';
import type { ErrorCode } from './error-codes.js';
import { AppError } from './errors.js';

/** Parses input with a schema; a failure is a 400 naming each bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ErrorCode = 'INVALID_INPUT',
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw new AppError(400, code, `Invalid input — ${summary}`, { fields });
}
