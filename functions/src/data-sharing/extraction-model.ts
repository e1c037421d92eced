import { z } from 'zod';

/**
 * Audited extraction (issue 15, item 4): a department with a grant reads the granted fields of a resource's records,
 * page by page, or only those changed since a time (incremental). Every page is audited and recorded for the owner.
 */

export const extractionQuery = z
  .object({
    /** Only records changed after this instant (ISO 8601 with offset): the consumer's last extraction. */
    since: z.iso.datetime({ offset: true, message: 'must be an instant such as 2026-11-01T00:00:00+08:00' }).optional(),
    /** The previous page's `nextCursor`. */
    cursor: z.string().max(2048).optional(),
    limit: z.coerce.number().int().min(1, 'at least 1').max(500, 'at most 500').default(100),
  })
  .strict();
export type ExtractionQuery = z.infer<typeof extractionQuery>;

const fieldValue = z.union([z.string(), z.number(), z.null()]);

export const extractedRecord = z.object({
  /** The record's key in its registry (a person's is a keyed hash, never the ID number). */
  id: z.string(),
  version: z.number().int(),
  /** When this version was written: pass the latest as `since` to extract only what changed after. */
  changedAt: z.string(),
  /** The granted fields only; a field the record lacks is null. */
  fields: z.record(z.string(), fieldValue),
});

export const extractionPage = z.object({
  resourceId: z.string(),
  /** The grants (requests) the page was read under. */
  grants: z.array(z.string()),
  fields: z.array(z.string()),
  items: z.array(extractedRecord),
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor: z.string().optional(),
});
export type ExtractionPage = z.infer<typeof extractionPage>;

export const extractionView = z.object({
  at: z.string(),
  by: z.string(),
  department: z.string(),
  departmentName: z.object({ zh: z.string(), en: z.string() }),
  requestId: z.string(),
  count: z.number().int(),
  fields: z.array(z.string()),
});
export const extractionList = z.object({ items: z.array(extractionView) });
