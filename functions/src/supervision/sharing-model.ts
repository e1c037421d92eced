import { z } from 'zod';
import { dataRequestStatuses } from '../data-sharing/request-model.js';
import { newestRecordsHeader, opinionTimes } from './joint-model.js';

/**
 * Supervision of data sharing between departments (数据共享, issue 15 item 6): how much of the catalog's data is
 * shared against the plan's target, the access requests by status and how long their owners took to decide, and
 * the extractions per resource and per consuming department. Only facts about the sharing are read: never a
 * request's purpose, legal basis or opinion, never an extracted record.
 */

/** The plan's target (C3): 70 % of the base data in the data center and shared. */
export const sharedTarget = 0.7;

/** How many requests (per department and side) and extractions (per resource) one answer reads, newest first. */
export const sharingLimit = 500;

/** The sharing classes, repeated from data-sharing/model.ts (its schemas are not needed here). */
export const catalogClasses = ['unconditional', 'conditional', 'none'] as const;

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();
const bilingualName = z.object({ zh: z.string(), en: z.string() });

/** The catalog as it stands now (not limited by the period): its resources owned in scope and how many are shared. */
export const catalogFigures = z.object({
  resources: count,
  /** Shared: unconditionally (无条件共享) or on the owner's approval (有条件共享). */
  shared: count,
  byClass: z.record(z.enum(catalogClasses), count),
  /** Records as counted (a registry's last count, or its owner's declaration); unmeasured resources left out. */
  records: count,
  sharedRecords: count,
  unmeasured: count,
  /** shared / resources and sharedRecords / records; null when there is nothing to divide. */
  sharedShare: share,
  sharedRecordShare: share,
  target: z.number(),
});
export type CatalogFigures = z.infer<typeof catalogFigures>;

/** One side's requests in the period (made: by the departments in scope; received: for their resources). */
export const requestFigures = z.object({
  requests: count,
  byStatus: z.record(z.enum(dataRequestStatuses), count),
});
export type RequestFigures = z.infer<typeof requestFigures>;

export const resourceExtractions = z.object({
  resourceId: z.string(),
  title: bilingualName,
  ownerDepartment: z.string(),
  ownerName: bilingualName,
  extractions: count,
  /** Records handed out, summed over the extractions (pages). */
  records: count,
  /** Consuming departments that extracted it. */
  departments: count,
});

export const departmentExtractions = z.object({
  department: z.string(),
  name: bilingualName,
  extractions: count,
  records: count,
  /** Resources it extracted. */
  resources: count,
});

/**
 * The body of `GET /api/supervision/sharing` (the period: dates of a request's filing, of an extraction; the limit:
 * per department and side of requests, per resource of extractions). A head sees their department as owner and as
 * consumer: the requests for its resources and those it made, the extractions of its resources and its own.
 */
export const supervisionSharing = z.object({
  ...newestRecordsHeader,
  catalog: catalogFigures,
  received: requestFigures,
  made: requestFigures,
  /** The owners' decisions of the requests received (conditional ones; grants on request and expiries are not timed). */
  decisionTime: opinionTimes,
  /** Requests received still waiting, and of those the ones past their time limit. */
  pending: count,
  overdue: count,
  extractions: z.object({
    extractions: count,
    records: count,
    byResource: z.array(resourceExtractions),
    byDepartment: z.array(departmentExtractions),
  }),
});
export type SupervisionSharing = z.infer<typeof supervisionSharing>;
