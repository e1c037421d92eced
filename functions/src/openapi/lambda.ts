import { groupHandler } from '../platform/http-handler.js';
import type { RouteDefinition } from '../platform/route-table.js';
import { routes } from '../routes.js';
import { openApiDocument, type OpenApiDocument } from './document.js';
import { routeGroupDescriptions } from './groups.js';
import { routeSchemas } from './schemas.js';

/** The API's version in the document's info; bump it with a breaking change. */
const apiVersion = '0.1.0';
let document: OpenApiDocument | undefined;

/** Errors: none expected (500 INTERNAL if a registered schema cannot be rendered). */
export const handler = groupHandler('openapi', {
  get: async () => {
    document ??= openApiDocument(
      routes as readonly RouteDefinition[],
      routeSchemas,
      apiVersion,
      routeGroupDescriptions,
    );
    return { body: document, headers: { 'cache-control': 'public, max-age=300' } };
  },
});
