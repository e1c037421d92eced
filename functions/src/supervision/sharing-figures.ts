import type { WorkingCalendar } from '../deadlines/calendar.js';
import type { DataResource } from '../data-sharing/model.js';
import type { ExtractionRecord } from '../data-sharing/request-store.js';
import { dataRequestStatuses, type DataRequestRecord } from '../data-sharing/request-model.js';
import { opinionTimesOf } from './joint-figures.js';
import {
  catalogClasses,
  sharedTarget,
  type CatalogFigures,
  type RequestFigures,
  type SupervisionSharing,
} from './sharing-model.js';

/**
 * The pure arithmetic of the data sharing figures: what supervision keeps of a request and an extraction, and the
 * figures of a group of them. No I/O: unit-tested with made-up resources, requests and extractions.
 */

/** What supervision reads of a request: its handling only (no purpose, fields, legal basis or opinion). */
export type SupervisedRequest = Pick<
  DataRequestRecord,
  'requestId' | 'resourceId' | 'ownerDepartment' | 'requesterDepartment' | 'status' | 'createdAt'
> &
  Partial<Pick<DataRequestRecord, 'decideBy' | 'decidedAt' | 'decidedBy'>>;

/** What supervision reads of an extraction: which resource, which department, when and how many. */
export type SupervisedExtraction = Pick<ExtractionRecord, 'resourceId' | 'department' | 'at' | 'count'>;

export type CatalogEntry = Pick<
  DataResource,
  'identifier' | 'title' | 'ownerDepartment' | 'sharingClass' | 'recordCount'
>;

export function supervisedRequest(record: DataRequestRecord): SupervisedRequest {
  const { requestId, resourceId, ownerDepartment, requesterDepartment, status, createdAt } = record;
  return {
    requestId,
    resourceId,
    ownerDepartment,
    requesterDepartment,
    status,
    createdAt,
    ...(record.decideBy ? { decideBy: record.decideBy } : {}),
    ...(record.decidedAt ? { decidedAt: record.decidedAt } : {}),
    ...(record.decidedBy ? { decidedBy: record.decidedBy } : {}),
  };
}

export const supervisedExtraction = ({
  resourceId,
  department,
  at,
  count,
}: ExtractionRecord): SupervisedExtraction => ({
  resourceId,
  department,
  at,
  count,
});

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The catalog's figures over the resources given (already those owned in scope). */
export function catalogFiguresOf(resources: readonly CatalogEntry[]): CatalogFigures {
  const isShared = (r: CatalogEntry) => r.sharingClass !== 'none';
  const measured = resources.filter((r) => r.recordCount !== null);
  const records = measured.reduce((sum, r) => sum + (r.recordCount ?? 0), 0);
  const sharedRecords = measured.filter(isShared).reduce((sum, r) => sum + (r.recordCount ?? 0), 0);
  const shared = resources.filter(isShared).length;
  return {
    resources: resources.length,
    shared,
    byClass: Object.fromEntries(
      catalogClasses.map((c) => [c, resources.filter((r) => r.sharingClass === c).length]),
    ) as CatalogFigures['byClass'],
    records,
    sharedRecords,
    unmeasured: resources.length - measured.length,
    sharedShare: ratio(shared, resources.length),
    sharedRecordShare: ratio(sharedRecords, records),
    target: sharedTarget,
  };
}

export function requestFiguresOf(requests: readonly SupervisedRequest[]): RequestFigures {
  return {
    requests: requests.length,
    byStatus: Object.fromEntries(
      dataRequestStatuses.map((s) => [s, requests.filter((r) => r.status === s).length]),
    ) as RequestFigures['byStatus'],
  };
}

/** Whether an owner's head decided the request (an unconditional grant and an expiry are the system's). */
const decidedByOwner = (r: SupervisedRequest): r is SupervisedRequest & { decidedAt: string } =>
  (r.status === 'granted' || r.status === 'refused') && r.decidedAt !== undefined && r.decidedBy !== 'system';

/** The figures of the requests and extractions in scope (already filtered by period and departments). */
export function sharingFiguresOf(
  calendar: WorkingCalendar,
  input: {
    resources: readonly CatalogEntry[];
    received: readonly SupervisedRequest[];
    made: readonly SupervisedRequest[];
    extractions: readonly SupervisedExtraction[];
    /** Every catalog resource (an extracted resource's title and owner). */
    catalog: readonly CatalogEntry[];
    nameOf: (department: string) => { zh: string; en: string };
  },
  now: string,
): Omit<SupervisionSharing, 'generatedAt' | 'asOf' | 'period' | 'scope' | 'limit' | 'truncated'> {
  const { received, extractions } = input;
  const pending = received.filter((r) => r.status === 'pending');
  const records = (list: readonly SupervisedExtraction[]) => list.reduce((sum, e) => sum + e.count, 0);
  const group = (key: (e: SupervisedExtraction) => string) => {
    const groups = new Map<string, SupervisedExtraction[]>();
    for (const e of extractions) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const distinct = (list: readonly SupervisedExtraction[], key: (e: SupervisedExtraction) => string) =>
    new Set(list.map(key)).size;
  return {
    catalog: catalogFiguresOf(input.resources),
    received: requestFiguresOf(received),
    made: requestFiguresOf(input.made),
    decisionTime: opinionTimesOf(
      calendar,
      received.filter(decidedByOwner).map((r) => ({ from: r.createdAt, to: r.decidedAt })),
    ),
    pending: pending.length,
    overdue: pending.filter((r) => r.decideBy !== undefined && Date.parse(r.decideBy) < Date.parse(now)).length,
    extractions: {
      extractions: extractions.length,
      records: records(extractions),
      byResource: group((e) => e.resourceId).map(([resourceId, list]) => {
        const resource = input.catalog.find((r) => r.identifier === resourceId);
        const ownerDepartment = resource?.ownerDepartment ?? '';
        return {
          resourceId,
          title: resource?.title ?? { zh: resourceId, en: resourceId },
          ownerDepartment,
          ownerName: input.nameOf(ownerDepartment),
          extractions: list.length,
          records: records(list),
          departments: distinct(list, (e) => e.department),
        };
      }),
      byDepartment: group((e) => e.department).map(([department, list]) => ({
        department,
        name: input.nameOf(department),
        extractions: list.length,
        records: records(list),
        resources: distinct(list, (e) => e.resourceId),
      })),
    },
  };
}
