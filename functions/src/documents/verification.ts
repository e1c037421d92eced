import type { DocumentCheck, DocumentRecord } from './model.js';
import type { MalwareScanner } from './scan/port.js';
import { detectContentType, signatureLength } from './signatures.js';

/**
 * Checking an uploaded material, and proving at download time that it is still what was checked.
 *
 * The check runs once per object version, lazily (documents.verify, documents.get or the case engine's
 * verifiedMaterial), in this order, each step cheaper than the next: the stored size must be at most
 * MAX_UPLOAD_BYTES and equal the declared size (HeadObject); the first bytes (a ranged GetObject) must
 * be the declared type's signature; the malware scan port must pass; then the whole object is streamed
 * once through SHA-256. Every read is pinned to the version HeadObject saw (VersionId on AWS, If-Match
 * and a comparison of the response ETag everywhere), so the hash is of exactly the bytes that were
 * type- and scan-checked.
 *
 * Integrity at download — the chosen design: the check records the version's ETag and, on a versioned
 * bucket (AWS), its VersionId beside the SHA-256. Before a download URL is handed out, or a material
 * is given to a case, HeadObject must report the same ETag and VersionId; otherwise the request fails
 * closed (409 DOCUMENT_CHANGED, audited; 422 MATERIAL_CHANGED for a case). On AWS the download URL is
 * also pinned to the checked VersionId, so even an overwrite after that HeadObject cannot change what
 * it serves. We do not rely on S3's own SHA-256 checksums (`ChecksumAlgorithm: 'SHA256'` presigned
 * PUTs, `ChecksumMode: 'ENABLED'` on HeadObject): browsers would have to compute and send the checksum,
 * and s3rver supports neither. Any overwrite makes a new ETag/VersionId pair on S3 (s3rver's ETag is the
 * MD5 of the bytes, so there only an identical re-upload keeps it — and then the bytes are unchanged).
 */

/** One stored version of an object. */
export interface ObjectVersion {
  readonly size: number;
  readonly etag: string;
  /** Absent where the bucket is not versioned (s3rver). */
  readonly versionId?: string;
}

/** The object moved on while (or since) it was checked. */
export class ObjectChangedError extends Error {
  constructor() {
    super('The object changed while it was read');
    this.name = 'ObjectChangedError';
  }
}

/** The object port of a check (store.ts implements it over S3). */
export interface ObjectReader {
  readonly bucket: string;
  readonly key: string;
  /** The current version, or undefined when nothing was uploaded. */
  current(): Promise<ObjectVersion | undefined>;
  /** The first `count` bytes of exactly `version` (fewer if it is shorter); ObjectChangedError if gone. */
  firstBytes(version: ObjectVersion, count: number): Promise<Uint8Array>;
  /** SHA-256 (lower-case hex) of all of exactly `version`, streamed once; ObjectChangedError if gone. */
  sha256(version: ObjectVersion): Promise<string>;
}

export interface CheckContext {
  readonly reader: ObjectReader;
  readonly scanner: MalwareScanner;
  readonly maxBytes: number;
  readonly now: () => string;
}

/**
 * Checks a document's current object. Undefined when nothing was uploaded yet; otherwise the outcome
 * to record: `passed` (with the SHA-256), `scanning` (no scan result yet) or `rejected` with its code.
 */
export async function checkDocument(
  doc: Pick<DocumentRecord, 'contentType' | 'declaredSize'>,
  { reader, scanner, maxBytes, now }: CheckContext,
): Promise<DocumentCheck | undefined> {
  const version = await reader.current();
  if (!version) return undefined;
  const base = {
    scan: scanner.method,
    storedSize: version.size,
    etag: version.etag,
    versionId: version.versionId,
    checkedAt: now(),
  };
  if (version.size > maxBytes) return { ...base, outcome: 'rejected', code: 'MATERIAL_TOO_LARGE' };
  if (version.size !== doc.declaredSize) return { ...base, outcome: 'rejected', code: 'MATERIAL_SIZE_MISMATCH' };

  const detectedType = detectContentType(await reader.firstBytes(version, signatureLength));
  if (detectedType !== doc.contentType) {
    return { ...base, detectedType, outcome: 'rejected', code: 'MATERIAL_TYPE_MISMATCH' };
  }

  const verdict = await scanner.verdict({ bucket: reader.bucket, key: reader.key, versionId: version.versionId });
  if (verdict.state === 'pending') return { ...base, detectedType, outcome: 'scanning', code: 'MATERIAL_NOT_SCANNED' };
  if (verdict.state === 'rejected') {
    return { ...base, detectedType, outcome: 'rejected', code: 'MATERIAL_REJECTED', scanResult: verdict.result };
  }
  const sha256 = await reader.sha256(version);
  return { ...base, detectedType, outcome: 'passed', scanResult: verdict.result, sha256 };
}

/** Whether the current version is the one a check recorded (same ETag, same VersionId). */
export function isCheckedVersion(check: DocumentCheck, current: ObjectVersion | undefined): boolean {
  return current !== undefined && current.etag === check.etag && current.versionId === check.versionId;
}
