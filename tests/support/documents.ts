import { api } from './api.js';

/** A small but real PDF file. */
export const samplePdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Registers a document, uploads its bytes by the presigned URL and returns its id. */
export async function uploadDocument(token: string, bytes = samplePdf, fileName = '申请书.pdf'): Promise<string> {
  const created = await api('POST', '/api/documents/uploads', {
    token,
    body: { fileName, contentType: 'application/pdf', size: bytes.length },
  });
  if (created.status !== 201) throw new Error(`upload registration failed: ${JSON.stringify(created.body)}`);
  const put = await fetch(created.body.uploadUrl, {
    method: 'PUT',
    headers: created.body.headers,
    body: bytes,
  });
  if (!put.ok) throw new Error(`presigned PUT failed: ${put.status} ${await put.text()}`);
  return created.body.documentId as string;
}
