import { describe, expect, it } from 'vitest';
import { gridCells } from '../../functions/src/grid/cells.js';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { api, eventually, tokenFor } from '../support/api.js';

/**
 * The dispatchers' Open311 clients: a key issued on the API is shown once and opens GeoReport's POST requests
 * (JSON and XML, audited as `open311:<keyId>`); the list never shows a key; a revoked key is refused with the
 * specification's 403 error list; every write is audited.
 */

const cell = gridCells.find((c) => c.street === 'liurong')!;
const [lng, lat] = [(cell.ring[0]![0] + cell.ring[2]![0]) / 2, (cell.ring[0]![1] + cell.ring[2]![1]) / 2];

const form = (apiKey: string) => ({
  rawBody: new URLSearchParams({
    api_key: apiKey,
    service_code: 'E0306',
    lat: String(lat),
    long: String(lng),
    description: '共享单车堆在路口，挡住行人',
  }).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
const post = (format: 'json' | 'xml', apiKey: string) => api('POST', `/open311/v2/requests.${format}`, form(apiKey));
const elements = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] as string);

async function auditOf(actor: string, action: string) {
  const res = await api('GET', `/api/audit?actor=${encodeURIComponent(actor)}&action=${action}&limit=200`, {
    token: await tokenFor('supervisor1'),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { action: string; resource: { id: string }; actor: { username: string } }[];
}
const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;

describe('Open311 clients', () => {
  it('issues a key once, accepts it in JSON and XML, lists the client without it, and refuses it once revoked', async () => {
    const token = await tokenFor('dispatcher1');
    const issued = await api('POST', '/api/grid/open311-clients', {
      token,
      body: { name: '越秀随手拍第三方 App', contact: 'open311-dev@example.org' },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const { client, apiKey } = issued.body;
    expect(client).toMatchObject({ name: '越秀随手拍第三方 App', createdBy: 'dispatcher1' });
    expect(client.revokedAt).toBeUndefined();
    expect(apiKey).toMatch(/^yx311_/);

    const json = await post('json', apiKey);
    expect(json.status, JSON.stringify(json.body)).toBe(201);
    const jsonId = json.body[0].service_request_id as string;
    const xml = await post('xml', apiKey);
    expect(xml.status, xml.body).toBe(201);
    const [xmlId] = elements(xml.body, 'service_request_id');
    const event = await api('GET', `/api/grid/events/${jsonId}`, { token });
    expect(event.body).toMatchObject({ source: 'open311', category: 'E0306' });
    const created = await eventually(async () => {
      const records = await auditOf(`open311:${client.keyId}`, 'grid.open311Create');
      return records.length >= 2 ? records : undefined;
    });
    expect(created.map((r) => r.resource.id).sort()).toEqual([jsonId, xmlId].sort());

    const listed = await api('GET', '/api/grid/open311-clients', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((c: { keyId: string }) => c.keyId === client.keyId)).toEqual(client);
    expect(listed.body.items.map((c: { keyId: string }) => c.keyId)).toContain('demo-client');
    expect(JSON.stringify(listed.body)).not.toContain(apiKey);

    const revoked = await api('POST', `/api/grid/open311-clients/${client.keyId}/revocation`, { token });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(revoked.body).toMatchObject({ keyId: client.keyId, revokedBy: 'dispatcher1' });
    expect(revoked.body.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const refusedJson = await post('json', apiKey);
    expect(refusedJson.status).toBe(403);
    expect(refusedJson.body).toEqual([{ code: 403, description: expect.stringContaining('API_KEY_REVOKED') }]);
    const refusedXml = await post('xml', apiKey);
    expect(refusedXml.status).toBe(403);
    expect(refusedXml.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(elements(refusedXml.body, 'code')).toEqual(['403']);
    expect(elements(refusedXml.body, 'description')[0]).toContain('API_KEY_REVOKED');

    const again = await api('POST', `/api/grid/open311-clients/${client.keyId}/revocation`, { token });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('API_KEY_REVOKED');

    const writes = await eventually(async () => {
      const [issue, revoke] = await Promise.all([
        auditOf(subOf('dispatcher1'), 'grid.createOpen311Client'),
        auditOf(subOf('dispatcher1'), 'grid.revokeOpen311Client'),
      ]);
      const mine = (r: { resource: { id: string } }) => r.resource.id === client.keyId;
      return issue.some(mine) && revoke.some(mine) ? [...issue, ...revoke] : undefined;
    });
    expect(JSON.stringify(writes)).not.toContain(apiKey);
  });

  it('names each invalid field, and finds no unknown client', async () => {
    const token = await tokenFor('dispatcher1');
    const invalid = await api('POST', '/api/grid/open311-clients', { token, body: { name: 'x' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('INVALID_INPUT');
    const fields = invalid.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'contact']));
    const missing = await api('POST', '/api/grid/open311-clients/k-nobody/revocation', { token });
    expect(missing.status).toBe(404);
  });

  it('keeps the local demo key working', async () => {
    const res = await post('json', 'yuexiu-demo-open311-key');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});
