'use server';

import { checkUploaded, registerUpload, type UploadedDocument, type UploadProblem } from './document-uploads';
import type { UploadTicket } from '@/lib/api-schemas';

/** Registers a material's file and returns where the browser PUTs it (the file never passes through us). */
export async function requestMaterialUpload(
  input: unknown,
): Promise<{ ok: true; ticket: UploadTicket } | { ok: false; problem: UploadProblem }> {
  return registerUpload(input);
}

/** Checks a file the browser uploaded: type by its bytes, size, malware scan, SHA-256. */
export async function checkMaterialUpload(documentId: unknown, fileName: unknown): Promise<UploadedDocument> {
  const name = typeof fileName === 'string' ? fileName.slice(0, 200) : '';
  if (typeof documentId !== 'string' || !/^[0-9a-f-]{36}$/i.test(documentId)) {
    return { status: 'refused', fileName: name, problem: 'failed' };
  }
  return checkUploaded(documentId, name);
}
