import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetCertificateSigner } from '../../functions/src/certificates/signer/index.js';
import { archiveDocument } from '../../functions/src/official-documents/archive.js';
import { archiveState } from '../../functions/src/official-documents/archive-state.js';
import { sweepArchive } from '../../functions/src/official-documents/archive-sweep.js';
import { getDocument } from '../../functions/src/official-documents/store.js';
import { resetClients, setClientHook, type AwsClient } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { physicalName } from '../../functions/src/platform/resources.js';
import { api, tokenFor } from '../support/api.js';
import { act, draftDocument, type OfficialDocumentBody } from '../support/official-documents.js';

/**
 * Archiving again (issue 19 §3): a package written in part is completed by a retry, its objects written before
 * recognised by their SHA-256, while a different object locked under a package's key is refused; a document whose
 * archiving failed at signing (S3 down: the platform's fault injection) stays pending with its tries counted, and
 * the archive sweep — or a head's "archive now" — archives it.
 */

const env = inject('cloud').env;
const bucket = env.BUCKET_ARCHIVE ?? physicalName('local', 'archive');
const s3 = new S3Client({
  region: env.AWS_REGION,
  endpoint: env.AWS_ENDPOINT_URL_S3,
  forcePathStyle: true,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
});

beforeAll(() => {
  // Archiving runs in this process too, against the same local cloud (as the local timer runs the sweep).
  Object.assign(process.env, env);
  resetConfig();
  resetClients();
  resetCertificateSigner();
});
afterAll(async () => {
  setClientHook(undefined);
  await api('DELETE', '/api/_local/faults');
  s3.destroy();
});

interface CheckBody {
  departments: {
    department: string;
    problems: { documentId: string; kind: string; attempts?: number; lastError?: string }[];
  }[];
}
const problemsOf = async (id: string) => {
  const res = await api<CheckBody>('GET', '/api/official-documents-archive/check', { token: await tokenFor('head1') });
  expect(res.status).toBe(200);
  return res.body.departments.flatMap((d) => d.problems).filter((p) => p.documentId === id);
};
const keyOf = (doc: OfficialDocumentBody, object: string) =>
  `official-documents/${doc.department}/${/〔(\d{4})〕/.exec(doc.number!)![1]}/${doc.id}/${object}`;

/** A civil affairs document signed while every S3 call of the local cloud fails: signed, but not archived. */
async function signedWithoutArchive(title: string) {
  const doc = await draftDocument('officer1', { title, body: `各社区：${title}，请抓好落实。` });
  await act('officer1', doc.id, { action: 'submit', version: 1 });
  await act('head1', doc.id, { action: 'review', decision: 'approve', opinion: '同意。' });
  expect((await api('PUT', '/api/_local/faults', { body: { rate: 1, services: ['s3'] } })).status).toBe(200);
  try {
    const res = await act('leader1', doc.id, { action: 'sign', decision: 'sign', opinion: '同意印发。' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  } finally {
    await api('DELETE', '/api/_local/faults');
  }
}

/** This process's S3 refuses every write of a package's record (the platform's client hook). */
function recordWritesFail() {
  setClientHook((service, client: AwsClient) => {
    if (service !== 's3') return;
    const stack = client.middlewareStack as unknown as {
      add(m: (next: (a: unknown) => Promise<unknown>) => (a: unknown) => Promise<unknown>, o: object): void;
    };
    stack.add(
      (next) => async (args) => {
        const input = (args as { input?: { Key?: string } }).input;
        const put = (args as { request?: { method?: string } }).request?.method === 'PUT';
        if (put && input?.Key?.endsWith('record.json')) throw new Error('Injected fault: record.json not written');
        return next(args);
      },
      { step: 'finalizeRequest', name: 'recordWritesFail' },
    );
  });
}

describe('archiving again', () => {
  it('completes a package whose PDF alone was written, and refuses a different object under its key', async () => {
    const doc = await signedWithoutArchive('关于做好社区档案整理工作的通知');
    expect(await problemsOf(doc.id)).toMatchObject([{ kind: 'not-archived', attempts: 1 }]);

    // The PDF is written, the record is not: the try fails, counted.
    recordWritesFail();
    try {
      await expect(archiveDocument((await getDocument(doc.id))!)).rejects.toThrow(/record\.json not written/);
    } finally {
      setClientHook(undefined);
    }
    const half = await archiveState(doc.id);
    expect(half).toMatchObject({ status: 'pending', attempts: 2 });
    expect(half?.lastError).toMatch(/record\.json not written/);

    // Again: the PDF already there is the one noted, so it is kept and the package completed.
    const entry = await archiveDocument((await getDocument(doc.id))!);
    expect(entry.pdf.sha256).toBe(half?.pdfSha256);
    expect(await archiveState(doc.id)).toMatchObject({ status: 'archived', attempts: 3 });
    expect(await problemsOf(doc.id)).toEqual([]);
    const found = await api<{ items: { id: string }[] }>(
      'GET',
      `/api/official-documents-archive?number=${encodeURIComponent(doc.number!)}`,
      { token: await tokenFor('officer1') },
    );
    expect(found.body.items.map((i) => i.id)).toEqual([doc.id]);

    // Another document whose PDF key already holds other bytes, locked (put there before it is signed, as the
    // signing's own try may write its PDF: a fault can lose S3's answer after it stored the object): refused, and
    // not catalogued.
    const draft = await draftDocument('officer1', { title: '关于做好社区消防演练工作的通知' });
    const foreign = keyOf({ ...draft, number: doc.number }, 'document.pdf');
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: foreign,
        Body: '%PDF-1.7 not the signed document',
        ObjectLockMode: 'COMPLIANCE',
        ObjectLockRetainUntilDate: new Date(Date.parse((await getDocument(doc.id))!.signedAt!) + 365 * 86_400_000),
      }),
    );
    await act('officer1', draft.id, { action: 'submit', version: 1 });
    await act('head1', draft.id, { action: 'review', decision: 'approve', opinion: '同意。' });
    const other = (await act('leader1', draft.id, { action: 'sign', decision: 'sign', opinion: '同意印发。' })).body;
    expect(keyOf(other, 'document.pdf')).toBe(foreign);
    const [refusedAtSigning] = await problemsOf(other.id);
    expect(refusedAtSigning).toMatchObject({ kind: 'not-archived', attempts: 1 });
    expect(refusedAtSigning?.lastError).toMatch(/a different object is already locked under this key/);
    await expect(archiveDocument((await getDocument(other.id))!)).rejects.toThrow(/its SHA-256 differs/);
    expect(await problemsOf(other.id)).toMatchObject([{ kind: 'not-archived', attempts: 2 }]);
    const refused = await api<{ error: { code: string } }>(
      'POST',
      `/api/official-documents-archive/${other.id}/archive`,
      { token: await tokenFor('head1') },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('OFFICIAL_DOCUMENT_ARCHIVE_CONFLICT');
  });

  it('archives by the sweep what failed at signing', async () => {
    const doc = await signedWithoutArchive('关于开展社区养老服务满意度调查的通知');
    const [problem] = await problemsOf(doc.id);
    expect(problem).toMatchObject({ kind: 'not-archived', attempts: 1 });
    expect(problem?.lastError).toBeTruthy();

    const report = await sweepArchive();
    expect(report.archived).toContain(doc.id);
    expect(await problemsOf(doc.id)).toEqual([]);
    expect(await archiveState(doc.id)).toMatchObject({ status: 'archived', attempts: 2 });
    expect((await archiveState(doc.id))?.lastError).toBeUndefined();
    // Archived documents are no longer pending: the next sweep leaves it.
    expect((await sweepArchive()).archived).not.toContain(doc.id);
  });

  it("archives now at a head's request, once; not for an officer nor another department's head", async () => {
    const doc = await signedWithoutArchive('关于加强社区食品安全宣传的通知');
    const archiveNow = async (user: string) =>
      api<{ number: string; id: string }>('POST', `/api/official-documents-archive/${doc.id}/archive`, {
        token: await tokenFor(user),
      });
    expect((await archiveNow('officer1')).status).toBe(403);
    expect((await archiveNow('head2')).status).toBe(404);
    const done = await archiveNow('head1');
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ id: doc.id, number: doc.number });
    expect(await problemsOf(doc.id)).toEqual([]);
    // Again: the same line, nothing written twice.
    const again = await archiveNow('supervisor1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(done.body);
  });
});
