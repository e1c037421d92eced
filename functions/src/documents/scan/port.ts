import type { ScanMethod } from '../model.js';

/** The object version to judge; adapters read exactly this version where the bucket is versioned. */
export interface ScannedObject {
  readonly bucket: string;
  readonly key: string;
  readonly versionId?: string;
}

/**
 * A scanner's verdict on one object version:
 * - passed: nothing against using it (for `type-and-size-only`: no malware scan exists to object)
 * - pending: no result yet; ask again later, the material is not usable meanwhile
 * - rejected: final; do not use or serve it
 */
export type ScanVerdict =
  | { readonly state: 'passed'; readonly result: string }
  | { readonly state: 'pending' }
  | { readonly state: 'rejected'; readonly result: string };

/**
 * The malware scan port. Adapters: `guardduty.ts` (GuardDuty Malware Protection for S3's result tag)
 * and `local.ts` (no scanner: type and size checks only); `index.ts` wires the one config names.
 * The file type and size checks are the domain's own (verification.ts) and run with either adapter.
 */
export interface MalwareScanner {
  /** Recorded on the document, so that a record says honestly how it was screened. */
  readonly method: ScanMethod;
  verdict(object: ScannedObject): Promise<ScanVerdict>;
}
