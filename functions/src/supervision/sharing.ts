import { publishedWorkingCalendar, type CalendarSource } from '../calendar/published.js';
import { departmentName, listResources } from '../data-sharing/catalog.js';
import type { DataRequestRecord } from '../data-sharing/request-model.js';
import { extractionsOf, requestsBy, requestsFor, type ExtractionRecord } from '../data-sharing/request-store.js';
import { nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { filedWithin } from './figures.js';
import { newestRecordsHeaderOf } from './joint.js';
import type { SupervisionQuery } from './model.js';
import { departmentsInScope } from './service.js';
import {
  sharingFiguresOf,
  supervisedExtraction,
  supervisedRequest,
  type CatalogEntry,
  type SupervisedRequest,
} from './sharing-figures.js';
import { sharingLimit, type SupervisionSharing } from './sharing-model.js';

/** Where the sharing facts come from: the catalog, requests by owner and by requester, a resource's extractions. */
export interface SharingSource {
  resources(): Promise<CatalogEntry[]>;
  /** Requests for a department's resources, newest first, at most `limit`. */
  requestsFor(department: string, limit: number): Promise<DataRequestRecord[]>;
  /** Requests a department made, newest first, at most `limit`. */
  requestsBy(department: string, limit: number): Promise<DataRequestRecord[]>;
  /** A resource's extractions, newest first, at most `limit`. */
  extractions(resourceId: string, limit: number): Promise<ExtractionRecord[]>;
}

const storeSource: SharingSource = {
  resources: async () => (await listResources({})).items,
  requestsFor,
  requestsBy,
  extractions: extractionsOf,
};

export interface SharingFigureOptions {
  now?: string;
  source?: SharingSource;
  calendar?: CalendarSource;
  limit?: number;
}

/**
 * The data sharing figures in the caller's scope (a supervisor the district or one department, a head their own
 * department; 403 FORBIDDEN otherwise). The district's scope is every owner in the catalog (the data center's base
 * registries among them); a department's: its resources and the requests for them, the requests it made, and the
 * extractions of its resources and its own extractions.
 */
export async function supervisionSharing(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: SharingFigureOptions = {},
): Promise<SupervisionSharing> {
  const now = options.now ?? nowIso();
  const limit = options.limit ?? sharingLimit;
  const source = options.source ?? storeSource;
  const listed = departmentsInScope(principal, scope, query.department);
  const wholeDistrict = scope === 'district' && !query.department;
  const [catalog, calendar] = await Promise.all([source.resources(), (options.calendar ?? publishedWorkingCalendar)()]);
  const owners = [...new Set(catalog.map((r) => r.ownerDepartment))];
  const departments = wholeDistrict ? [...listed, ...owners.filter((o) => !listed.includes(o))] : listed;
  const inScope = (department: string) => departments.includes(department);

  // Every request is for a catalog resource: the district's are all read by owner; a department's from both sides.
  const [forOwners, byRequesters, extracted] = await Promise.all([
    Promise.all(owners.filter(inScope).map((o) => source.requestsFor(o, limit + 1))),
    Promise.all((wholeDistrict ? [] : departments).map((d) => source.requestsBy(d, limit + 1))),
    Promise.all(catalog.map((r) => source.extractions(r.identifier, limit + 1))),
  ]);
  const truncated = [...forOwners, ...byRequesters, ...extracted].some((list) => list.length > limit);
  const requests = new Map<string, SupervisedRequest>();
  for (const record of [...forOwners, ...byRequesters].flatMap((list) => list.slice(0, limit))) {
    if (filedWithin(record, query)) requests.set(record.requestId, supervisedRequest(record));
  }
  const ownerOf = new Map(catalog.map((r) => [r.identifier, r.ownerDepartment]));
  const extractions = extracted
    .flatMap((list) => list.slice(0, limit))
    .filter((e) => inScope(ownerOf.get(e.resourceId) ?? '') || inScope(e.department))
    .filter((e) => filedWithin({ createdAt: e.at }, query))
    .map(supervisedExtraction);
  const all = [...requests.values()];
  return {
    ...newestRecordsHeaderOf(now, scope, departments, query, { limit, truncated }),
    ...sharingFiguresOf(
      calendar,
      {
        resources: catalog.filter((r) => inScope(r.ownerDepartment)),
        received: all.filter((r) => inScope(r.ownerDepartment)),
        made: all.filter((r) => inScope(r.requesterDepartment)),
        extractions,
        catalog,
        nameOf: departmentName,
      },
      now,
    ),
  };
}
