// Server side of the application and correction forms: the materials a post carries, and what the API's
// refusals mean for the form (which field, which material, or a message for the whole form).
import { isApiError } from '@/lib/api';
import { formProblemDetailsSchema, materialProblemDetailsSchema } from '@/lib/api-schemas';
import type { FormProblem } from '../../functions/src/forms/validate';
import { materialCertificateName, materialFileName, materialInputName, problemsFromApi } from './application-answers';
import { checkUploaded, uploadFromServer, type UploadedDocument, type UploadProblem } from './document-uploads';

/** Why a material cannot be sent (message keys `materialProblem.<problem>` of the Apply namespace). */
export type MaterialProblem = 'missing' | 'notFound' | 'notScanned' | 'certificate' | UploadProblem;

/** A message about the whole form (keys of the Apply namespace, `message.<key>`). */
export type FormMessage =
  | 'invalid'
  | 'uploading'
  | 'notOnline'
  | 'notPublished'
  | 'stale'
  | 'draftStale'
  | 'notAwaitingCorrection'
  | 'signedOut'
  | 'forbidden'
  | 'generic';

/** What the form shows after a refused post. */
export interface FormRefusal {
  message: FormMessage;
  problems?: FormProblem[];
  materialProblems?: Record<number, MaterialProblem>;
}

/** A material's files as the server knows them, with a stable key for the form's list. */
export type PostedUploads = Record<number, ({ key: string } & UploadedDocument)[]>;

/**
 * The materials of a post. With script, the browser uploaded and checked each file and posts its id. Without,
 * the files come with the post: they are uploaded and checked here, and every id is checked again so the
 * refilled form can show its file name.
 */
export async function materialsOfPost(materialCount: number, data: FormData, scripted: boolean) {
  const uploads: PostedUploads = {};
  const send: ({ material: number; documentIds: string[] } | { material: number; certificateId: string })[] = [];
  for (let material = 0; material < materialCount; material++) {
    // An e-certificate chosen from the wallet stands in for the files (证照核查).
    const certificateId = data.get(materialCertificateName(material));
    if (typeof certificateId === 'string' && certificateId !== '') {
      send.push({ material, certificateId });
      continue;
    }
    const ids = data
      .getAll(materialInputName(material))
      .filter((v): v is string => typeof v === 'string' && v !== '')
      .slice(0, 10);
    let files: UploadedDocument[] = [];
    if (!scripted) {
      const posted = data
        .getAll(materialFileName(material))
        .filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v && v.size > 0);
      files = [
        ...(await Promise.all(ids.map((id) => checkUploaded(id, '')))),
        ...(await Promise.all(posted.slice(0, 10).map(uploadFromServer))),
      ];
      uploads[material] = files.map((f, i) => ({ ...f, key: `${material}-${i}-${f.documentId ?? f.fileName}` }));
    }
    const usable = scripted
      ? ids
      : files.flatMap((f) => (f.status !== 'refused' && f.documentId ? [f.documentId] : []));
    if (usable.length > 0) send.push({ material, documentIds: usable });
  }
  return { send, uploads };
}

const materialProblemOfCode: Record<string, MaterialProblem> = {
  MATERIAL_NOT_FOUND: 'notFound',
  MATERIAL_NOT_UPLOADED: 'notUploaded',
  MATERIAL_TYPE_MISMATCH: 'typeMismatch',
  MATERIAL_SIZE_MISMATCH: 'sizeMismatch',
  MATERIAL_TOO_LARGE: 'tooLarge',
  MATERIAL_NOT_SCANNED: 'notScanned',
  MATERIAL_REJECTED: 'rejected',
  MATERIAL_CHANGED: 'changed',
};

/**
 * What an API error means for the form. `sent` is the materials list as posted, since a refused file is
 * named by its position there (`materials.<k>.documentIds.<p>`), not by its material.
 */
export function refusalOf(error: unknown, sent: readonly { material: number }[], action: string): FormRefusal {
  if (isApiError(error, 401)) return { message: 'signedOut' };
  if (isApiError(error, 403)) return { message: 'forbidden' };
  if (isApiError(error) && error.code === 'FORM_INVALID') {
    const details = formProblemDetailsSchema.safeParse(error.details);
    return { message: 'invalid', problems: details.success ? problemsFromApi(details.data.fields) : [] };
  }
  if (isApiError(error) && (error.code.startsWith('MATERIAL_') || error.code.startsWith('CERTIFICATE_'))) {
    const details = materialProblemDetailsSchema.safeParse(error.details);
    const position = details.success ? /^materials\.(\d+)/.exec(details.data.field ?? '') : null;
    const material =
      error.code === 'MATERIAL_MISSING'
        ? details.success
          ? details.data.material
          : undefined
        : position
          ? sent[Number(position[1])]?.material
          : undefined;
    const problem =
      error.code === 'MATERIAL_MISSING'
        ? 'missing'
        : error.code.startsWith('CERTIFICATE_') || error.code === 'MATERIAL_NOT_CERTIFIABLE'
          ? 'certificate'
          : (materialProblemOfCode[error.code] ?? 'failed');
    return { message: 'invalid', ...(material !== undefined ? { materialProblems: { [material]: problem } } : {}) };
  }
  if (isApiError(error) && error.code === 'ITEM_NOT_ONLINE') return { message: 'notOnline' };
  if (isApiError(error) && error.code === 'ITEM_NOT_PUBLISHED') return { message: 'notPublished' };
  if (isApiError(error) && error.code === 'FORM_DRAFT_STALE') return { message: 'draftStale' };
  if (isApiError(error) && error.code === 'CASE_STALE') return { message: 'stale' };
  if (isApiError(error) && error.code === 'NOT_AWAITING_CORRECTION') return { message: 'notAwaitingCorrection' };
  if (isApiError(error, 400) || isApiError(error, 422)) return { message: 'invalid' };
  console.error(JSON.stringify({ level: 'ERROR', action, error: String(error) }));
  return { message: 'generic' };
}
