import { AppError } from '../platform/errors.js';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { outletQuery } from './model.js';
import { listOutlets } from './service.js';

/** The outlets are bundled data: the same for everyone until the next deployment. */
const cacheable = { 'cache-control': 'public, max-age=300' };

/** Parses `GET /api/outlets` query parameters; 400 naming each unknown or invalid one. */
function query(params: Readonly<Record<string, string>>) {
  const allowed = Object.keys(outletQuery.shape);
  const unknown = Object.keys(params).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    const fields = unknown.map((field) => ({ field, message: `unknown parameter (known: ${allowed.join(', ')})` }));
    throw new AppError(
      400,
      'INVALID_INPUT',
      `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
      {
        fields,
      },
    );
  }
  return parseInput(outletQuery, params);
}

/** Errors: 400 INVALID_INPUT (details.fields names `near`, `type` or an unknown parameter). */
export const handler = groupHandler('outlets', {
  list: async ({ query: params }) => ({ body: listOutlets(query(params)), headers: cacheable }),
});
