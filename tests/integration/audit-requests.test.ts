import { describe, expect, it } from 'vitest';
import { demoCredentials, demoUsers } from '../../infra/local/identity/demo-users.js';
import { api, eventually, tokenFor } from '../support/api.js';
import { fileOnlineCase } from '../support/cases.js';

const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;

interface AuditView {
  action: string;
  outcome: string;
  resource: { type: string; id: string };
  actor: { sub: string; username: string };
  sourceIp: string;
  requestId: string;
  details?: Record<string, string>;
}

async function auditOf(username: string): Promise<AuditView[]> {
  const res = await api('GET', `/api/audit?actor=${subOf(username)}&limit=200`, {
    token: await tokenFor('supervisor1'),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

describe('every write, refusal, sign-in and read of personal data is audited', () => {
  it('records a write with who, what, outcome, request id and source address', async () => {
    const created = await fileOnlineCase('citizen2');
    const record = await eventually(async () =>
      (await auditOf('citizen2')).find((r) => r.action === 'cases.create' && r.resource.id === created.body.caseId),
    );
    expect(record).toMatchObject({
      outcome: 'succeeded',
      actor: { username: 'citizen2' },
      resource: { type: 'cases' },
    });
    expect(record.requestId).toMatch(/.+/);
    expect(record.sourceIp).toMatch(/[0-9a-f:.]+/);
  });

  it('records each unmasking of personal data, naming the fields but not their values', async () => {
    const token = await tokenFor('enterprise1');
    const current = await api('GET', '/api/me/profile', { token });
    await api('PUT', '/api/me/profile', {
      token,
      // Only the phone changes: the name and e-mail stay as they were, for the tests that read them.
      body: {
        name: current.body.name ?? '越秀示范餐饮有限公司',
        email: current.body.email,
        phone: '13912345678',
        version: current.body.version,
      },
    });
    const revealed = await api('GET', '/api/me/profile?reveal=true', { token });
    expect(revealed.body.phone).toBe('13912345678');
    const records = await auditOf('enterprise1');
    const unmask = records.find((r) => r.action === 'personal.unmask');
    expect(unmask?.details?.fields).toContain('phone');
    expect(JSON.stringify(records)).not.toContain('13912345678');
    expect(records.some((r) => r.action === 'identity.getProfile' || r.action === 'identity.putProfile')).toBe(true);
  });

  it('records a refusal', async () => {
    expect((await api('GET', '/api/admin/outbox', { token: await tokenFor('steward1') })).status).toBe(403);
    const records = await auditOf('steward1');
    expect(records.find((r) => r.action === 'notifications.outbox')?.outcome).toBe('denied');
  });

  it('records sign-ins, successful and failed', async () => {
    await api('POST', '/api/auth/local/token', { body: { username: 'docclerk1', password: 'wrong-password' } });
    await api('POST', '/api/auth/local/token', { body: demoCredentials('docclerk1') });
    const res = await api('GET', `/api/audit?action=auth.signIn&limit=200`, { token: await tokenFor('supervisor1') });
    const signIns = (res.body.items as AuditView[]).filter((r) => r.resource.id === subOf('docclerk1'));
    expect(signIns.map((r) => r.outcome)).toEqual(expect.arrayContaining(['denied', 'succeeded']));
  });

  it('lets supervisors export the trail as CSV, and audits the export', async () => {
    const res = await fetch(`${(await import('../support/api.js')).origin()}/api/audit/export`, {
      headers: { authorization: `Bearer ${await tokenFor('supervisor1')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toMatch(/^at,actorSub,actorUsername/);
    expect((await auditOf('supervisor1')).some((r) => r.action === 'audit.export')).toBe(true);
  });
});
