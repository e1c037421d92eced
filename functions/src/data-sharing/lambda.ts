import { nowIso } from '../platform/clock.js';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { getResource, listResources } from './catalog.js';
import { dcatCatalog } from './dcat.js';
import { resourceParams, resourceQuery } from './model.js';

/**
 * Data sharing between departments (issue 15): the data resource catalog, searched and exported as DCAT.
 * Errors: 400 INVALID_INPUT (details.fields names the bad parameter), 401 UNAUTHORIZED, 403 FORBIDDEN,
 * 404 NOT_FOUND.
 */
export const handler = groupHandler('data-sharing', {
  listResources: async ({ query }) => ({ body: await listResources(parseInput(resourceQuery, query)) }),
  getResource: async ({ params }) => ({ body: await getResource(parseInput(resourceParams, params).id) }),
  catalogJsonLd: async () => ({
    body: JSON.stringify(dcatCatalog((await listResources({})).items, nowIso())),
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
    raw: true,
  }),
});
