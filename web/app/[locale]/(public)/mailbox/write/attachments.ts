// Server side of a letter's files: each posted file is registered (a signed-in writer's with
// documents.createUpload, an anonymous writer's under the letter's submission token), PUT to storage and sent
// with the letter as a document id; the API checks them like case materials when the letter is written.
import { api, isApiError } from '@/lib/api';
import { acceptedContentTypes, maxUploadBytes, uploadRequestSchema, type UploadTicket } from '@/lib/api-schemas';
import { lettersApi } from '@/lib/letters-api';
import { putFromServer, uploadProblemOf, type UploadProblem } from '@/components/document-uploads';
import { maxLetterAttachments } from '../../../../../../functions/src/letters/model';

/** Why the letter's files were not sent: the problem (MailboxAttachments.problems.<problem>) and the file. */
export interface AttachmentRefusal {
  problem: UploadProblem | 'tooMany' | 'notScanned';
  fileName?: string;
}

/** The files a letter form posted (an empty file input posts one nameless empty file). */
export const postedFiles = (data: FormData) =>
  data.getAll('attachments').filter((f): f is File => typeof f === 'object' && f.size > 0);

async function register(file: File, signedIn: boolean, submissionToken: string): Promise<UploadTicket> {
  const input = uploadRequestSchema.parse({ fileName: file.name || 'file', contentType: file.type, size: file.size });
  return signedIn ? api.createUpload(input) : lettersApi.uploadAnonymous({ ...input, submissionToken });
}

/** Uploads the posted files for the letter; their document ids, or why one could not be uploaded. */
export async function uploadAttachments(
  files: readonly File[],
  signedIn: boolean,
  submissionToken: string,
): Promise<{ ok: true; documentIds: string[] } | { ok: false; refusal: AttachmentRefusal }> {
  if (files.length > maxLetterAttachments) return { ok: false, refusal: { problem: 'tooMany' } };
  const documentIds: string[] = [];
  for (const file of files) {
    const fileName = file.name || 'file';
    if (!(acceptedContentTypes as readonly string[]).includes(file.type))
      return { ok: false, refusal: { problem: 'notAccepted', fileName } };
    if (file.size > maxUploadBytes) return { ok: false, refusal: { problem: 'tooLarge', fileName } };
    let ticket: UploadTicket;
    try {
      ticket = await register(file, signedIn, submissionToken);
    } catch (error) {
      return { ok: false, refusal: { problem: uploadProblemOf(error), fileName } };
    }
    if (!(await putFromServer(file, ticket))) return { ok: false, refusal: { problem: 'failed', fileName } };
    documentIds.push(ticket.documentId);
  }
  return { ok: true, documentIds };
}

/** A refused letter whose reason is one of its files (422 MATERIAL_*, naming `attachments.<n>`). */
export function attachmentRefusalOf(error: unknown, files: readonly File[]): AttachmentRefusal | undefined {
  if (!isApiError(error, 422)) return undefined;
  const field = (error.details as { field?: string } | undefined)?.field ?? '';
  const index = /^attachments\.(\d+)$/.exec(field)?.[1];
  if (index === undefined) return undefined;
  const fileName = files[Number(index)]?.name;
  if (error.code === 'MATERIAL_NOT_SCANNED') return { problem: 'notScanned', fileName };
  const problem = uploadProblemOf(error);
  return { problem: problem === 'failed' ? 'notUploaded' : problem, fileName };
}
