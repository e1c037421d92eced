import { GetObjectTaggingCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { unattachedUploadExpiry } from '../../functions/src/documents/model.js';
import { findDemoUser } from '../../infra/local/identity/demo-users.js';
import { applyExpirations } from '../../infra/local/s3-lifecycle.js';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { fileOnlineCase } from '../support/cases.js';
import { uploadDocument } from '../support/documents.js';

/**
 * Issue 10 §9: a user holds at most PENDING_UPLOAD_LIMIT unattached uploads, and uploads never attached to a
 * case expire after 7 days — on AWS by the bucket's lifecycle rule (tests/infra/upload-expiry.test.ts), on
 * the local cloud by the same rule applied by its sweep (infra/local/s3-lifecycle.ts), by the one clock.
 */
const cloud = inject('cloud').env;
/** The shared test cloud's quota (config PENDING_UPLOAD_LIMIT; 50 where it is not set). */
const PENDING_UPLOAD_LIMIT = Number(cloud.PENDING_UPLOAD_LIMIT ?? 50);
const bucket = cloud.BUCKET_DOCUMENTS as string;
let s3: S3Client;

beforeAll(() => {
  s3 = new S3Client({
    region: cloud.AWS_REGION,
    endpoint: cloud.AWS_ENDPOINT_URL_S3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: cloud.AWS_ACCESS_KEY_ID!, secretAccessKey: cloud.AWS_SECRET_ACCESS_KEY! },
  });
});
afterAll(async () => {
  await setCloudClock(undefined);
  s3.destroy();
});

const register = async (token: string) =>
  api('POST', '/api/documents/uploads', {
    token,
    body: { fileName: '材料.pdf', contentType: 'application/pdf', size: 1000 },
  });
const keyOf = (username: string, documentId: string) => `documents/${findDemoUser(username)!.sub}/${documentId}`;
const tagsOf = async (key: string) =>
  Object.fromEntries(
    ((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet ?? []).map((t) => [
      t.Key,
      t.Value,
    ]),
  );
const exists = (key: string) =>
  s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    (error: { name?: string }) => {
      if (error.name === 'NotFound' || error.name === 'NoSuchKey') return false;
      throw error;
    },
  );
const daysLater = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('pending uploads', () => {
  it(`refuses a user's upload beyond ${PENDING_UPLOAD_LIMIT} unattached ones with 409 PENDING_UPLOAD_LIMIT`, async () => {
    const token = await tokenFor('enterprise2');
    for (let i = 0; i < PENDING_UPLOAD_LIMIT; i++) expect((await register(token)).status, `upload ${i + 1}`).toBe(201);
    const refused = await register(token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PENDING_UPLOAD_LIMIT');
    expect(refused.body.error.message).toContain(String(PENDING_UPLOAD_LIMIT));
    // Another user's uploads are not this one's.
    expect((await register(await tokenFor('citizen2'))).status).toBe(201);
    // Unattached uploads older than the expiry no longer count.
    await setCloudClock(daysLater(unattachedUploadExpiry.days + 1));
    expect((await register(token)).status).toBe(201);
    await setCloudClock(undefined);
  });

  it('tags an upload pending and an attached one attached; the lifecycle sweep deletes only the unattached one after 7 days', async () => {
    const filed = await fileOnlineCase('citizen1');
    const token = await tokenFor('citizen1');
    const filedCase = await api('GET', `/api/cases/${filed.body.caseId}`, { token });
    const attachedIds: string[] = filedCase.body.materials.map((m: { documentId: string }) => m.documentId);
    expect(attachedIds.length).toBeGreaterThan(0);
    const attachedKey = keyOf('citizen1', attachedIds[0] as string);
    const pendingKey = keyOf('citizen1', await uploadDocument(token));
    expect(await tagsOf(pendingKey)).toMatchObject({ 'yuexiu-upload': 'pending' });
    expect(await tagsOf(attachedKey)).toMatchObject({ 'yuexiu-upload': 'attached' });

    // S3 counts the days from the object's creation as it recorded it (s3rver: the file's time, which a moved
    // test clock does not move), so the sweep's clock is set relative to that.
    const created = (await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: pendingKey }))).LastModified!;
    const daysAfterCreation = (days: number) => new Date(created.getTime() + days * 86_400_000).toISOString();
    // Six days on, nothing expires yet.
    await setCloudClock(daysAfterCreation(unattachedUploadExpiry.days - 1));
    expect(await applyExpirations(s3, bucket)).not.toContain(pendingKey);
    expect(await exists(pendingKey)).toBe(true);

    await setCloudClock(daysAfterCreation(unattachedUploadExpiry.days + 1));
    const expired = await applyExpirations(s3, bucket);
    expect(expired).toContain(pendingKey);
    expect(expired).not.toContain(attachedKey);
    expect(await exists(pendingKey)).toBe(false);
    expect(await exists(attachedKey)).toBe(true);
  });
});
