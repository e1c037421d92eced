import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { rateLimits } from '../../functions/src/platform/rate-limits.js';
import { origin } from '../support/api.js';

/** Posts from a chosen loopback address, so this test's client is not the other tests' client. */
function postFrom(localAddress: string, path: string, body: unknown): Promise<{ status: number; retryAfter?: string }> {
  const url = new URL(path, origin());
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('rate limits (the same numbers as the WAF rules)', () => {
  it('refuses sign-in attempts over the limit with 429 and Retry-After, per client address', async () => {
    const attempt = () => postFrom('127.0.0.23', '/api/auth/local/token', { username: 'citizen1', password: 'wrong' });
    for (let i = 0; i < rateLimits.signIn.requests; i++) expect((await attempt()).status).toBe(401);

    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);

    const otherClient = await postFrom('127.0.0.24', '/api/auth/local/token', {
      username: 'citizen1',
      password: 'wrong',
    });
    expect(otherClient.status).toBe(401);
  });

  it('does not trust a client-supplied X-Forwarded-For to dodge the limit', async () => {
    const url = new URL('/api/auth/local/token', origin());
    const spoofed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          hostname: '127.0.0.1',
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress: '127.0.0.23',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(spoofed).toBe(429);
  });
});
