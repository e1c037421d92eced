import { createHash } from 'node:crypto';
import { nowIso } from '../platform/clock.js';
import { logger } from '../platform/logger.js';
import { imageGpsLocation, stripImageMetadata, type GpsLocation } from './image-metadata.js';
import type { DocumentCheck, VerifiedMaterial } from './model.js';
import { materialError, verifiedMaterialOf } from './service.js';
import * as store from './store.js';
import { ObjectChangedError } from './verification.js';

/**
 * Photos (a city event's, grid) take the one checked-upload path of materials — presigned upload, size limit,
 * pending quota, magic-byte type check, malware scan, SHA-256 (service.ts) — and one step more once they pass:
 * the GPS position their EXIF records is read and kept on the document's check, and every metadata segment is
 * stripped from the stored object (image-metadata.ts). The stripped version replaces the checked one, and the
 * check is recorded again for it (size, ETag/VersionId, SHA-256), so the integrity check at download holds for
 * what is served; the malware scan's verdict carries over, the stripped bytes being a subset of those scanned.
 * Repeating it (a retried report) finds nothing more to strip and answers the kept position.
 *
 * On the versioned bucket (AWS) the original upload, metadata and all, stays behind as a noncurrent version
 * until the lifecycle rule of pending uploads removes it (noncurrent for a day: its version still carries the
 * `pending` tag); nothing serves it meanwhile (downloads are pinned to the checked, stripped version). The
 * local cloud's bucket is not versioned, so there the overwrite removes it at once.
 */

/** A photo past every check, its metadata stripped; `location` is where its EXIF said it was taken. */
export interface CheckedPhoto extends VerifiedMaterial {
  readonly location?: GpsLocation;
}

/**
 * The caller's (`ownerSub`) unsent photo, checked as a material and stripped of its metadata; 422 MATERIAL_*
 * naming `field` as verifiedMaterial does, MATERIAL_TYPE_MISMATCH for a PDF (a photo is a JPEG or PNG).
 */
export async function checkedPhotoOf(ownerSub: string, documentId: string, field: string): Promise<CheckedPhoto> {
  const material = await verifiedMaterialOf(ownerSub, documentId, field);
  if (material.contentType !== 'image/jpeg' && material.contentType !== 'image/png') {
    throw materialError('MATERIAL_TYPE_MISMATCH', field, `${material.fileName} is not a photo (JPEG or PNG)`);
  }
  const doc = await store.getDocument(documentId);
  const check = doc?.check;
  if (!doc || !check) throw materialError('MATERIAL_NOT_FOUND', field, 'no such unsubmitted document of yours');
  const kept = check.gpsLocation ? { location: check.gpsLocation } : {};
  if (check.metadataStripped) return { ...material, ...kept };

  const changed = () =>
    materialError(
      'MATERIAL_CHANGED',
      field,
      `${material.fileName} changed while it was being prepared; upload it again`,
    );
  let bytes: Uint8Array;
  try {
    bytes = await store.versionBytes(doc, {
      size: check.storedSize,
      etag: check.etag ?? '',
      versionId: check.versionId,
    });
  } catch (error) {
    if (error instanceof ObjectChangedError) throw changed();
    throw error;
  }
  const location = imageGpsLocation(bytes);
  const stripped = stripImageMetadata(bytes);
  const version = stripped === bytes ? undefined : await store.replaceObject(doc, stripped);
  const next: DocumentCheck = {
    ...check,
    metadataStripped: true,
    ...(location ? { gpsLocation: location } : {}),
    ...(version
      ? {
          storedSize: version.size,
          etag: version.etag,
          versionId: version.versionId,
          sha256: createHash('sha256').update(stripped).digest('hex'),
          checkedAt: nowIso(),
        }
      : {}),
  };
  if (!(await store.replaceCheck(documentId, check.etag, next))) throw changed();
  logger.info('photo metadata stripped', {
    action: 'documents.stripMetadata',
    documentId,
    removedBytes: bytes.length - stripped.length,
    gps: location !== undefined,
  });
  return {
    ...material,
    size: next.storedSize,
    sha256: next.sha256 ?? material.sha256,
    ...(location ? { location } : {}),
  };
}

/** Binds checked photos to the city event they were sent with (out of the pending quota, no longer expiring). */
export async function attachToGridEvent(documentIds: readonly string[], gridEventId: string): Promise<void> {
  await Promise.all(
    documentIds.map(async (id) => {
      const doc = await store.getDocument(id);
      if (doc && doc.gridEventId === undefined) await store.markObjectAttached(doc);
      await store.attachToGridEvent(id, gridEventId);
    }),
  );
}
