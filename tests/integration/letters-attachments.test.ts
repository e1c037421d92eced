import { describe, expect, it } from 'vitest';
import { anonymousPendingLimit } from '../../functions/src/letters/attachments.js';
import { api, tokenFor } from '../support/api.js';
import { samplePdf, uploadDocument } from '../support/documents.js';

/**
 * Files sent with a letter take the one checked-upload path of case materials (documents/service.ts): type by
 * magic bytes, size, pending quota, malware scan, SHA-256. The writer and the staff handling the letter get
 * download URLs (an audited read); the public Q&A never shows them.
 */

const letter = (overrides: Record<string, unknown> = {}) => ({
  type: 'consultation',
  topic: 'marriage',
  subject: '结婚登记材料是否齐全',
  body: '附上我准备的材料清单，请帮忙看看办理结婚登记是否齐全。',
  publishConsent: true,
  submissionToken: crypto.randomUUID(),
  ...overrides,
});

/** An anonymous writer's file for the letter with `submissionToken`, uploaded by its presigned URL; its id. */
async function uploadAnonymously(submissionToken: string, bytes = samplePdf, contentType = 'application/pdf') {
  const created = await api('POST', '/api/letters/attachments', {
    body: { fileName: '清单.pdf', contentType, size: bytes.length, submissionToken },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await fetch(created.body.uploadUrl, { method: 'PUT', headers: created.body.headers, body: bytes });
  expect(put.ok).toBe(true);
  return created.body.documentId as string;
}

const bytesAt = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

describe('letter attachments', () => {
  it("sends a signed-in writer's checked file with the letter, readable by the writer and the department only", async () => {
    const citizen = await tokenFor('citizen1');
    const documentId = await uploadDocument(citizen, samplePdf, '材料清单.pdf');

    const written = await api('POST', '/api/letters', { token: citizen, body: letter({ attachments: [documentId] }) });

    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const { letterId, letterNumber } = written.body.letter;
    expect(written.body.letter.attachments).toEqual([
      {
        documentId,
        fileName: '材料清单.pdf',
        contentType: 'application/pdf',
        size: samplePdf.length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    for (const user of ['citizen1', 'officer1']) {
      const read = await api('GET', `/api/letters/${letterId}`, { token: await tokenFor(user) });
      expect(read.status).toBe(200);
      expect(await bytesAt(read.body.attachments[0].downloadUrl), user).toEqual(samplePdf);
    }
    expect((await api('GET', `/api/letters/${letterId}`, { token: await tokenFor('officer2') })).status).toBe(404);
    // Sent with this letter, the file is no longer the writer's to send again or attach to a case.
    const again = await api('POST', '/api/letters', { token: citizen, body: letter({ attachments: [documentId] }) });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({ code: 'MATERIAL_NOT_FOUND', details: { field: 'attachments.0' } });

    // Published, the question and answer go public; the file does not.
    const answered = await api('POST', `/api/letters/${letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '您好：材料齐全，请双方携带身份证和户口簿办理。' },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const published = await api('GET', `/api/public-letters/${letterNumber}`);
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).not.toMatch(/attachment|documentId|材料清单\.pdf/);
  });

  it('lets an anonymous writer attach a file under the letter’s submission token and read it when following', async () => {
    const submissionToken = crypto.randomUUID();
    const documentId = await uploadAnonymously(submissionToken);
    // Another letter (another token) cannot send that file.
    const other = await api('POST', '/api/letters/anonymous', { body: letter({ attachments: [documentId] }) });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('MATERIAL_NOT_FOUND');

    const written = await api('POST', '/api/letters/anonymous', {
      body: letter({ submissionToken, attachments: [documentId] }),
    });

    expect(written.status, JSON.stringify(written.body)).toBe(201);
    expect(written.body.letter.attachments.map((a: { documentId: string }) => a.documentId)).toEqual([documentId]);
    const followed = await api('POST', '/api/letters/follow', { body: written.body.credentials });
    expect(followed.status).toBe(200);
    expect(await bytesAt(followed.body.attachments[0].downloadUrl)).toEqual(samplePdf);
  });

  it('refuses a file whose content is not the type it claims, naming the file and the field', async () => {
    const submissionToken = crypto.randomUUID();
    const documentId = await uploadAnonymously(submissionToken, Buffer.from('这不是 PDF 文件，只是一段文字。'));

    const written = await api('POST', '/api/letters/anonymous', {
      body: letter({ submissionToken, attachments: [documentId] }),
    });

    expect(written.status).toBe(422);
    expect(written.body.error).toMatchObject({ code: 'MATERIAL_TYPE_MISMATCH', details: { field: 'attachments.0' } });
    expect(written.body.error.message).toContain('清单.pdf');
  });

  it('refuses a type not taken, a file too large and more files than a letter carries', async () => {
    const submissionToken = crypto.randomUUID();
    const upload = (body: Record<string, unknown>) =>
      api('POST', '/api/letters/attachments', {
        body: { fileName: '照片.gif', contentType: 'application/pdf', size: 1000, submissionToken, ...body },
      });

    const gif = await upload({ contentType: 'image/gif' });
    const huge = await upload({ fileName: '扫描件.pdf', size: 200 * 1024 * 1024 });
    const four = await api('POST', '/api/letters/anonymous', {
      body: letter({ attachments: Array.from({ length: 4 }, () => crypto.randomUUID()) }),
    });

    expect(gif.status).toBe(400);
    expect(gif.body.error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(gif.body.error)).toContain('contentType');
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ code: 'FILE_TOO_LARGE', details: { field: 'size' } });
    expect(four.status).toBe(400);
    expect(JSON.stringify(four.body.error)).toContain('attachments');
  });

  it(`holds at most ${anonymousPendingLimit} unsent uploads per anonymous letter (409 PENDING_UPLOAD_LIMIT)`, async () => {
    const submissionToken = crypto.randomUUID();
    const register = () =>
      api('POST', '/api/letters/attachments', {
        body: { fileName: '清单.pdf', contentType: 'application/pdf', size: 1000, submissionToken },
      });
    for (let i = 0; i < anonymousPendingLimit; i++) expect((await register()).status, `upload ${i + 1}`).toBe(201);

    const refused = await register();

    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'PENDING_UPLOAD_LIMIT',
      details: { limit: anonymousPendingLimit },
    });
  });
});
