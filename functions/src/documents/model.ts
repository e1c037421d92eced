import { z } from 'zod';

export const acceptedContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedContentType = (typeof acceptedContentTypes)[number];

/** Every uploaded material lives under this key prefix (the GuardDuty plan scans only it). */
export const documentObjectPrefix = 'documents/';

/**
 * Uploads never attached to a case expire: the presigned upload tags the object `yuexiu-upload=pending`,
 * attaching it to a case retags it `attached`, and the documents bucket's lifecycle rule (infra/lib/
 * data-stack.ts; on the local cloud infra/local/s3-lifecycle.ts applies the same rule) deletes objects
 * under the prefix still tagged pending after `days`. The metadata record expires with it (TTL), and
 * from then on it no longer counts against PENDING_UPLOAD_LIMIT.
 */
export const unattachedUploadExpiry = {
  id: 'expire-unattached-uploads',
  prefix: documentObjectPrefix,
  tag: { key: 'yuexiu-upload', value: 'pending' },
  attachedValue: 'attached',
  days: 7,
} as const;

export const uploadRequest = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200, 'at most 200 characters')
    .refine(
      (n) => ![...n].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20),
      'no slashes or control characters',
    ),
  contentType: z.enum(acceptedContentTypes, { message: `one of ${acceptedContentTypes.join(', ')}` }),
  size: z.number().int().positive('larger than 0 bytes'),
});

export type UploadRequest = z.infer<typeof uploadRequest>;

/** What a registered upload answers: where and how to PUT the file's bytes. */
export const uploadTicket = z.object({
  documentId: z.string(),
  uploadUrl: z.string().url(),
  headers: z.object({ 'content-type': z.string(), 'x-amz-tagging': z.string() }),
  expiresInSeconds: z.number().int(),
});

/** `pending` until the object is in the bucket, then `uploaded`; the content check is `check`. */
export type DocumentStatus = 'pending' | 'uploaded';

/**
 * Why a material cannot be used (the codes of `verifiedMaterial`'s 422 errors). MATERIAL_CHANGED: the
 * object is no longer the one that passed the check (overwritten after verification).
 */
export const materialCodes = [
  'MATERIAL_NOT_FOUND',
  'MATERIAL_NOT_UPLOADED',
  'MATERIAL_TYPE_MISMATCH',
  'MATERIAL_SIZE_MISMATCH',
  'MATERIAL_TOO_LARGE',
  'MATERIAL_NOT_SCANNED',
  'MATERIAL_REJECTED',
  'MATERIAL_CHANGED',
] as const;
export type MaterialCode = (typeof materialCodes)[number];

/**
 * How the content was screened for malware: `guardduty` (GuardDuty Malware Protection for S3), or
 * `type-and-size-only` where no malware scanner exists (the local cloud) — then only the file type by
 * its magic bytes and the size were checked, and the record says so.
 */
export const scanMethods = ['guardduty', 'type-and-size-only'] as const;
export type ScanMethod = (typeof scanMethods)[number];

/**
 * - passed: type, size and malware scan passed; the material may be used and downloaded
 * - scanning: type and size passed, the malware scan has no result yet; not usable, checked again later
 * - rejected: final; `code` says why; never usable (upload a new document)
 */
export const checkOutcomes = ['passed', 'scanning', 'rejected'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

/** The persisted outcome of checking a document's bytes (see verification.ts). */
export interface DocumentCheck {
  readonly outcome: CheckOutcome;
  /** Set unless passed: MATERIAL_NOT_SCANNED while scanning, else why it was rejected. */
  readonly code?: MaterialCode;
  readonly scan: ScanMethod;
  /** The scanner's own result, e.g. GuardDuty's NO_THREATS_FOUND or THREATS_FOUND. */
  readonly scanResult?: string;
  /** The type the magic bytes show (undefined when none of the accepted types). */
  readonly detectedType?: AcceptedContentType;
  /** Size of the stored object, in bytes. */
  readonly storedSize: number;
  /** SHA-256 of the whole object, lower-case hex; set once passed. */
  readonly sha256?: string;
  /** The object version that was checked: its ETag, and its VersionId where the bucket is versioned. */
  readonly etag?: string;
  readonly versionId?: string;
  readonly checkedAt: string;
  /**
   * A photo whose metadata was stripped after it passed (documents/photos.ts): the object is then the stripped
   * version (its size, ETag and SHA-256 above), and the GPS position its EXIF recorded is kept here.
   */
  readonly metadataStripped?: boolean;
  readonly gpsLocation?: { lat: number; lng: number };
}

export interface DocumentRecord {
  documentId: string;
  owner: string;
  fileName: string;
  contentType: string;
  declaredSize: number;
  objectKey: string;
  status: DocumentStatus;
  createdAt: string;
  uploadedSize?: number;
  /** The content check; absent until the document was verified once after upload. */
  check?: DocumentCheck;
  /** Set when the document is submitted with a case: the case's department may then read it. */
  caseId?: string;
  department?: string;
  /** Set when the document is sent with a letter (an attachment): those who may read the letter may read it. */
  letterId?: string;
  /** Set when the document is a photo of a city event (grid): those who may read the event may see it. */
  gridEventId?: string;
}

/** What a caller sees of a document (documents.get, documents.verify). */
export const documentView = z.object({
  documentId: z.string(),
  fileName: z.string(),
  contentType: z.enum(acceptedContentTypes),
  status: z.enum(['pending', 'uploaded']),
  size: z.number().int(),
  createdAt: z.string(),
  check: z
    .object({
      outcome: z.enum(checkOutcomes),
      code: z.enum(materialCodes).optional(),
      scan: z.enum(scanMethods).describe('type-and-size-only: no malware scanner ran (local cloud)'),
      scanResult: z.string().optional(),
      sha256: z.string().optional(),
      checkedAt: z.string(),
    })
    .optional()
    .describe('The content check; absent until uploaded'),
  downloadUrl: z.string().url().optional().describe('Only once the check passed and the object is unchanged'),
});
export type DocumentView = z.infer<typeof documentView>;

/** What the case engine gets of a material that passed every check. */
export interface VerifiedMaterial {
  readonly documentId: string;
  readonly fileName: string;
  readonly contentType: AcceptedContentType;
  readonly size: number;
  readonly sha256: string;
}
