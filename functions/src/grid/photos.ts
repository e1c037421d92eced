import { gridPhotoDownload } from '../documents/service.js';
import { attachToGridEvent, checkedPhotoOf } from '../documents/photos.js';
import type { GpsLocation } from '../documents/image-metadata.js';
import type { GridEventRecord, GridPhoto } from './model.js';

/**
 * A city event's photos — the reporter's from the camera, the department's of the result — go through the
 * documents context's one checked-upload path (documents/photos.ts): uploaded with documents.createUpload,
 * checked like case materials when the report or the handling is sent (422 MATERIAL_* naming `photos.<n>`),
 * stored with their metadata stripped, and from then on readable only through the event.
 */

/** The photos `uploader` (an account's sub) sends, checked and stripped, and the first GPS position they record. */
export async function checkedPhotos(
  uploader: string,
  documentIds: readonly string[],
  stage: GridPhoto['stage'],
  by: string,
  at: string,
): Promise<{ photos: GridPhoto[]; location?: GpsLocation }> {
  const checked = await Promise.all(
    documentIds.map((documentId, index) => checkedPhotoOf(uploader, documentId, `photos.${index}`)),
  );
  const location = checked.find((p) => p.location)?.location;
  return {
    photos: checked.map((p) => ({
      documentId: p.documentId,
      stage,
      fileName: p.fileName,
      contentType: p.contentType,
      size: p.size,
      sha256: p.sha256,
      at,
      by,
    })),
    ...(location ? { location } : {}),
  };
}

/** Binds the photos to the event once it is saved with them. */
export async function bindPhotos(eventId: string, photos: readonly GridPhoto[]): Promise<void> {
  if (photos.length > 0)
    await attachToGridEvent(
      photos.map((p) => p.documentId),
      eventId,
    );
}

/**
 * The event's photos with a short-lived download URL each, for a caller the route already let read the event
 * (its reporter, or staff in scope): handing the URLs out is the audited read (grid.get). A photo whose object
 * changed after its check gets no URL.
 */
export async function photosWithDownloads(record: GridEventRecord) {
  return Promise.all(
    (record.photos ?? []).map(async ({ by: _by, ...photo }) => {
      const downloadUrl = await gridPhotoDownload(photo.documentId, record.eventId);
      return { ...photo, ...(downloadUrl ? { downloadUrl } : {}) };
    }),
  );
}
