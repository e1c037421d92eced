import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { physicalName } from '../../functions/src/platform/resources.js';
import { api, origin, tokenFor } from '../support/api.js';
import { act, documentAt, draftDocument, type OfficialDocumentBody } from '../support/official-documents.js';
import { checkPdfSignature } from '../support/pdf-signature.js';

/**
 * The archive of signed documents (issue 19 §3): signing writes the package — the signed PDF and its JSON record —
 * under Object Lock (COMPLIANCE, retained for the type's period) and catalogues it; the catalogue is searched in
 * Chinese full text, by number, type and year; the archived PDF comes back as stored; the local cloud's S3 refuses
 * to delete or overwrite a locked object, as S3 does; and the integrity check finds an object changed behind S3's
 * back (its file written directly) and says where.
 */

const cloud = inject('cloud');
const env = cloud.env;
const bucket = env.BUCKET_ARCHIVE ?? physicalName('local', 'archive');
const s3 = new S3Client({
  region: env.AWS_REGION,
  endpoint: env.AWS_ENDPOINT_URL_S3,
  forcePathStyle: true,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
});
afterAll(() => s3.destroy());

interface SearchBody {
  items: {
    id: string;
    number: string;
    title: string;
    type: string;
    year: number;
    retention: string;
    pdfSha256: string;
  }[];
  total: number;
  page: number;
}
interface CheckBody {
  valid: boolean;
  departments: {
    department: string;
    chain: { valid: boolean };
    problems: { documentId: string; object?: string; kind: string }[];
  }[];
}

const search = async (user: string, query: string) =>
  api<SearchBody>('GET', `/api/official-documents-archive?${query}`, { token: await tokenFor(user) });
const check = async (user: string, query = '') =>
  api<CheckBody>('GET', `/api/official-documents-archive/check${query}`, { token: await tokenFor(user) });
const archivedPdf = async (user: string, id: string) => {
  const res = await fetch(`${origin()}/api/official-documents-archive/${id}/pdf`, {
    headers: { authorization: `Bearer ${await tokenFor(user)}` },
  });
  return {
    status: res.status,
    sha: res.headers.get('x-archive-sha256'),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const yearOf = (number: string) => Number(/〔(\d{4})〕/.exec(number)![1]);
const keyOf = (doc: OfficialDocumentBody, object: string) =>
  `official-documents/${doc.department}/${yearOf(doc.number!)}/${doc.id}/${object}`;

/** A signed document of civil affairs with a title and body of its own. */
async function signed(title: string, body: string, type = 'notice') {
  const doc = await draftDocument('officer1', { title, body, type });
  await act('officer1', doc.id, { action: 'submit', version: 1 });
  await act('head1', doc.id, { action: 'review', decision: 'approve', opinion: '同意，请签发。' });
  const res = await act('leader1', doc.id, { action: 'sign', decision: 'sign', opinion: '同意印发。' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const refusal = async (send: () => Promise<unknown>) => {
  try {
    await send();
    return 'accepted';
  } catch (error) {
    return error instanceof S3ServiceException ? `${error.$metadata.httpStatusCode} ${error.name}` : String(error);
  }
};

describe('the official documents archive', () => {
  it('archives a signed document under Object Lock, with its record, and finds it in the catalogue', async () => {
    const doc = await signed(
      '关于开展垃圾分类宣传周活动的通知',
      '各街道：为推进生活垃圾分类，定于下月开展宣传周活动。',
    );
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(doc, 'document.pdf') }));
    expect(head.ObjectLockMode).toBe('COMPLIANCE');
    const signedAt = doc.history.find((e) => e.action === 'signed') as unknown as { at: string };
    const until = new Date(signedAt.at);
    until.setUTCFullYear(until.getUTCFullYear() + 30); // a notice: 30 years
    expect(head.ObjectLockRetainUntilDate?.toISOString()).toBe(until.toISOString());

    const record = JSON.parse(
      await (
        await s3.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(doc, 'record.json') }))
      ).Body!.transformToString(),
    );
    expect(record).toMatchObject({ documentId: doc.id, number: doc.number, retention: '30y' });
    expect(record.opinions.map((o: { opinion: string }) => o.opinion)).toEqual(['同意，请签发。', '同意印发。']);
    expect(record.history.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'submitted',
      'approved',
      'signed',
    ]);

    // Full text in Chinese (a word of the body, another of the title), by number, by type and year.
    for (const query of [
      `q=${encodeURIComponent('垃圾分类')}`,
      `q=${encodeURIComponent('宣传周 街道')}`,
      `number=${encodeURIComponent(doc.number!)}`,
      `type=notice&year=${yearOf(doc.number!)}&q=${encodeURIComponent('宣传周')}`,
    ]) {
      const found = await search('officer1', query);
      expect(found.status, query).toBe(200);
      expect(
        found.body.items.map((i) => i.id),
        query,
      ).toContain(doc.id);
    }
    expect((await search('officer1', `q=${encodeURIComponent('宣传周')}&type=letter`)).body.items).toEqual([]);
    expect(
      (await search('officer1', `q=${encodeURIComponent('消防安全检查')}`)).body.items.map((i) => i.id),
    ).not.toContain(doc.id);
    // Another department's staff do not see it; the supervision office does.
    expect((await search('head2', `number=${encodeURIComponent(doc.number!)}`)).body.items).toEqual([]);
    expect((await search('head2', 'department=civil-affairs')).status).toBe(404);
    const district = await search('supervisor1', `department=civil-affairs&number=${encodeURIComponent(doc.number!)}`);
    expect(district.body.items.map((i) => i.id)).toEqual([doc.id]);

    // The archived PDF: the bytes stored at signing, signed, and matching the catalogue.
    const pdf = await archivedPdf('officer1', doc.id);
    expect(pdf.status).toBe(200);
    expect(sha256(pdf.bytes)).toBe(pdf.sha);
    expect(pdf.sha).toBe(district.body.items[0]!.pdfSha256);
    expect(checkPdfSignature(pdf.bytes)).toMatchObject({ coversFile: true, digestMatches: true, signatureValid: true });
    expect((await archivedPdf('head2', doc.id)).status).toBe(404);
  });

  it('keeps a request for ever (100 years locked) and a letter 10 years', async () => {
    const request = await signed(
      '关于申请社区养老服务经费的请示',
      '区财政局：为保障社区养老服务，申请专项经费。',
      'request',
    );
    const letter = await signed('关于商洽联合执法事宜的函', '区市场监督管理局：拟于本月联合开展执法检查。', 'letter');
    for (const [doc, years] of [
      [request, 100],
      [letter, 10],
    ] as const) {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(doc, 'record.json') }));
      const signedAt = new Date((doc.history.at(-1) as unknown as { at: string }).at);
      expect(head.ObjectLockRetainUntilDate!.getUTCFullYear() - signedAt.getUTCFullYear()).toBe(years);
    }
  });

  it('refuses to delete or overwrite an archived object (AccessDenied), and the object stays as it was', async () => {
    const doc = await documentAt('signed');
    for (const object of ['document.pdf', 'record.json']) {
      const Key = keyOf(doc, object);
      const before = await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key }))).Body!.transformToByteArray();
      expect(await refusal(() => s3.send(new DeleteObjectCommand({ Bucket: bucket, Key })))).toBe('403 AccessDenied');
      expect(await refusal(() => s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body: 'changed' })))).toBe(
        '403 AccessDenied',
      );
      const after = await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key }))).Body!.transformToByteArray();
      expect(sha256(after)).toBe(sha256(before));
    }
  });

  it('checks the archive, and reports an object changed behind S3 where it is', async () => {
    const doc = await signed('关于做好冬季消防安全工作的通知', '各社区：入冬以来火灾风险上升，请做好消防安全检查。');
    const mine = (body: CheckBody) => body.departments.find((d) => d.department === 'civil-affairs')!;
    const before = await check('head1');
    expect(before.status).toBe(200);
    expect(mine(before.body).chain.valid).toBe(true);
    expect(mine(before.body).problems.filter((p) => p.documentId === doc.id)).toEqual([]);

    // No S3 call can change it: the local cloud's file is written directly, as a disk-level tamper would.
    const file = path.join(cloud.dataDir!, 's3', bucket, ...keyOf(doc, 'document.pdf').split('/')) + '._S3rver_object';
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('\n% tampered\n')]));
    try {
      const after = await check('head1');
      expect(after.body.valid).toBe(false);
      expect(mine(after.body).problems.filter((p) => p.documentId === doc.id)).toEqual([
        { documentId: doc.id, number: doc.number, object: keyOf(doc, 'document.pdf'), kind: 'hash-mismatch' },
      ]);
      // The archived copy is no longer given out as if it were intact.
      const pdf = await archivedPdf('officer1', doc.id);
      expect(pdf.status).toBe(409);
      expect(JSON.parse(Buffer.from(pdf.bytes).toString('utf8')).error.code).toBe('OFFICIAL_DOCUMENT_ARCHIVE_DAMAGED');
    } finally {
      writeFileSync(file, original);
    }
    const restored = await check('head1');
    expect(mine(restored.body).problems.filter((p) => p.documentId === doc.id)).toEqual([]);
  });

  it('lets only heads and the supervision office check, and validates its inputs naming the field', async () => {
    expect((await check('officer1')).status).toBe(403);
    expect((await check('head2', '?department=civil-affairs')).status).toBe(404);
    expect((await check('supervisor1', '?department=civil-affairs')).status).toBe(200);
    const bad = await search('officer1', 'year=abc&type=memo');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('year');
    expect(JSON.stringify(bad.body)).toContain('type');
  });
});
