import { describe, expect, it } from 'vitest';
import { rateLimits } from '../../functions/src/platform/rate-limits.js';
import { signViewerAssertion, viewerAssertionHeader } from '../../functions/src/platform/viewer-assertion.js';
import { api, tokenFor } from '../support/api.js';
import { edgeHeaders, gatewayOrigin, portalViewerHeaders } from '../support/edge.js';

/**
 * Issue 10 items 3 and 8: the API answers only requests that passed the edge, takes the viewer from the
 * portal's signed assertion (never from an unsigned or forged one), and limits per viewer, so one viewer
 * hammering through the portal's server does not spend every other viewer's budget.
 */

interface AuditItem {
  action: string;
  sourceIp: string;
}

/** The source address of citizen3's latest audited profile read. */
async function latestProfileReadAddress(): Promise<string | undefined> {
  const me = await api<{ sub: string }>('GET', '/api/me', { token: await tokenFor('citizen3') });
  const res = await api<{ items: AuditItem[] }>(
    'GET',
    `/api/audit?actor=${me.body.sub}&action=identity.getProfile&limit=5`,
    { token: await tokenFor('supervisor1') },
  );
  expect(res.status).toBe(200);
  return res.body.items[0]?.sourceIp;
}

async function readProfileFrom(from: string, headers: Record<string, string>): Promise<void> {
  const res = await api('GET', '/api/me/profile', { token: await tokenFor('citizen3'), from, headers });
  expect([200, 404]).toContain(res.status);
}

describe('the API answers only requests that passed the edge', () => {
  it('answers 403 EDGE_REQUIRED, with a message that says why, to a direct call without X-Origin-Verify', async () => {
    const res = await fetch(`${gatewayOrigin()}/api/services`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('EDGE_REQUIRED');
    expect(body.error.message).toMatch(/through the portal origin/);
  });

  it('answers 403 EDGE_REQUIRED to a wrong X-Origin-Verify', async () => {
    const res = await fetch(`${gatewayOrigin()}/api/services`, { headers: { 'x-origin-verify': 'x'.repeat(43) } });
    expect(res.status).toBe(403);
  });

  it('answers a direct call that brings the edge headers, and every call through the edge', async () => {
    expect((await fetch(`${gatewayOrigin()}/api/services`, { headers: edgeHeaders() })).status).toBe(200);
    expect((await api('GET', '/api/services')).status).toBe(200);
  });
});

describe('the viewer the API trusts', () => {
  it("ignores a forged viewer assertion: the audit record names the caller's own address", async () => {
    const forged = signViewerAssertion('not-the-portal-secret-'.repeat(3), '203.0.113.77');
    await readProfileFrom('127.0.4.11', { [viewerAssertionHeader]: forged });
    expect(await latestProfileReadAddress()).toBe('127.0.4.11');

    const unsigned = `v1;${Math.floor(Date.now() / 1000)};203.0.113.78;`;
    await readProfileFrom('127.0.4.12', { [viewerAssertionHeader]: unsigned });
    expect(await latestProfileReadAddress()).toBe('127.0.4.12');
  });

  it("honours the portal's signed assertion: the audit record names the viewer, not the portal server", async () => {
    await readProfileFrom('127.0.4.13', portalViewerHeaders('198.51.100.23'));
    expect(await latestProfileReadAddress()).toBe('198.51.100.23');
  });
});

describe('rate limits per viewer, not per portal server address', () => {
  it("does not let one viewer's burst through the portal make another viewer's submissions fail", async () => {
    const portal = '127.0.4.20';
    const submit = (headers: Record<string, string>) =>
      api('POST', '/api/cases', { from: portal, headers, body: {} }).then((r) => r.status);
    const hammering = portalViewerHeaders('198.51.100.30');
    for (let sent = 0; sent < rateLimits.write.requests; sent += 50) {
      const statuses = await Promise.all(Array.from({ length: 50 }, () => submit(hammering)));
      expect(statuses.filter((s) => s === 429)).toEqual([]);
    }
    expect(await submit(hammering)).toBe(429);

    // Same portal server, another viewer: untouched (401 = reached the API, which wants a sign-in).
    expect(await submit(portalViewerHeaders('198.51.100.31'))).toBe(401);
    // A forged assertion for the spent viewer does not borrow that viewer's identity either way.
    const forged = signViewerAssertion('not-the-portal-secret-'.repeat(3), '198.51.100.30');
    expect(await submit({ [viewerAssertionHeader]: forged })).toBe(401);
  });
});
