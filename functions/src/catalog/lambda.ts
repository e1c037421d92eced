import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { invalidParameters, serviceNotFound } from './errors.js';
import { catalogVersionParams, draftInput, itemCodePattern, publishInput, serviceListQuery } from './model.js';
import * as catalog from './service.js';
import { refreshSearchIndex } from '../search/service.js';

/** Published catalog reads may be cached briefly by browsers and the CDN; they are the same for everyone. */
const cacheable = { 'cache-control': 'public, max-age=60' };

function knownCode(code: string | undefined): string {
  if (!code || !itemCodePattern.test(code)) throw serviceNotFound(code ?? '');
  return code;
}

/** Parses `GET /api/services` query parameters; 400 naming each unknown or invalid one. */
function listQuery(query: Readonly<Record<string, string>>) {
  const allowed = Object.keys(serviceListQuery.shape);
  const unknown = Object.keys(query).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    throw invalidParameters(
      unknown.map((field) => ({ field, message: `unknown parameter (known: ${allowed.join(', ')})` })),
    );
  }
  return parseInput(serviceListQuery, query);
}

/** The item body of a draft, with the path's code (a different code in the body is refused). */
function draftBody(code: string, body: unknown) {
  const given = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  if (given !== undefined && given !== code) {
    throw invalidParameters([{ field: 'code', message: 'must be the code in the path' }]);
  }
  return parseInput(draftInput, body && typeof body === 'object' ? { ...body, code } : body);
}

/**
 * Errors: 400 INVALID_INPUT (details.fields names each bad parameter or field), 401 UNAUTHORIZED,
 * 403 FORBIDDEN, 404 NOT_FOUND (no such item, version or draft), 409 CATALOG_ITEM_STALE.
 */
export const handler = groupHandler('catalog', {
  listServices: async ({ query }) => ({ body: await catalog.listServices(listQuery(query)), headers: cacheable }),
  getService: async ({ params }) => ({ body: await catalog.getService(knownCode(params.code)), headers: cacheable }),
  listDepartments: async () => ({ body: await catalog.listDepartments(), headers: cacheable }),
  listLifeEvents: async () => ({ body: await catalog.listLifeEvents(), headers: cacheable }),
  listItems: async () => ({ body: await catalog.listCatalogItems() }),
  getItem: async ({ params }) => ({ body: await catalog.getCatalogItem(knownCode(params.code)) }),
  listVersions: async ({ params }) => ({ body: await catalog.listItemVersions(knownCode(params.code)) }),
  getVersion: async ({ params }) => {
    const { code, version } = parseInput(catalogVersionParams, {
      code: knownCode(params.code),
      version: params.version,
    });
    return { body: await catalog.getItemVersion(code, version) };
  },
  putDraft: async ({ principal, params, body }) => {
    const code = params.code ?? '';
    if (!itemCodePattern.test(code))
      throw invalidParameters([{ field: 'code', message: 'an item code such as 440104-MZ-0001' }]);
    const entry = await catalog.saveDraft(principal, draftBody(code, body));
    return { body: entry, audit: { resourceId: code, details: { revision: String(entry.version) } } };
  },
  publish: async ({ principal, params, body }) => {
    const code = knownCode(params.code);
    const input = parseInput(publishInput, body);
    const entry = await catalog.publishDraft(principal, code, input?.version);
    // Search indexes the published catalog; it reads the catalog, so the catalog does not call it.
    await refreshSearchIndex();
    return {
      body: entry,
      audit: {
        resourceId: code,
        details: { version: String(entry.publishedVersion), revision: String(entry.version) },
      },
    };
  },
});
