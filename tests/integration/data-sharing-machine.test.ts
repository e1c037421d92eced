import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { audited, requestBody } from '../support/data-sharing.js';

/**
 * Issue 15's "done": a department's system — this script, acting as market supervision's registration system —
 * gets client credentials from its head, requests the population register, is approved in the data center head's
 * inbox, extracts the granted fields with its own bearer token (paged, incremental), and every step is in the
 * audit trail; the owner sees who used the data. Rotation and revocation of the client's secret.
 */

/** The client credentials grant at the identity provider's token endpoint (Cognito's on AWS). */
async function clientToken(clientId: string, secret: string, scope?: string) {
  return api('POST', '/api/auth/local/oauth2/token', {
    rawBody: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
  });
}

const records = (token: string, query = '') =>
  api('GET', `/api/data/resources/440104-SK-D001/records${query}`, { token });

describe('a department system extracts granted data with client credentials', () => {
  it('requests, is approved in the inbox, extracts only the granted fields, all audited', async () => {
    // The head registers the system: its secret is in this answer only.
    const head = await tokenFor('head2');
    const created = await api('POST', '/api/data/clients', {
      token: head,
      body: { system: '市场主体登记系统', contact: 'registration@scjg.yuexiu.example' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { clientId } = created.body.client as { clientId: string };
    expect(clientId).toMatch(/^yx-market-supervision-[0-9a-f]{8}$/);
    const listed = await api('GET', '/api/data/clients', { token: head });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.clientSecret);

    const issued = await clientToken(clientId, created.body.clientSecret, 'yuexiu-data/records.read');
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const system = issued.body.access_token as string;
    expect((await clientToken(clientId, 'wrong-secret')).status).toBe(401);
    // The system reaches only the routes that name its scope: the others' JWT authorizer knows only the portal.
    expect((await api('GET', '/api/data/requests', { token: system })).status).toBe(401);
    expect((await records(system)).body.error.code).toBe('NO_DATA_GRANT');

    // Its department requests the population register; the data center's head grants it in the inbox.
    const asked = await api('POST', '/api/data/requests', {
      token: await tokenFor('officer2'),
      body: requestBody('440104-SK-D001', ['street', 'community', 'name']),
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const requestId = asked.body.requestId as string;
    const owner = await tokenFor('head-data-center');
    const inbox = await api('GET', `/api/work-items?q=${requestId}`, { token: owner });
    expect(inbox.body.items.map((i: { caseId: string }) => i.caseId)).toContain(requestId);
    const decided = await api('POST', `/api/data/requests/${requestId}/decision`, {
      token: owner,
      body: { decision: 'granted', opinion: '同意共享街道、社区和姓名，用于市场主体登记核验', version: 1 },
    });
    expect(decided.body.status).toBe('granted');

    // Extraction: the granted fields only, page by page.
    const first = await records(system, '?limit=5');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ resourceId: '440104-SK-D001', grants: [requestId] });
    expect(first.body.fields).toEqual(['name', 'street', 'community']);
    expect(first.body.items).toHaveLength(5);
    for (const item of first.body.items) {
      expect(Object.keys(item.fields).sort()).toEqual(['community', 'name', 'street']);
      expect(typeof item.fields.name).toBe('string');
      expect(item.fields.name).not.toContain('*');
      expect(item.fields).not.toHaveProperty('idNumber');
    }
    const second = await records(system, `?limit=5&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    const firstIds = new Set(first.body.items.map((i: { id: string }) => i.id));
    expect(second.body.items.some((i: { id: string }) => firstIds.has(i.id))).toBe(false);
    // Incremental: nothing changed after the latest change of the register.
    const latest = first.body.items
      .map((i: { changedAt: string }) => i.changedAt)
      .sort()
      .at(-1);
    const later = new Date(Date.parse(latest) + 365 * 86_400_000).toISOString();
    expect((await records(system, `?since=${encodeURIComponent(later)}`)).body.items).toEqual([]);
    expect((await records(system, '?cursor=not-a-cursor')).body.error.details.fields[0].field).toBe('cursor');

    // Audited, and the owner sees who used the data.
    const entry = await audited('data-sharing.extractRecords', '440104-SK-D001');
    expect(entry?.actor.username).toBe(`client:${clientId}`);
    expect(entry?.details).toMatchObject({ department: 'market-supervision', grant: requestId });
    expect(await audited('data-sharing.decideRequest', requestId)).toBeDefined();
    expect(await audited('data-sharing.createClient', clientId)).toBeDefined();
    const usage = await api('GET', '/api/data/resources/440104-SK-D001/usage', { token: owner });
    expect(usage.status).toBe(200);
    expect(usage.body.items[0]).toMatchObject({ by: `client:${clientId}`, department: 'market-supervision' });
    expect((await api('GET', '/api/data/resources/440104-SK-D001/usage', { token: head })).status).toBe(404);

    // Rotation: the old secret stops working, the new one works.
    const rotated = await api('POST', `/api/data/clients/${clientId}/rotation`, { token: head });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
    expect((await clientToken(clientId, created.body.clientSecret)).status).toBe(401);
    expect((await clientToken(clientId, rotated.body.clientSecret)).status).toBe(200);
    // Revocation: its tokens still unexpired are refused, and no new one is issued.
    const revoked = await api('POST', `/api/data/clients/${clientId}/revocation`, { token: head });
    expect(revoked.body.revokedBy).toBe('head2');
    // The gateway's authorizer of the machine routes refuses it, as API Gateway's Lambda authorizer does (403).
    const refused = await records(system);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await clientToken(clientId, rotated.body.clientSecret)).status).toBe(401);
    // Another department's head cannot touch the client.
    expect(
      (await api('POST', `/api/data/clients/${clientId}/rotation`, { token: await tokenFor('head1') })).status,
    ).toBe(404);
  });

  it('lets staff of the granted department extract too, and refuses a resource their department has no grant of', async () => {
    const token = await tokenFor('officer1');
    const granted = await api('POST', '/api/data/requests', {
      token,
      body: requestBody('440104-SK-D003', ['code', 'street', 'floors']),
    });
    expect(granted.body.status).toBe('granted');
    const page = await api('GET', '/api/data/resources/440104-SK-D003/records?limit=3', { token });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.fields).toEqual(['code', 'street', 'floors']);
    const declared = await api('POST', '/api/data/requests', {
      token,
      body: requestBody('440104-SJ-D101', ['operator']),
    });
    expect(declared.body.status).toBe('granted');
    const notOnline = await api('GET', '/api/data/resources/440104-SJ-D101/records', { token });
    expect(notOnline.body.error.code).toBe('DATA_NOT_ONLINE');
    expect((await api('GET', '/api/data/resources/440104-SK-D002/records', { token })).body.error.code).toBe(
      'NO_DATA_GRANT',
    );
  });
});
