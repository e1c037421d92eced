import { SignJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

const shape = { error: { code: expect.any(String), message: expect.any(String) } };

describe('API errors share one shape and never leak a stack trace', () => {
  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const res = await api('GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
  });

  it('answers a missing token with 401', async () => {
    const res = await api('GET', '/api/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('answers a token signed by another key with 401', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ 'cognito:groups': ['admin'], client_id: 'yuexiu-portal-local' })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setSubject('attacker')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const res = await api('GET', '/api/admin/outbox', { token: forged });
    expect(res.status).toBe(401);
  });

  it('answers a signed-in user without the role with 403', async () => {
    const res = await api('GET', '/api/admin/outbox', { token: await tokenFor('citizen1') });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await api('PUT', '/api/me/profile', {
      token: await tokenFor('citizen1'),
      rawBody: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
  });

  it('answers a body over the limit with 413', async () => {
    const res = await api('PUT', '/api/me/profile', {
      token: await tokenFor('citizen1'),
      body: { name: 'x'.repeat(300_000), version: 0 },
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject(shape);
  });

  it('names the bad field in a validation error', async () => {
    const res = await api('PUT', '/api/me/profile', {
      token: await tokenFor('citizen2'),
      body: { name: '李晓华', phone: '12345', version: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.details.fields).toContainEqual({ field: 'phone', message: expect.any(String) });
  });

  it('refuses wrong passwords at the local identity provider', async () => {
    const res = await api('POST', '/api/auth/local/token', { body: { username: 'admin1', password: 'guess' } });
    expect(res.status).toBe(401);
  });
});
