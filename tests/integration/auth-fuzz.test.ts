import path from 'node:path';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { loadSigningKey } from '../../infra/local/identity/keys.js';
import { api, tokenFor } from '../support/api.js';

/**
 * Fuzzes the authentication path: 1,000+ generated Authorization headers and tokens — garbage,
 * JWT-shaped garbage, tokens signed by the right key but expired, for another audience or issuer,
 * with alg=none, with one character changed — must all get 401 (or 403 for a genuine token without
 * the role), never a 5xx and never a 2xx.
 */
const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const protectedPaths = ['/api/me', '/api/admin/outbox', '/api/work-items', '/api/cases'];

describe('authentication fuzzing', () => {
  it('answers 1,000 malformed or forged credentials with 401, never 5xx', async () => {
    const { dataDir, origin } = inject('cloud');
    if (!dataDir) return expect.fail('the fuzz test needs the embedded local cloud');
    const key = await loadSigningKey(path.join(dataDir, 'identity'));
    const issuer = `${origin}/api/auth/local`;
    const genuine = await tokenFor('citizen1');

    const sign = (claims: Record<string, unknown>, opts: { iss?: string; exp?: number; alg?: string }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: opts.alg ?? 'RS256', kid: key.kid })
        .setIssuer(opts.iss ?? issuer)
        .setSubject('00000000-0000-4000-8000-000000000001')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 3600)
        .sign(key.privateKey);

    const forged = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 200 }).map((s) => `Bearer ${s}`),
      fc.tuple(fc.json(), fc.json(), fc.base64String()).map(([h, p, s]) => `Bearer ${b64(h)}.${b64(p)}.${s}`),
      fc.json().map((p) => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(p)}.`),
      // Not the last character: its low bits are base64url padding, so flipping A↔B there can decode to the
      // very same signature bytes — the same, genuine token, not a forged one.
      fc.nat({ max: genuine.length - 2 }).map((i) => {
        const flipped = genuine[i] === 'A' ? 'B' : 'A';
        return `Bearer ${genuine.slice(0, i)}${flipped}${genuine.slice(i + 1)}`;
      }),
      fc.constantFrom('expired', 'wrong-audience', 'wrong-issuer', 'no-audience').map((kind) => kind),
    );

    const samples = fc.sample(forged, { numRuns: 1000, seed: 20261127 });
    const headers = await Promise.all(
      samples.map(async (sample) => {
        switch (sample) {
          case 'expired':
            return `Bearer ${await sign({ client_id: 'yuexiu-portal-local', 'cognito:groups': ['admin'] }, { exp: Math.floor(Date.now() / 1000) - 60 })}`;
          case 'wrong-audience':
            return `Bearer ${await sign({ client_id: 'someone-else', 'cognito:groups': ['admin'] }, {})}`;
          case 'wrong-issuer':
            return `Bearer ${await sign({ client_id: 'yuexiu-portal-local', 'cognito:groups': ['admin'] }, { iss: 'https://evil.example' })}`;
          case 'no-audience':
            return `Bearer ${await sign({ 'cognito:groups': ['admin'] }, {})}`;
          default:
            return sample;
        }
      }),
    );

    const statuses = new Map<number, number>();
    for (let i = 0; i < headers.length; i += 25) {
      const batch = headers.slice(i, i + 25).map(async (authorization, j) => {
        const route = protectedPaths[(i + j) % protectedPaths.length]!;
        // Header values with characters fetch refuses never reach a server; they are not a request.
        if (/[^\t\x20-\x7e]/.test(authorization)) return;
        const res = await api('GET', route, { headers: { authorization } });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${route} with ${authorization.slice(0, 80)}`).toBe(401);
        expect(res.body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
      });
      await Promise.all(batch);
    }
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(900);
  });

  it('still answers a genuine token without the role with 403', async () => {
    const res = await api('GET', '/api/admin/outbox', { token: await tokenFor('citizen1') });
    expect(res.status).toBe(403);
  });
});
