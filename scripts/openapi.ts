/**
 * Writes the API's OpenAPI document (the same one `GET /api/openapi.json` serves) to a file, for
 * `npm run lint:openapi` (Redocly's recommended rules) and for clients generated offline.
 *   tsx scripts/openapi.ts [out-file]   (default openapi.json in the working folder)
 */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../functions/src/openapi/document.js';
import { routeGroupDescriptions } from '../functions/src/openapi/groups.js';
import { routeSchemas } from '../functions/src/openapi/schemas.js';
import type { RouteDefinition } from '../functions/src/platform/route-table.js';
import { routes } from '../functions/src/routes.js';

const out = process.argv[2] ?? 'openapi.json';
const document = openApiDocument(routes as readonly RouteDefinition[], routeSchemas, '0.1.0', routeGroupDescriptions);
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${out}: ${Object.keys(document.paths).length} paths`);
