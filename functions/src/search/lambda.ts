import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { invalidParameters } from './errors.js';
import { searchQuery } from './model.js';
import * as search from './service.js';

/** Results change only on publish; a short shared cache absorbs repeated popular queries. */
const cacheable = { 'cache-control': 'public, max-age=30' };

/** Parses `GET /api/search` query parameters; 400 naming each unknown or invalid one. */
function parseQuery(query: Readonly<Record<string, string>>) {
  const allowed = Object.keys(searchQuery.shape);
  const unknown = Object.keys(query).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    throw invalidParameters(
      unknown.map((field) => ({ field, message: `unknown parameter (known: ${allowed.join(', ')})` })),
    );
  }
  return parseInput(searchQuery, query);
}

/**
 * Errors: 400 INVALID_INPUT (details.fields names `q`, `type`, `page`, `pageSize` or an unknown parameter).
 */
export const handler = groupHandler('search', {
  query: async ({ query }) => ({ body: await search.search(parseQuery(query)), headers: cacheable }),
});
