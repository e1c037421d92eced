import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { invalidFields, scenarioNotFound } from './errors.js';
import { resolveInput, scenarioIdPattern, scenarioInput } from './model.js';
import * as scenarios from './service.js';

/** Published scenarios are the same for everyone; browsers and the CDN may keep them briefly. */
const cacheable = { 'cache-control': 'public, max-age=60' };

function knownId(id: string | undefined): string {
  if (!id || !scenarioIdPattern.test(id)) throw scenarioNotFound(id ?? '');
  return id;
}

/** The scenario body of a PUT, with the path's id (a different id in the body is refused). */
function scenarioBody(id: string, body: unknown) {
  const given = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  if (given !== undefined && given !== id)
    throw invalidFields([{ field: 'id', message: 'must be the id in the path' }]);
  return parseInput(scenarioInput, body && typeof body === 'object' ? { ...body, id } : body);
}

/**
 * Errors: 400 INVALID_INPUT (details.fields names each bad node, answer, leaf or parameter), 401 UNAUTHORIZED,
 * 403 FORBIDDEN, 404 NOT_FOUND, 409 SCENARIO_STALE, 409 SCENARIO_OUTDATED.
 */
export const handler = groupHandler('scenarios', {
  list: async () => ({ body: await scenarios.listScenarios(), headers: cacheable }),
  get: async ({ params }) => ({ body: await scenarios.getScenario(knownId(params.id)), headers: cacheable }),
  resolve: async ({ params, body }) => ({
    body: await scenarios.resolveScenario(knownId(params.id), parseInput(resolveInput, body ?? {})),
  }),
  put: async ({ principal, params, body }) => {
    const id = params.id ?? '';
    if (!scenarioIdPattern.test(id)) throw invalidFields([{ field: 'id', message: 'a scenario id such as baby-born' }]);
    const published = await scenarios.putScenario(principal, scenarioBody(id, body));
    return { body: published, audit: { resourceId: id, details: { version: String(published.version) } } };
  },
});
