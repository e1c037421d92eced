// Server side of a city event's photos: each posted photo is registered with documents.createUpload, PUT to
// storage by its presigned URL and sent with the report (or the handling) as a document id; the API checks it
// like a case's material, and stores it without its EXIF.
import { api, isApiError } from '@/lib/api';
import { maxUploadBytes, uploadRequestSchema } from '@/lib/api-schemas';
import { maxGridPhotos } from '../../functions/src/grid/model';
import { putFromServer, uploadProblemOf, type UploadProblem } from './document-uploads';

/** Why the photos were not sent: the problem (GridPhotos.problems.<problem>) and the photo. */
export interface PhotoRefusal {
  problem: UploadProblem | 'tooMany' | 'notScanned';
  fileName?: string;
}

const photoTypes: readonly string[] = ['image/jpeg', 'image/png'];

/** The photos a form posted under `name` (an empty file input posts one nameless empty file). */
export const postedPhotos = (data: FormData, name = 'photos') =>
  data.getAll(name).filter((f): f is File => typeof f === 'object' && f.size > 0);

/** Uploads the posted photos as the signed-in caller's documents; their ids, or why one could not be. */
export async function uploadPhotos(
  files: readonly File[],
): Promise<{ ok: true; documentIds: string[] } | { ok: false; refusal: PhotoRefusal }> {
  if (files.length > maxGridPhotos) return { ok: false, refusal: { problem: 'tooMany' } };
  const documentIds: string[] = [];
  for (const file of files) {
    const fileName = file.name || 'photo.jpg';
    if (!photoTypes.includes(file.type)) return { ok: false, refusal: { problem: 'notAccepted', fileName } };
    if (file.size > maxUploadBytes) return { ok: false, refusal: { problem: 'tooLarge', fileName } };
    try {
      const ticket = await api.createUpload(
        uploadRequestSchema.parse({ fileName, contentType: file.type, size: file.size }),
      );
      if (!(await putFromServer(file, ticket))) return { ok: false, refusal: { problem: 'failed', fileName } };
      documentIds.push(ticket.documentId);
    } catch (error) {
      return { ok: false, refusal: { problem: uploadProblemOf(error), fileName } };
    }
  }
  return { ok: true, documentIds };
}

/** A refused report or handling whose reason is one of its photos (422 MATERIAL_*, naming `photos.<n>`). */
export function photoRefusalOf(error: unknown, files: readonly File[]): PhotoRefusal | undefined {
  if (!isApiError(error, 422)) return undefined;
  const field = (error.details as { field?: string } | undefined)?.field ?? '';
  const index = /^photos\.(\d+)$/.exec(field)?.[1];
  if (index === undefined) return undefined;
  const fileName = files[Number(index)]?.name;
  if (error.code === 'MATERIAL_NOT_SCANNED') return { problem: 'notScanned', fileName };
  const problem = uploadProblemOf(error);
  return { problem: problem === 'failed' ? 'notUploaded' : problem, fileName };
}
