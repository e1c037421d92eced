import { chinaDate, nowIso } from '../platform/clock.js';
import { AppError, notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Scope } from '../platform/route-table.js';
import { departmentName } from './catalog.js';
import type { ExtractionPage, ExtractionQuery } from './extraction-model.js';
import type { DataRequestRecord } from './request-model.js';
import { registryPage } from './registry-extract.js';
import * as store from './request-store.js';
import { seedResources } from './seed.js';

/**
 * Audited extraction (issue 15, item 4): a department's staff or its system (machine-clients.ts) reads the fields
 * its grants give, while a grant's period lasts (periodFrom..periodTo, China time, inclusive). Every page is recorded
 * for the owner (who, which grant, how many) and audited by the route. Errors: 400 INVALID_INPUT (since, cursor,
 * limit), 403 NO_DATA_GRANT / DATA_GRANT_NOT_IN_EFFECT, 404 NOT_FOUND, 409 DATA_NOT_ONLINE (a resource the owner
 * serves from its own system, not yet connected to the platform).
 */

/** Who extracts: a staff member (username) or a department's system (`client:<clientId>`), for a department. */
export interface Extractor {
  by: string;
  department: string;
}

const inEffect = (r: DataRequestRecord, today: string) => r.periodFrom <= today && today <= r.periodTo;

/** The department's grants of `resourceId` in effect today; 403 when it has none. */
export async function grantsOf(department: string, resourceId: string): Promise<DataRequestRecord[]> {
  const granted = (await store.requestsBy(department)).filter(
    (r) => r.resourceId === resourceId && r.status === 'granted',
  );
  const today = chinaDate();
  const current = granted.filter((r) => inEffect(r, today));
  if (current.length > 0) return current;
  if (granted.length > 0) {
    throw new AppError(403, 'DATA_GRANT_NOT_IN_EFFECT', `No grant of ${resourceId} is in effect on ${today}`);
  }
  throw new AppError(403, 'NO_DATA_GRANT', `Your department holds no grant of ${resourceId}`);
}

export async function extract(who: Extractor, resourceId: string, query: ExtractionQuery): Promise<ExtractionPage> {
  const resource = seedResources.find((r) => r.identifier === resourceId);
  if (!resource) throw notFound('Data resource');
  const grants = await grantsOf(who.department, resourceId);
  if (!('registry' in resource)) {
    throw new AppError(409, 'DATA_NOT_ONLINE', `${resourceId} is served from its owner's own system`);
  }
  // The union of the grants' fields, in the resource's order.
  const granted = new Set(grants.flatMap((g) => g.fields));
  const fields = resource.fields.map((f) => f.name).filter((f) => granted.has(f));
  const since = query.since ? new Date(query.since).toISOString() : undefined;
  const page = await registryPage(resource.registry, fields, { since, cursor: query.cursor, limit: query.limit });
  const at = nowIso();
  const requestId = grants[0]!.requestId;
  await store.recordExtraction(
    { resourceId, at, by: who.by, department: who.department, requestId, count: page.items.length, fields },
    newId(),
  );
  return { resourceId, grants: grants.map((g) => g.requestId), fields, ...page };
}

/** Who used the resource's data (the owner's view): the latest extractions, newest first; 404 for others. */
export async function usageOf(department: string | undefined, scope: Scope | undefined, resourceId: string) {
  const resource = seedResources.find((r) => r.identifier === resourceId);
  if (!resource || (scope !== 'district' && resource.ownerDepartment !== department)) throw notFound('Data resource');
  const items = await store.extractionsOf(resourceId, 100);
  return { items: items.map((e) => ({ ...e, departmentName: departmentName(e.department) })) };
}
