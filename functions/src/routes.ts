import type { RouteDefinition } from './platform/route-table.js';
import { auditRoutes } from './routes/audit.js';
import { calendarRoutes } from './routes/calendar.js';
import { casesRoutes } from './routes/cases.js';
import { catalogRoutes } from './routes/catalog.js';
import { certificateKeysRoutes } from './routes/certificate-keys.js';
import { certificatesRoutes } from './routes/certificates.js';
import { dataSharingRoutes } from './routes/data-sharing.js';
import { documentsRoutes } from './routes/documents.js';
import { formPdfRoutes } from './routes/form-pdf.js';
import { formsRoutes } from './routes/forms.js';
import { gridRoutes } from './routes/grid.js';
import { healthRoutes } from './routes/health.js';
import { identityRoutes } from './routes/identity.js';
import { lettersRoutes } from './routes/letters.js';
import { noticesRoutes } from './routes/notices.js';
import { officialDocumentsRoutes } from './routes/official-documents.js';
import { notificationsRoutes } from './routes/notifications.js';
import { openapiRoutes } from './routes/openapi.js';
import { outletsRoutes } from './routes/outlets.js';
import { registriesRoutes } from './routes/registries.js';
import { scenariosRoutes } from './routes/scenarios.js';
import { searchRoutes } from './routes/search.js';
import { supervisionRoutes } from './routes/supervision.js';
import { workitemsRoutes } from './routes/workitems.js';

/**
 * The one route table. The CDK app makes one Lambda per group and one HTTP API route per entry; the
 * local gateway serves the same entries with the same group handlers. `access` says which roles may
 * call a route and how far each role reaches (see Scope); tests/integration/access-matrix.test.ts
 * walks every route with every role.
 * Each group's routes live in routes/<group>.ts; the gateway, like API Gateway, picks the most
 * specific match, so their order here does not matter.
 */
export const routes = [
  ...healthRoutes,
  ...identityRoutes,
  ...documentsRoutes,
  ...casesRoutes,
  ...workitemsRoutes,
  ...lettersRoutes,
  ...notificationsRoutes,
  ...auditRoutes,
  ...catalogRoutes,
  ...formPdfRoutes,
  ...formsRoutes,
  ...openapiRoutes,
  ...searchRoutes,
  ...scenariosRoutes,
  ...outletsRoutes,
  ...supervisionRoutes,
  ...calendarRoutes,
  ...certificateKeysRoutes,
  ...certificatesRoutes,
  ...registriesRoutes,
  ...dataSharingRoutes,
  ...noticesRoutes,
  ...officialDocumentsRoutes,
  ...gridRoutes,
] as const satisfies readonly RouteDefinition[];

export type RouteId = (typeof routes)[number]['id'];

export const routeGroups: readonly string[] = [...new Set(routes.map((r) => r.group))];
