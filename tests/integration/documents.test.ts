import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { samplePdf, uploadDocument } from '../support/documents.js';

describe('S3 round trip: upload by presigned URL', () => {
  it('stores the bytes and serves them back by a presigned download URL', async () => {
    const token = await tokenFor('citizen1');
    const id = await uploadDocument(token);

    const doc = await api('GET', `/api/documents/${id}`, { token });
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({
      documentId: id,
      status: 'uploaded',
      size: samplePdf.length,
      fileName: '申请书.pdf',
    });
    const download = await fetch(doc.body.downloadUrl);
    expect(Buffer.from(await download.arrayBuffer()).equals(samplePdf)).toBe(true);
  });

  it("hides another citizen's document (404)", async () => {
    const id = await uploadDocument(await tokenFor('citizen1'));
    const res = await api('GET', `/api/documents/${id}`, { token: await tokenFor('citizen2') });
    expect(res.status).toBe(404);
  });

  it('refuses an unaccepted file type, naming the field', async () => {
    const res = await api('POST', '/api/documents/uploads', {
      token: await tokenFor('citizen1'),
      body: { fileName: 'virus.exe', contentType: 'application/x-msdownload', size: 10 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0].field).toBe('contentType');
  });

  it('refuses a file over the size limit with 413', async () => {
    const res = await api('POST', '/api/documents/uploads', {
      token: await tokenFor('citizen1'),
      body: { fileName: 'big.pdf', contentType: 'application/pdf', size: 500 * 1024 * 1024 },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('FILE_TOO_LARGE');
  });
});
