import { z } from 'zod';

/**
 * Access requests for data resources (issue 15, item 2): an officer of a consuming department asks for some of a
 * resource's fields, for a purpose, on a legal basis, for a period. An unconditional resource (无条件共享) is granted
 * at once and recorded; a conditional one (有条件共享) waits for the owning department's head in the one inbox, through
 * the request's workflow (workflows/data-request.ts), until a time limit; a resource not shared (不予共享) refuses.
 * A granted request is the grant: its department extracts the granted fields while its period lasts.
 */
export const dataRequestStatuses = ['pending', 'granted', 'refused', 'expired'] as const;
export type DataRequestStatus = (typeof dataRequestStatuses)[number];

/** A request's id: `dr-` and a time-sortable id (also its workflow execution's name). */
export const dataRequestId = z
  .string()
  .regex(/^dr-[0-9a-z]{22}$/, 'must be a data request id such as dr-0mh3k2x9a1b2c3d4e5f6a7')
  .describe('The data request id');

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const text = (min: number, max: number) =>
  z.string().trim().min(min, `at least ${min} characters`).max(max, `at most ${max} characters`);

export const dataRequestInput = z
  .object({
    // As model.ts's resourceParams (not imported: the portal's bundler resolves no `./model.js`).
    resourceId: z
      .string()
      .trim()
      .regex(/^440104-[A-Z]{2}-D\d{3}$/, 'must be a data resource identifier such as 440104-MZ-D001'),
    purpose: text(4, 500),
    /** The fields wanted: a subset of the resource's fields (checked against the resource). */
    fields: z
      .array(z.string().trim().min(1).max(60))
      .min(1, 'choose at least one field')
      .max(60, 'at most 60 fields')
      .refine((f) => new Set(f).size === f.length, 'names a field twice'),
    /** The law or regulation the use rests on (共享依据). */
    legalBasis: text(4, 300),
    periodFrom: day,
    periodTo: day,
  })
  .strict()
  .refine((r) => r.periodFrom <= r.periodTo, { path: ['periodTo'], message: 'must not be before periodFrom' });
export type DataRequestInput = z.infer<typeof dataRequestInput>;

export const dataRequestDecisionInput = z
  .object({
    decision: z.enum(['granted', 'refused'], { message: 'granted or refused' }),
    /** The owner's opinion (审核意见): required, the requester is told why. */
    opinion: text(2, 1000),
    /** The request's version as the decider saw it. */
    version: z.number().int().positive(),
  })
  .strict();
export type DataRequestDecisionInput = z.infer<typeof dataRequestDecisionInput>;

export const dataRequestQuery = z
  .object({
    /** mine: my department's requests; owner: requests for my department's resources. */
    side: z.enum(['mine', 'owner']).default('mine'),
    status: z.enum(dataRequestStatuses).optional(),
  })
  .strict();
export type DataRequestQuery = z.infer<typeof dataRequestQuery>;

export interface DataRequestRecord {
  requestId: string;
  resourceId: string;
  resourceTitle: { zh: string; en: string };
  sharingClass: 'unconditional' | 'conditional';
  ownerDepartment: string;
  requesterDepartment: string;
  requestedBy: string;
  purpose: string;
  fields: string[];
  legalBasis: string;
  periodFrom: string;
  periodTo: string;
  status: DataRequestStatus;
  createdAt: string;
  /** When the owner must have decided (a conditional request expires then). */
  decideBy?: string;
  decidedAt?: string;
  /** The owner's head, or `system` for an unconditional grant or an expiry. */
  decidedBy?: string;
  opinion?: string;
  version: number;
}

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const dataRequestView = z.object({
  requestId: z.string(),
  resourceId: z.string(),
  resourceTitle: bilingual,
  sharingClass: z.enum(['unconditional', 'conditional']),
  ownerDepartment: z.string(),
  ownerName: bilingual,
  requesterDepartment: z.string(),
  requesterName: bilingual,
  requestedBy: z.string(),
  purpose: z.string(),
  fields: z.array(z.string()),
  legalBasis: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(dataRequestStatuses),
  createdAt: z.string(),
  decideBy: z.string().optional(),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  opinion: z.string().optional(),
  version: z.number().int(),
  /** Whether the caller may decide it now (the owner's head, while pending). */
  mayDecide: z.boolean(),
});
export type DataRequestView = z.infer<typeof dataRequestView>;

export const dataRequestList = z.object({ items: z.array(dataRequestView) });

/** What a request's waiting workflow task receives when it is decided or expires. */
export interface DataRequestResult {
  requestId: string;
  status: DataRequestStatus;
  by: string;
  at: string;
}
