import { z } from 'zod';
import { departmentCodes } from '../catalog/taxonomy.js';
// By the path the portal's bundler knows (web/next.config.ts resolveAlias): the staff archive page imports this.
import { documentTypes, type DocumentType } from '../official-documents/model.js';

/**
 * The archive of signed documents (公文归档): each signed document's package — its signed PDF and a JSON record
 * of its metadata, opinions and history — written once to the archive bucket under S3 Object Lock (COMPLIANCE
 * mode), retained for its type's retention period, and listed in a searchable catalogue.
 */

/**
 * 保管期限 as the filing rules set them (国家档案局令第8号《机关文件材料归档范围和文书档案保管期限规定》, DA/T 22):
 * permanent (永久), 30 years (定期30年), 10 years (定期10年). By the type of an outgoing document: requests, replies
 * and minutes record the organ's decisions and stay for ever; notices, reports and opinions of its own work 30
 * years; letters (函), the everyday business between organs, 10 years.
 */
export const retentionPeriods = ['permanent', '30y', '10y'] as const;
export type RetentionPeriod = (typeof retentionPeriods)[number];

export const retentionByType: Record<DocumentType, RetentionPeriod> = {
  request: 'permanent',
  reply: 'permanent',
  minutes: 'permanent',
  notice: '30y',
  report: '30y',
  opinion: '30y',
  letter: '10y',
};

/**
 * Years an object is locked. COMPLIANCE mode has no "for ever": a permanent record is locked 100 years (S3's
 * longest default retention), after which a records officer moves it on (移交进馆) before anything could remove it.
 */
export const retentionYears: Record<RetentionPeriod, number> = { permanent: 100, '30y': 30, '10y': 10 };

/** The retain-until date of a document signed at `signedAt`: the same instant, `years` later (29 Feb → 1 Mar). */
export function retainUntil(signedAt: string, period: RetentionPeriod): string {
  const at = new Date(signedAt);
  at.setUTCFullYear(at.getUTCFullYear() + retentionYears[period]);
  return at.toISOString();
}

/** An archived object: its key in the archive bucket and SHA-256 (hex) of its bytes. */
export const archivedObject = z.object({ key: z.string(), sha256: z.string(), bytes: z.number().int() });
export type ArchivedObject = z.infer<typeof archivedObject>;

/** A catalogue entry (core table): what a search shows and what the integrity check verifies. */
export interface CatalogueEntry {
  documentId: string;
  department: string;
  number: string;
  title: string;
  type: DocumentType;
  /** The year of the number (〔年份〕). */
  year: number;
  signedAt: string;
  signedBy: string;
  archivedAt: string;
  archiveSeq: number;
  retention: RetentionPeriod;
  retainUntil: string;
  pdf: ArchivedObject;
  record: ArchivedObject;
  /** The title's and body's search terms (search/segmenter.ts, as documents are cut). */
  terms: string[];
}

const year = z.coerce
  .number({ message: 'year: a year such as 2026' })
  .int('year: a year such as 2026')
  .min(2000, 'year: from 2000')
  .max(2200, 'year: up to 2200');

/** `GET /api/official-documents-archive`: the catalogue, searched. */
export const archiveSearchQuery = z
  .object({
    q: z.string().trim().max(100, 'q: at most 100 characters'),
    number: z.string().trim().max(60, 'number: at most 60 characters'),
    type: z.enum(documentTypes, { message: `type: one of ${documentTypes.join(', ')}` }),
    year,
    department: z.enum(departmentCodes, { message: 'department: a department code' }),
    cursor: z.string().trim().max(600, 'cursor: at most 600 characters'),
  })
  .partial()
  .strict();
export type ArchiveSearchQuery = z.infer<typeof archiveSearchQuery>;

export const catalogueLine = z.object({
  id: z.string(),
  department: z.string(),
  number: z.string(),
  title: z.string(),
  type: z.enum(documentTypes),
  year: z.number().int(),
  signedAt: z.string(),
  signedBy: z.string(),
  archivedAt: z.string(),
  retention: z.enum(retentionPeriods),
  retainUntil: z.string(),
  pdfSha256: z.string(),
});
export type CatalogueLine = z.infer<typeof catalogueLine>;

/** A page of results, newest first (by number: in number order); `nextCursor` asks for the next page. */
export const archiveSearchResult = z.object({
  items: z.array(catalogueLine),
  pageSize: z.number().int(),
  nextCursor: z.string().optional(),
});
export type ArchiveSearchResult = z.infer<typeof archiveSearchResult>;

/** `GET /api/official-documents-archive/check`: which department(s) to verify (default: the caller's). */
export const archiveCheckQuery = z
  .object({ department: z.enum(departmentCodes, { message: 'department: a department code' }) })
  .partial()
  .strict();

export const archiveProblemKinds = [
  /** A chain entry (a signed document) with no catalogue entry: its package was never written. */
  'not-archived',
  /** An object of the package is not in the bucket. */
  'missing',
  /** An object's bytes no longer hash to the SHA-256 the catalogue holds. */
  'hash-mismatch',
  /** An object is not under Object Lock until its retain-until date. */
  'not-locked',
] as const;

const problem = z.object({
  documentId: z.string(),
  number: z.string().optional(),
  object: z.string().optional(),
  kind: z.enum(archiveProblemKinds),
  /** Not archived: the tries so far (at signing, by the sweep, by "archive now"), the last one's time and error. */
  attempts: z.number().int().optional(),
  lastAttemptAt: z.string().optional(),
  lastError: z.string().optional(),
});
export type ArchiveProblem = z.infer<typeof problem>;

export const archiveCheckResult = z.object({
  checkedAt: z.string(),
  valid: z.boolean(),
  departments: z.array(
    z.object({
      department: z.string(),
      entries: z.number().int(),
      objects: z.number().int(),
      chain: z.object({ valid: z.boolean(), entries: z.number().int(), brokenAt: z.number().int().optional() }),
      problems: z.array(problem),
    }),
  ),
});
export type ArchiveCheckResult = z.infer<typeof archiveCheckResult>;
