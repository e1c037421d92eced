import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, eventually, tokenFor } from '../support/api.js';
import { uploadDocument } from '../support/documents.js';

async function submit(token: string, submissionToken = randomUUID(), documentIds: string[] = []) {
  return api('POST', '/api/cases', {
    token,
    body: { title: '结婚登记 marriage registration', details: 'skeleton round trip', documentIds, submissionToken },
  });
}

async function workItemFor(caseId: string, username: string) {
  const token = await tokenFor(username);
  return eventually(async () => {
    const inbox = await api('GET', '/api/work-items', { token });
    return (inbox.body.items as Array<{ caseId: string; workItemId: string }>).find((i) => i.caseId === caseId);
  });
}

describe('The walking skeleton: a workflow with a human step', () => {
  it('runs from submission through the officer inbox to an approved case and a notification', async () => {
    const citizen = await tokenFor('citizen1');
    // The notification goes to the e-mail address in the citizen's profile.
    const profile = await api('GET', '/api/me/profile', { token: citizen });
    if (!profile.body.email) {
      const body = { name: profile.body.name, email: 'citizen1@demo.yuexiu.local', version: profile.body.version };
      expect((await api('PUT', '/api/me/profile', { token: citizen, body })).status).toBe(200);
    }
    const documentId = await uploadDocument(citizen);
    const submissionToken = randomUUID();

    const first = await submit(citizen, submissionToken, [documentId]);
    expect(first.status).toBe(201);
    expect(first.body.caseNumber).toMatch(/^YX-\d{8}-\d{6}$/);
    const retry = await submit(citizen, submissionToken, [documentId]);
    expect(retry.status).toBe(200);
    expect(retry.body.caseId).toBe(first.body.caseId);

    const item = await workItemFor(first.body.caseId, 'officer1');
    expect(item).not.toHaveProperty('taskToken');
    const officer = await tokenFor('officer1');
    const decided = await api('POST', `/api/work-items/${item.workItemId}/decision`, {
      token: officer,
      body: { outcome: 'approved', comment: '材料齐全 complete' },
    });
    expect(decided.status).toBe(200);
    const again = await api('POST', `/api/work-items/${item.workItemId}/decision`, {
      token: officer,
      body: { outcome: 'rejected' },
    });
    expect(again.status).toBe(409);

    const approved = await eventually(async () => {
      const c = await api('GET', `/api/cases/${first.body.caseId}`, { token: citizen });
      return c.body.status === 'approved' ? c.body : undefined;
    });
    expect(approved.timeline.map((t: { status: string }) => t.status)).toEqual(['submitted', 'in_review', 'approved']);

    const mine = await api('GET', '/api/cases', { token: citizen });
    expect(mine.body.items.map((c: { caseId: string }) => c.caseId)).toContain(first.body.caseId);

    const outbox = await api('GET', '/api/admin/outbox', { token: await tokenFor('admin1') });
    expect(outbox.body.items.some((m: { reference?: string }) => m.reference === first.body.caseId)).toBe(true);
  });

  it("keeps one citizen's case from another citizen and from other departments' officers", async () => {
    const created = await submit(await tokenFor('citizen1'));
    expect(created.status).toBe(201);
    expect((await api('GET', `/api/cases/${created.body.caseId}`, { token: await tokenFor('citizen2') })).status).toBe(
      404,
    );
    expect((await api('GET', `/api/cases/${created.body.caseId}`, { token: await tokenFor('officer2') })).status).toBe(
      404,
    );

    const item = await workItemFor(created.body.caseId, 'officer1');
    const wrongDepartment = await api('POST', `/api/work-items/${item.workItemId}/decision`, {
      token: await tokenFor('officer2'),
      body: { outcome: 'approved' },
    });
    expect(wrongDepartment.status).toBe(404);
  });

  it('refuses a case whose material was never uploaded, leaving no case behind', async () => {
    const citizen = await tokenFor('citizen2');
    const before = await api('GET', '/api/cases', { token: citizen });
    const created = await api('POST', '/api/documents/uploads', {
      token: citizen,
      body: { fileName: 'missing.pdf', contentType: 'application/pdf', size: 100 },
    });
    const res = await submit(citizen, randomUUID(), [created.body.documentId]);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'MATERIAL_NOT_UPLOADED', details: { field: 'documentIds.0' } });
    const after = await api('GET', '/api/cases', { token: citizen });
    expect(after.body.items.length).toBe(before.body.items.length);
  });
});
