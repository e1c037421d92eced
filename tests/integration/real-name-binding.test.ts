import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { keyService, resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { findDemoUser } from '../../infra/local/identity/demo-users.js';
import { api, tokenFor } from '../support/api.js';
import { requiredMaterials, sampleAnswers } from '../support/cases.js';

/**
 * Issue 10 §2: an ID number binds to one account, after real-name verification, and a counter case joins
 * only the verified owner, confirmed by the clerk. citizen2 (李晓华) is seeded with her verified number.
 */
const neighbour = findDemoUser('citizen2')!;
const neighbourId = neighbour.idNumber!;
/** A resident of the demo population whose number an old, unverified profile carries (written below). */
const legacyId = '440104195807091317';
const counterItem = '440104-MZ-0001';

const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);

async function fileAtCounter(idNumber: string, extra: Record<string, unknown> = {}) {
  const body = {
    itemCode: counterItem,
    answers: { ...(await sampleAnswers(counterItem)), idNumber },
    materials: await requiredMaterials(counterItem, 'clerk1'),
    submissionToken: randomUUID(),
    identityChecked: true,
    ...extra,
  };
  return api('POST', '/api/counter/cases', { token: await tokenFor('clerk1'), body });
}

async function profileOf(user: string) {
  return (await api('GET', '/api/me/profile', { token: await tokenFor(user) })).body;
}

beforeAll(async () => {
  Object.assign(process.env, env);
  resetConfig();
  resetClients();
  resetKeyService();
  // A profile saved before verification existed: it carries the number, but no binding.
  await dynamo.send(
    new PutCommand({
      TableName: env.TABLE_REGISTRY,
      Item: {
        pk: `USER#${randomUUID()}`,
        sk: 'PROFILE',
        name: '王建国',
        blindIndex: await keyService().blindIndex('resident-id', legacyId),
        idNumberMasked: '440104********1317',
        version: 1,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    }),
  );
});

afterAll(() => dynamo.destroy());

describe('a citizen cannot claim a neighbour’s ID number', () => {
  it('refuses a number that does not belong to the name given (real-name verification)', async () => {
    const mine = await profileOf('citizen1');
    const res = await api('PUT', '/api/me/profile', {
      token: await tokenFor('citizen1'),
      body: { name: mine.name, idNumber: neighbourId, version: mine.version },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('REAL_NAME_UNVERIFIED');
    expect(res.body.error.details.fields).toEqual([expect.objectContaining({ field: 'idNumber' })]);
    expect((await profileOf('citizen1')).idNumber).toBe(mine.idNumber);
  });

  it('refuses the neighbour’s number even with the neighbour’s name: it is bound to her account', async () => {
    const mine = await profileOf('citizen1');
    const res = await api('PUT', '/api/me/profile', {
      token: await tokenFor('citizen1'),
      body: { name: neighbour.name, idNumber: neighbourId, version: mine.version },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('RESIDENT_ID_TAKEN');
    expect(await profileOf('citizen1')).toEqual(mine);
  });
});

describe('a counter case joins only the verified owner, confirmed by the clerk', () => {
  it('shows the clerk the masked account and files nothing until the clerk answers', async () => {
    const res = await fileAtCounter(neighbourId);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ACCOUNT_CONFIRMATION_REQUIRED');
    const match = res.body.error.details.accountMatch;
    expect(match).toMatchObject({ kind: 'verified', account: { nameMasked: '李**' }, others: [] });
    expect(JSON.stringify(res.body)).not.toContain(neighbour.sub);
    expect(JSON.stringify(res.body)).not.toContain(neighbourId);
  });

  it('attaches the confirmed case to the verified owner only', async () => {
    const shown = (await fileAtCounter(neighbourId)).body.error.details.accountMatch;
    const filed = await fileAtCounter(neighbourId, { joinAccount: shown.account.ref });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ joinedAccount: true, accountMatch: { kind: 'verified' } });
    const owner = await api('GET', '/api/cases', { token: await tokenFor('citizen2') });
    expect(owner.body.items.map((c: { caseId: string }) => c.caseId)).toContain(filed.body.caseId);
    const other = await api('GET', '/api/cases', { token: await tokenFor('citizen1') });
    expect(other.body.items.map((c: { caseId: string }) => c.caseId)).not.toContain(filed.body.caseId);
    expect((await api('GET', `/api/cases/${filed.body.caseId}`, { token: await tokenFor('citizen1') })).status).toBe(
      404,
    );
    // Issue 10 §9: the owner sees who filed it as a role and a street station, never the clerk's username.
    const seen = await api('GET', `/api/cases/${filed.body.caseId}`, { token: await tokenFor('citizen2') });
    expect(seen.status).toBe(200);
    expect(seen.body.filedBy).toEqual({ role: 'clerk', street: 'beijing' });
    expect(seen.body.timeline[0].by).toEqual({ role: 'clerk', street: 'beijing' });
    expect(JSON.stringify(seen.body)).not.toContain('clerk1');
  });

  it('refuses to join an account the clerk did not see', async () => {
    const res = await fileAtCounter(neighbourId, { joinAccount: 'AAAAAAAAAAAAAAAA' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ACCOUNT_MATCH_CHANGED');
  });

  it('shows an unverified match, never joins it, and files without an account when the clerk says so', async () => {
    const asked = await fileAtCounter(legacyId);
    expect(asked.status).toBe(409);
    const match = asked.body.error.details.accountMatch;
    expect(match).toMatchObject({ kind: 'unverified', accounts: [{ nameMasked: '王**' }] });
    const joined = await fileAtCounter(legacyId, { joinAccount: match.accounts[0].ref });
    expect(joined.status).toBe(409);
    expect(joined.body.error.code).toBe('ACCOUNT_MATCH_CHANGED');
    const alone = await fileAtCounter(legacyId, { joinAccount: false });
    expect(alone.status).toBe(201);
    expect(alone.body).toMatchObject({ joinedAccount: false, accountMatch: { kind: 'unverified' } });
  });

  it('files a number no account carries without asking', async () => {
    const res = await fileAtCounter('440104199909114629');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ joinedAccount: false, accountMatch: { kind: 'none' } });
  });
});
