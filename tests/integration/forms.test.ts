import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { addDays } from '../../functions/src/forms/samples.js';
import { chinaDate } from '../../functions/src/platform/clock.js';
import { api, origin, tokenFor } from '../support/api.js';

const code = '440104-MZ-0001';
const idNumber = `44010419850612002${residentIdCheckCharacter('44010419850612002')}`;

const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);
afterAll(() => dynamo.destroy());

async function auditActions(username: string, action: string) {
  const actor = (await api('GET', '/api/me', { token: await tokenFor(username) })).body.sub;
  const res = await api('GET', `/api/audit?actor=${actor}&action=${action}&limit=50`, {
    token: await tokenFor('supervisor1'),
  });
  expect(res.status).toBe(200);
  return res.body.items as { resource: { id: string } }[];
}

describe('e-form drafts (通用电子表单)', () => {
  it('publishes each item with its form schema', async () => {
    const guide = await api('GET', `/api/services/${code}`);
    expect(guide.status).toBe(200);
    const ids = guide.body.form.sections.flatMap((s: { fields: { id: string }[] }) => s.fields.map((f) => f.id));
    expect(ids).toEqual(expect.arrayContaining(['applicantName', 'idNumber', 'partnerName', 'pledge']));
  });

  it('prefills a new form from the profile in full, and audits the unmasking', async () => {
    const token = await tokenFor('enterprise1');
    // This test makes the profile it reads back, whatever other tests left there.
    const profile = await api('GET', '/api/me/profile', { token });
    const saved = await api('PUT', '/api/me/profile', {
      token,
      body: {
        // The ID number is the legal representative's: real-name verification checks it with her name.
        name: '林秀英',
        email: 'enterprise1@demo.yuexiu.local',
        phone: '13712345678',
        idNumber,
        version: profile.status === 200 ? profile.body.version : 0,
      },
    });
    expect(saved.status).toBe(200);

    const read = await api('GET', `/api/forms/${code}/draft`, { token });
    expect(read.status).toBe(200);
    expect(read.body.draft).toBeNull();
    expect(read.body.prefill).toEqual({
      applicantName: '林秀英',
      idNumber,
      mobile: '13712345678',
      email: 'enterprise1@demo.yuexiu.local',
    });
    const unmaskings = await auditActions('enterprise1', 'personal.unmask');
    expect(unmaskings.some((r) => r.resource.id === code)).toBe(true);
  });

  it('prefills what a draft leaves empty, also under an empty draft', async () => {
    const token = await tokenFor('enterprise1');
    await api('DELETE', `/api/forms/${code}/draft`, { token });
    const empty = await api('PUT', `/api/forms/${code}/draft`, { token, body: { answers: {}, version: 0 } });
    expect(empty.status).toBe(200);
    const read = await api('GET', `/api/forms/${code}/draft`, { token });
    expect(read.body.draft).toMatchObject({ answers: {}, version: 1 });
    expect(read.body.prefill).toMatchObject({ idNumber, mobile: '13712345678' });

    const partial = await api('PUT', `/api/forms/${code}/draft`, {
      token,
      body: { answers: { applicantName: '王某某' }, version: 1 },
    });
    expect(partial.status).toBe(200);
    const again = await api('GET', `/api/forms/${code}/draft`, { token });
    expect(again.body.draft.answers).toEqual({ applicantName: '王某某' });
    expect(again.body.prefill.applicantName).toBeUndefined();
    expect(again.body.prefill).toMatchObject({ idNumber, mobile: '13712345678' });
    await api('DELETE', `/api/forms/${code}/draft`, { token });
  });

  it('saves a draft on the server that another device resumes, with optimistic locking', async () => {
    const token = await tokenFor('citizen1');
    await api('DELETE', `/api/forms/${code}/draft`, { token });
    // An appointment must lie in the future: a year from the cloud's today, whatever the day.
    const appointmentDate = addDays(chinaDate(), 365);
    const first = await api('PUT', `/api/forms/${code}/draft`, {
      token,
      body: { answers: { partnerName: '  陈小红 ', appointmentDate }, version: 0 },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ answers: { partnerName: '陈小红' }, version: 1, itemVersion: 1 });

    // "Another device": a fresh read with a fresh token for the same user.
    const resumed = await api('GET', `/api/forms/${code}/draft`, { token: await tokenFor('citizen1') });
    expect(resumed.body.draft).toMatchObject({ answers: { partnerName: '陈小红', appointmentDate } });

    const second = await api('PUT', `/api/forms/${code}/draft`, {
      token,
      body: { answers: { partnerName: '陈小红', remarks: '周六可以' }, version: 1 },
    });
    expect(second.body.version).toBe(2);
    const stale = await api('PUT', `/api/forms/${code}/draft`, { token, body: { answers: {}, version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('FORM_DRAFT_STALE');

    expect((await api('DELETE', `/api/forms/${code}/draft`, { token })).status).toBe(204);
    expect((await api('DELETE', `/api/forms/${code}/draft`, { token })).status).toBe(404);
  });

  it('keeps draft answers encrypted at rest, readable only by their owner', async () => {
    const token = await tokenFor('citizen2');
    const sub = (await api('GET', '/api/me', { token })).body.sub;
    const current = await api('GET', `/api/forms/${code}/draft`, { token });
    const version = current.body.draft?.version ?? 0;
    const saved = await api('PUT', `/api/forms/${code}/draft`, {
      token,
      body: { answers: { partnerIdNumber: idNumber }, version },
    });
    expect(saved.status).toBe(200);
    const raw = await dynamo.send(
      new GetCommand({ TableName: env.TABLE_REGISTRY, Key: { pk: `USER#${sub}`, sk: `DRAFT#${code}` } }),
    );
    expect(raw.Item!.answersEnc).toMatch(/^v1\./);
    expect(JSON.stringify(raw.Item)).not.toContain(idNumber.slice(0, 12));
    const other = await api('GET', `/api/forms/${code}/draft`, { token: await tokenFor('citizen1') });
    expect(JSON.stringify(other.body)).not.toContain(idNumber);
  });

  it('refuses bad answers with 422 naming each field in Chinese and English', async () => {
    const token = await tokenFor('citizen2');
    const res = await api('PUT', `/api/forms/440104-RS-0001/draft`, {
      token,
      body: { answers: { mobile: '123', endReason: 'bored', nickname: 'x' }, version: 0 },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('FORM_INVALID');
    expect(res.body.error.details.fields).toEqual([
      expect.objectContaining({ field: 'answers.nickname', code: 'unknownField' }),
      expect.objectContaining({ field: 'answers.mobile', code: 'mobile', messageZh: '联系手机应为11位手机号码' }),
      expect.objectContaining({
        field: 'answers.endReason',
        code: 'notOption',
        message: 'Choose Why the employment ended from the list',
      }),
    ]);
  });

  it('answers 404 for an unknown item, 400 for a malformed body', async () => {
    const token = await tokenFor('citizen2');
    expect((await api('GET', '/api/forms/440104-MZ-9999/draft', { token })).status).toBe(404);
    expect((await api('GET', '/api/forms/nonsense/draft', { token })).status).toBe(404);
    const bad = await api('PUT', `/api/forms/${code}/draft`, { token, body: { answers: [], version: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['answers', 'version']);
  });
});

describe('form PDFs', () => {
  it('serves the blank form and the filled sample as PDF, without sign-in', async () => {
    for (const mode of ['blank', 'sample']) {
      const res = await fetch(`${origin()}/api/services/${code}/form.pdf?mode=${mode}&lang=zh`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeLessThan(150_000);
    }
    const bad = await api('GET', `/api/services/${code}/form.pdf?mode=filled`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('mode');
    expect((await api('GET', '/api/services/440104-MZ-9999/form.pdf')).status).toBe(404);
  });
});
