import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { api, origin, tokenFor } from '../support/api.js';

/** GET from a chosen loopback address through the edge, with extra headers. */
function getFrom(localAddress: string, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(path, origin());
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: '127.0.0.1', port: url.port, path: url.pathname, method: 'GET', localAddress, headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface AuditItem {
  requestId: string;
  action: string;
  sourceIp: string;
  at: string;
}

async function profileReadsOf(username: string): Promise<AuditItem[]> {
  const me = await api<{ sub: string }>('GET', '/api/me', { token: await tokenFor(username) });
  const res = await api<{ items: AuditItem[] }>(
    'GET',
    `/api/audit?actor=${me.body.sub}&action=identity.getProfile&limit=50`,
    { token: await tokenFor('supervisor1') },
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('the viewer address in audit records (issue 10 item 8)', () => {
  it('records the address the client connected to the edge from', async () => {
    const token = await tokenFor('citizen2');
    const before = (await profileReadsOf('citizen2')).length;
    const status = await getFrom('127.0.2.201', '/api/me/profile', { authorization: `Bearer ${token}` });
    expect([200, 404]).toContain(status);
    const after = await profileReadsOf('citizen2');
    expect(after.length).toBe(before + 1);
    expect(after[0]?.sourceIp).toBe('127.0.2.201');
  });

  it('does not trust a CloudFront-Viewer-Address sent by the client: the edge overwrites it', async () => {
    const token = await tokenFor('citizen2');
    await getFrom('127.0.2.202', '/api/me/profile', {
      authorization: `Bearer ${token}`,
      'cloudfront-viewer-address': '203.0.113.9:4431',
    });
    const [latest] = await profileReadsOf('citizen2');
    expect(latest?.sourceIp).toBe('127.0.2.202');
  });
});
