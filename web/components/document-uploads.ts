// Server side of a material's upload: register the document, and check it once its bytes are in storage.
// The browser PUTs the file itself (presigned URL); without script, the server action posts it here instead.
import { api, isApiError } from '@/lib/api';
import { acceptedContentTypes, maxUploadBytes, uploadRequestSchema, type UploadTicket } from '@/lib/api-schemas';

/** Why a file cannot be used (message keys of the Apply namespace, `upload.<problem>`). */
export type UploadProblem =
  | 'notAccepted'
  | 'tooLarge'
  | 'typeMismatch'
  | 'sizeMismatch'
  | 'rejected'
  | 'notUploaded'
  | 'changed'
  | 'signedOut'
  | 'tooManyPending'
  | 'failed';

/** A file as the form keeps it: checked (with its SHA-256), still being scanned, or refused. */
export type UploadedDocument =
  | { status: 'passed'; documentId: string; fileName: string; sha256: string }
  | { status: 'scanning'; documentId: string; fileName: string }
  | { status: 'refused'; documentId?: string; fileName: string; problem: UploadProblem };

const problemOfCode: Record<string, UploadProblem> = {
  MATERIAL_TYPE_MISMATCH: 'typeMismatch',
  MATERIAL_SIZE_MISMATCH: 'sizeMismatch',
  MATERIAL_TOO_LARGE: 'tooLarge',
  MATERIAL_REJECTED: 'rejected',
  MATERIAL_NOT_UPLOADED: 'notUploaded',
  MATERIAL_CHANGED: 'changed',
  DOCUMENT_CHANGED: 'changed',
  DOCUMENT_CHANGING: 'changed',
  FILE_TOO_LARGE: 'tooLarge',
  // The quota of uploads not yet sent with an application (issue 10 §9): say so, not "try again".
  PENDING_UPLOAD_LIMIT: 'tooManyPending',
};

/** The problem a material code names (the MATERIAL_* codes of a refused letter or case), if it names one. */
export const uploadProblemOfCode = (code: string): UploadProblem | undefined => problemOfCode[code];

/** The problem of a failed API call, for the person uploading. */
export function uploadProblemOf(error: unknown): UploadProblem {
  if (isApiError(error, 401)) return 'signedOut';
  if (isApiError(error) && problemOfCode[error.code]) return problemOfCode[error.code]!;
  if (!isApiError(error) || error.status >= 500)
    console.error(JSON.stringify({ level: 'ERROR', action: 'documents.upload', error: String(error) }));
  return 'failed';
}

const isAccepted = (type: string) => (acceptedContentTypes as readonly string[]).includes(type);

/** Registers a document; the ticket says where to PUT its bytes. */
export async function registerUpload(
  input: unknown,
): Promise<{ ok: true; ticket: UploadTicket } | { ok: false; problem: UploadProblem }> {
  const parsed = uploadRequestSchema.safeParse(input);
  if (!parsed.success) {
    const size = (input as { size?: unknown } | null)?.size;
    return { ok: false, problem: typeof size === 'number' && size > maxUploadBytes ? 'tooLarge' : 'notAccepted' };
  }
  try {
    return { ok: true, ticket: await api.createUpload(parsed.data) };
  } catch (error) {
    return { ok: false, problem: uploadProblemOf(error) };
  }
}

/** Checks an uploaded document (POST /api/documents/{id}/verify) and says how it stands. */
export async function checkUploaded(documentId: string, fileName: string): Promise<UploadedDocument> {
  try {
    const checked = await api.verifyDocument(documentId);
    const check = checked.check;
    if (check?.outcome === 'passed' && check.sha256)
      return { status: 'passed', documentId, fileName: checked.fileName, sha256: check.sha256 };
    if (check?.outcome === 'scanning') return { status: 'scanning', documentId, fileName: checked.fileName };
    const problem = check ? (problemOfCode[check.code ?? ''] ?? 'rejected') : 'notUploaded';
    return { status: 'refused', documentId, fileName: checked.fileName, problem };
  } catch (error) {
    return { status: 'refused', documentId, fileName, problem: uploadProblemOf(error) };
  }
}

/** Uploads a file the form posted (no script in the browser): register, PUT from here, check. */
export async function uploadFromServer(file: File): Promise<UploadedDocument> {
  const fileName = file.name || 'file';
  if (!isAccepted(file.type)) return { status: 'refused', fileName, problem: 'notAccepted' };
  if (file.size > maxUploadBytes) return { status: 'refused', fileName, problem: 'tooLarge' };
  const registered = await registerUpload({ fileName, contentType: file.type, size: file.size });
  if (!registered.ok) return { status: 'refused', fileName, problem: registered.problem };
  const { ticket } = registered;
  if (!(await putFromServer(file, ticket))) {
    return { status: 'refused', documentId: ticket.documentId, fileName, problem: 'failed' };
  }
  return checkUploaded(ticket.documentId, fileName);
}

/** PUTs a posted file's bytes to storage by the ticket's presigned URL; false (logged) when that failed. */
export async function putFromServer(file: File, ticket: UploadTicket): Promise<boolean> {
  try {
    const response = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      // The ticket's headers (its content type and pending tag) are the ones the URL was signed with.
      headers: ticket.headers,
      body: Buffer.from(await file.arrayBuffer()),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`upload answered ${response.status}`);
    return true;
  } catch (error) {
    console.error(JSON.stringify({ level: 'ERROR', action: 'documents.serverUpload', error: String(error) }));
    return false;
  }
}
