import { createHash } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifiedMaterial } from '../../functions/src/documents/service.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { AppError } from '../../functions/src/platform/errors.js';
import { principalFromClaims, type Principal } from '../../functions/src/platform/principal.js';
import { api, tokenFor } from '../support/api.js';
import { samplePdf, uploadDocument } from '../support/documents.js';

/** The first bytes of a PNG image (signature and the start of its IHDR chunk) and some padding. */
const samplePng = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(48, 7),
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Upload {
  documentId: string;
  uploadUrl: string;
  headers: Record<string, string>;
}

async function register(token: string, fileName: string, contentType: string, size: number): Promise<Upload> {
  const created = await api('POST', '/api/documents/uploads', { token, body: { fileName, contentType, size } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function putPresigned(upload: Upload, bytes: Buffer): Promise<void> {
  const put = await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: new Uint8Array(bytes) });
  expect(put.ok, `presigned PUT: ${put.status} ${await put.text()}`).toBe(true);
}

async function upload(token: string, fileName: string, contentType: string, bytes: Buffer): Promise<Upload> {
  const created = await register(token, fileName, contentType, bytes.length);
  await putPresigned(created, bytes);
  return created;
}

const verify = (token: string, id: string) => api('POST', `/api/documents/${id}/verify`, { token });

/** The principal of a demo user's token, as the case engine would receive it. */
async function principalOf(username: string): Promise<Principal> {
  const token = await tokenFor(username);
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
  return principalFromClaims(claims)!;
}

/** verifiedMaterial's AppError (or undefined when it passed). */
async function refusalOf(principal: Principal, id: string, field = 'materials.2.documentIds.0') {
  try {
    await verifiedMaterial(principal, id, field);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
}

// The case engine calls verifiedMaterial in-process: this worker talks to the same local cloud.
const localCloud = inject('cloud').env;
const local = localCloud.AWS_ENDPOINT_URL_S3 !== undefined;
let s3: S3Client | undefined;
/** Writes an object directly (not through a presigned URL), as someone with bucket access could. */
async function putDirect(uploadUrl: string, bytes: Buffer, contentType: string): Promise<void> {
  const [, bucket, ...key] = new URL(uploadUrl).pathname.split('/');
  await s3!.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key.map(decodeURIComponent).join('/'),
      Body: bytes,
      ContentType: contentType,
    }),
  );
}

const saved = { ...process.env };
beforeAll(() => {
  if (!local) return;
  Object.assign(process.env, localCloud);
  resetConfig();
  resetClients();
  s3 = new S3Client({
    region: localCloud.AWS_REGION,
    endpoint: localCloud.AWS_ENDPOINT_URL_S3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: localCloud.AWS_ACCESS_KEY_ID!, secretAccessKey: localCloud.AWS_SECRET_ACCESS_KEY! },
  });
});
afterAll(() => {
  s3?.destroy();
  resetClients();
  process.env = saved;
  resetConfig();
});

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

describe('checking materials: type, size, malware scan port, SHA-256', () => {
  it('passes a real PDF: SHA-256 of its bytes, and says honestly that no malware scan ran locally', async () => {
    const token = await tokenFor('citizen1');
    const id = await uploadDocument(token);
    const res = await verify(token, id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      documentId: id,
      status: 'uploaded',
      check: { outcome: 'passed', scan: 'type-and-size-only', scanResult: 'NOT_SCANNED', sha256: sha256(samplePdf) },
    });
    expect(res.body.check.code).toBeUndefined();
    expect(res.body.downloadUrl).toEqual(expect.any(String));

    // Idempotent: the recorded outcome is returned, not a new check.
    const again = await verify(token, id);
    expect(again.body.check).toEqual(res.body.check);
    const read = await api('GET', `/api/documents/${id}`, { token });
    expect(read.body.check).toEqual(res.body.check);
  });

  it('passes a PNG declared as a PNG', async () => {
    const token = await tokenFor('enterprise1');
    const { documentId } = await upload(token, '营业执照.png', 'image/png', samplePng);
    const res = await verify(token, documentId);
    expect(res.body.check).toMatchObject({ outcome: 'passed', sha256: sha256(samplePng) });
  });

  it('rejects a PNG renamed as PDF (MATERIAL_TYPE_MISMATCH) and serves no download', async () => {
    const token = await tokenFor('citizen1');
    const id = await uploadDocument(token, samplePng, '身份证.pdf');
    const res = await verify(token, id);
    expect(res.status).toBe(200);
    expect(res.body.check).toMatchObject({ outcome: 'rejected', code: 'MATERIAL_TYPE_MISMATCH' });
    expect(res.body.check.sha256).toBeUndefined();
    expect(res.body.downloadUrl).toBeUndefined();
    expect((await api('GET', `/api/documents/${id}`, { token })).body.downloadUrl).toBeUndefined();
  });

  it('lets nobody else verify a document (404) and answers pending before the upload', async () => {
    const token = await tokenFor('citizen1');
    const created = await register(token, '未上传.pdf', 'application/pdf', samplePdf.length);
    expect((await verify(await tokenFor('citizen2'), created.documentId)).status).toBe(404);
    const pending = await verify(token, created.documentId);
    expect(pending.status).toBe(200);
    expect(pending.body).toMatchObject({ status: 'pending' });
    expect(pending.body.check).toBeUndefined();
  });

  it.skipIf(!local)('rejects a file larger than declared (MATERIAL_SIZE_MISMATCH)', async () => {
    const token = await tokenFor('citizen1');
    const created = await register(token, '附件.pdf', 'application/pdf', samplePdf.length);
    // On S3 the presigned URL's signed Content-Length refuses a larger body (s3rver does not check
    // SigV4), so the larger file is written with bucket credentials: the check must catch it anyway.
    const bigger = Buffer.concat([samplePdf, Buffer.from('%% appended after the declaration\n')]);
    await putDirect(created.uploadUrl, bigger, 'application/pdf');

    const res = await verify(token, created.documentId);
    expect(res.body.check).toMatchObject({ outcome: 'rejected', code: 'MATERIAL_SIZE_MISMATCH' });
    expect(res.body.size).toBe(bigger.length);
    expect(res.body.downloadUrl).toBeUndefined();
  });

  it('refuses the download once the object is overwritten after its check (409, audited)', async () => {
    const token = await tokenFor('citizen1');
    const created = await upload(token, '合同.pdf', 'application/pdf', samplePdf);
    expect((await verify(token, created.documentId)).body.check.outcome).toBe('passed');

    // Same length, same type, other bytes — through the still-valid presigned URL.
    const forged = Buffer.from(samplePdf.toString('latin1').replace('200 200', '999 999'), 'latin1');
    expect(forged.length).toBe(samplePdf.length);
    await putPresigned(created, forged);

    const read = await api('GET', `/api/documents/${created.documentId}`, { token });
    expect(read.status).toBe(409);
    expect(read.body.error.code).toBe('DOCUMENT_CHANGED');
    expect((await verify(token, created.documentId)).status).toBe(409);

    const audit = await api('GET', `/api/audit?action=documents.integrityMismatch&limit=50`, {
      token: await tokenFor('supervisor1'),
    });
    expect(audit.status).toBe(200);
    const records = (audit.body.items as { resource: { id: string }; outcome: string }[]).filter(
      (r) => r.resource.id === created.documentId,
    );
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(records[0]!.outcome).toBe('denied');
  });
});

describe.skipIf(!local)('verifiedMaterial: what the case engine may use', () => {
  const field = 'materials.2.documentIds.0';

  it('returns a passed material with its SHA-256, the same on every call', async () => {
    const principal = await principalOf('citizen1');
    const id = await uploadDocument(await tokenFor('citizen1'), samplePdf, '申请表.pdf');
    const material = await verifiedMaterial(principal, id, field);
    expect(material).toEqual({
      documentId: id,
      fileName: '申请表.pdf',
      contentType: 'application/pdf',
      size: samplePdf.length,
      sha256: sha256(samplePdf),
    });
    expect(await verifiedMaterial(principal, id, field)).toEqual(material);
  });

  it('names the field and the file in each refusal', async () => {
    const citizen = await principalOf('citizen1');
    const token = await tokenFor('citizen1');
    const expectRefusal = async (id: string, code: string, fileName?: string) => {
      const error = await refusalOf(citizen, id);
      expect(error?.status).toBe(422);
      expect(error?.code).toBe(code);
      expect(error?.details).toEqual({ field });
      expect(error?.message).toContain(field);
      if (fileName) expect(error?.message).toContain(fileName);
    };

    const notUploaded = await register(token, '待上传.pdf', 'application/pdf', 100);
    await expectRefusal(notUploaded.documentId, 'MATERIAL_NOT_UPLOADED', '待上传.pdf');

    const renamed = await uploadDocument(token, samplePng, '照片.pdf');
    await expectRefusal(renamed, 'MATERIAL_TYPE_MISMATCH', '照片.pdf');
    expect((await refusalOf(citizen, renamed))?.message).toContain('its content is PNG');

    const bigger = await register(token, '大.pdf', 'application/pdf', samplePdf.length);
    await putDirect(bigger.uploadUrl, Buffer.concat([samplePdf, Buffer.alloc(10)]), 'application/pdf');
    await expectRefusal(bigger.documentId, 'MATERIAL_SIZE_MISMATCH', '大.pdf');

    const swapped = await upload(token, '换.pdf', 'application/pdf', samplePdf);
    await verifiedMaterial(citizen, swapped.documentId, field);
    await putPresigned(swapped, Buffer.from(samplePdf.toString('latin1').replace('%%EOF', '%%EOf'), 'latin1'));
    await expectRefusal(swapped.documentId, 'MATERIAL_CHANGED', '换.pdf');

    // Another person's document, an unknown id, and a document already attached to a case.
    const others = await uploadDocument(await tokenFor('citizen2'));
    await expectRefusal(others, 'MATERIAL_NOT_FOUND');
    await expectRefusal('00000000-0000-4000-8000-000000000000', 'MATERIAL_NOT_FOUND');
  });

  it('refuses a material already attached to a case', async () => {
    const citizen = await principalOf('citizen1');
    const id = await uploadDocument(await tokenFor('citizen1'));
    const { attachToCase } = await import('../../functions/src/documents/service.js');
    await attachToCase([id], '11111111-1111-4111-8111-111111111111', 'civil-affairs');
    expect((await refusalOf(citizen, id))?.code).toBe('MATERIAL_NOT_FOUND');
  });
});
