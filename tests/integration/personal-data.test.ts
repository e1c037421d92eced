import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { findPersonByResidentId } from '../../functions/src/identity/service.js';
import { api, tokenFor } from '../support/api.js';

// citizen2's own number in the demo population: a profile binds only a real-name verified number.
const idNumber = `44010419920823452${residentIdCheckCharacter('44010419920823452')}`;
const maskedId = `440104********${idNumber.slice(14)}`;
const phone = '13912345678';

const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);

async function rawProfile(sub: string) {
  const out = await dynamo.send(
    new GetCommand({ TableName: env.TABLE_REGISTRY, Key: { pk: `USER#${sub}`, sk: 'PROFILE' }, ConsistentRead: true }),
  );
  return out.Item as Record<string, unknown>;
}

describe('personal data in my profile', () => {
  let token: string;
  let sub: string;

  beforeAll(async () => {
    token = await tokenFor('citizen2');
    sub = (await api('GET', '/api/me', { token })).body.sub;
    // The service below runs in this process, against the same local cloud and key as the handlers.
    Object.assign(process.env, env);
    resetConfig();
    resetClients();
    resetKeyService();
  });

  afterAll(() => dynamo.destroy());

  it('stores the phone and ID number encrypted and shows them masked', async () => {
    const before = await api('GET', '/api/me/profile', { token });
    const saved = await api('PUT', '/api/me/profile', {
      token,
      body: { name: '李晓华', phone, idNumber: idNumber.toLowerCase(), version: before.body.version },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ phone: '139****5678', idNumber: maskedId });

    const read = await api('GET', '/api/me/profile', { token });
    expect(read.body).toMatchObject({ name: '李晓华', phone: '139****5678', idNumber: maskedId });

    const item = await rawProfile(sub);
    const stored = JSON.stringify(item);
    expect(stored).not.toContain(phone);
    expect(stored).not.toContain(idNumber);
    expect(stored).not.toContain(idNumber.slice(6, 14));
    expect(item).not.toHaveProperty('phone');
    expect(item).not.toHaveProperty('idNumber');
    expect(item.phoneEnc).toMatch(/^v1\./);
    expect(item.idNumberEnc).toMatch(/^v1\./);
    expect(item.blindIndex).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('shows my own full values with ?reveal=true', async () => {
    const res = await api('GET', '/api/me/profile?reveal=true', { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone, idNumber });
  });

  it('keeps a personal field the form left out, and removes one sent as null', async () => {
    const current = await api('GET', '/api/me/profile', { token });
    const kept = await api('PUT', '/api/me/profile', {
      token,
      body: { name: '李晓华', version: current.body.version },
    });
    expect(kept.body).toMatchObject({ phone: '139****5678', idNumber: maskedId });
    expect((await api('GET', '/api/me/profile?reveal=true', { token })).body.phone).toBe(phone);

    const removed = await api('PUT', '/api/me/profile', {
      token,
      body: { name: '李晓华', phone: null, version: kept.body.version },
    });
    expect(removed.body.phone).toBeUndefined();
    expect(removed.body.idNumber).toBe(maskedId);
    expect(await rawProfile(sub)).not.toHaveProperty('phoneEnc');
  });

  it('refuses an ID number with a wrong check digit with 400 naming idNumber', async () => {
    const current = await api('GET', '/api/me/profile', { token });
    const wrong = `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;
    const res = await api('PUT', '/api/me/profile', {
      token,
      body: { name: '李晓华', idNumber: wrong, version: current.body.version },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.details.fields).toEqual([
      { field: 'idNumber', message: expect.stringContaining('check digit') },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(wrong);
  });

  it('refuses a reveal flag that is not true or false', async () => {
    const res = await api('GET', '/api/me/profile?reveal=yes', { token });
    expect(res.status).toBe(400);
  });

  it('finds the person by resident ID number through the blind index', async () => {
    expect(await findPersonByResidentId(idNumber)).toBe(sub);
    expect(await findPersonByResidentId(` ${idNumber.toLowerCase()} `)).toBe(sub);
    expect(await findPersonByResidentId(`11010519491231002X`)).toBeUndefined();
  });
});
