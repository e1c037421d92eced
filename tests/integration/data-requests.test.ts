import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, inject, it } from 'vitest';
import { chinaDate } from '../../functions/src/platform/clock.js';
import { api, tokenFor } from '../support/api.js';
import { audited, requestBody } from '../support/data-sharing.js';

/**
 * Access requests for data resources (issue 15, item 2): an officer of another department requests a resource;
 * an unconditional one is granted at once, a conditional one waits in the owning head's inbox (the request's
 * workflow waits on that item) until the head grants or refuses it with an opinion; a resource not shared refuses.
 */

const env = inject('cloud').env;
const sfn = new SFNClient({
  region: env.AWS_REGION,
  endpoint: env.AWS_ENDPOINT_URL_SFN,
  credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
});

/** The request's workflow execution (workflows/data-request.ts) once it is `status`; fails after 10 s. */
async function executionOf(requestId: string, status: 'RUNNING' | 'SUCCEEDED') {
  const executionArn = `${env.SFN_DATA_REQUEST_ARN!.replace(':stateMachine:', ':execution:')}:${requestId}`;
  let last = '';
  for (let i = 0; i < 100; i++) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    last = out.status ?? '';
    if (last === status) return out;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`execution of ${requestId} is ${last}, not ${status}`);
}

const today = chinaDate();
const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;

async function inboxItem(user: string, requestId: string) {
  const inbox = await api('GET', `/api/work-items?q=${requestId}`, { token: await tokenFor(user) });
  expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
  return inbox.body.items.find((i: { caseNumber: string }) => i.caseNumber === requestId);
}

describe('data requests', () => {
  it('grants an unconditional resource at once and records it', async () => {
    const res = await api('POST', '/api/data/requests', {
      token: await tokenFor('officer2'),
      body: requestBody('440104-SK-D003', ['code', 'street', 'use']),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'granted',
      sharingClass: 'unconditional',
      decidedBy: 'system',
      requesterDepartment: 'market-supervision',
      ownerDepartment: 'data-center',
    });
    const mine = await api('GET', '/api/data/requests?side=mine', { token: await tokenFor('officer2') });
    expect(mine.body.items.map((r: { requestId: string }) => r.requestId)).toContain(res.body.requestId);
    expect(await inboxItem('head-data-center', res.body.requestId)).toBeUndefined();
  });

  it('puts a conditional request in the owner head’s inbox and lets the head grant it with an opinion', async () => {
    const created = await api('POST', '/api/data/requests', {
      token: await tokenFor('officer2'),
      body: requestBody('440104-MZ-D001', ['registrationNumber', 'kind']),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', sharingClass: 'conditional', mayDecide: false });
    const id = created.body.requestId as string;
    await executionOf(id, 'RUNNING');
    const item = await inboxItem('head1', id);
    expect(item).toMatchObject({ kind: 'data-request', step: 'dataDecide', role: 'head', department: 'civil-affairs' });
    // The generic decision route leaves a data request to its own route.
    const generic = await api('POST', `/api/work-items/${item.workItemId}/decision`, {
      token: await tokenFor('head1'),
      body: { outcome: 'granted', comment: '' },
    });
    expect(generic.status).toBe(409);
    expect(generic.body.error.code).toBe('DECIDE_THE_DATA_REQUEST');

    const forOwner = await api('GET', `/api/data/requests/${id}`, { token: await tokenFor('head1') });
    expect(forOwner.body.mayDecide).toBe(true);
    const noOpinion = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head1'),
      body: { decision: 'granted', opinion: '', version: 1 },
    });
    expect(noOpinion.status).toBe(400);
    expect(noOpinion.body.error.details.fields[0].field).toBe('opinion');
    const stale = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head1'),
      body: { decision: 'granted', opinion: '同意共享', version: 7 },
    });
    expect(stale.body.error.code).toBe('DATA_REQUEST_STALE');
    const granted = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head1'),
      body: { decision: 'granted', opinion: '同意共享，仅限核验使用', version: 1 },
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', decidedBy: 'head1', opinion: '同意共享，仅限核验使用' });
    await executionOf(id, 'SUCCEEDED');
    expect(await inboxItem('head1', id)).toBeUndefined();
    const again = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head1'),
      body: { decision: 'refused', opinion: '改为不同意', version: 2 },
    });
    expect(again.body.error.code).toBe('DATA_REQUEST_DECIDED');
    const seen = await api('GET', `/api/data/requests/${id}`, { token: await tokenFor('officer2') });
    expect(seen.body).toMatchObject({ status: 'granted', opinion: '同意共享，仅限核验使用' });
    expect(await audited('data-sharing.createRequest', id)).toMatchObject({ actor: { username: expect.any(String) } });
    expect((await audited('data-sharing.decideRequest', id))?.details).toMatchObject({ decision: 'granted' });
  });

  it('lets the owner head refuse, and keeps other departments out', async () => {
    const created = await api('POST', '/api/data/requests', {
      token: await tokenFor('officer1'),
      body: requestBody('440104-SJ-D102', ['decisionNumber', 'outcome']),
    });
    expect(created.status).toBe(201);
    const id = created.body.requestId as string;
    expect((await api('GET', `/api/data/requests/${id}`, { token: await tokenFor('steward1') })).status).toBe(403);
    const outsider = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head-data-center'),
      body: { decision: 'granted', opinion: '同意', version: 1 },
    });
    expect(outsider.status).toBe(404);
    const requesterHead = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head1'),
      body: { decision: 'granted', opinion: '同意', version: 1 },
    });
    expect(requesterHead.status).toBe(403);
    const refused = await api('POST', `/api/data/requests/${id}/decision`, {
      token: await tokenFor('head2'),
      body: { decision: 'refused', opinion: '处罚信息涉及当事人权益，请通过信用平台查询', version: 1 },
    });
    expect(refused.body).toMatchObject({ status: 'refused', decidedBy: 'head2' });
    const owners = await api('GET', '/api/data/requests?side=owner&status=refused', { token: await tokenFor('head2') });
    expect(owners.body.items.map((r: { requestId: string }) => r.requestId)).toContain(id);
  });

  it('refuses what cannot be requested, naming the field', async () => {
    const token = await tokenFor('officer2');
    const none = await api('POST', '/api/data/requests', {
      token,
      body: requestBody('440104-WJ-D001', ['certificateNumber']),
    });
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('DATA_NOT_SHARED');
    const own = await api('POST', '/api/data/requests', { token, body: requestBody('440104-SJ-D101', ['operator']) });
    expect(own.body.error.code).toBe('DATA_REQUEST_OWN_DEPARTMENT');
    const unknownField = await api('POST', '/api/data/requests', {
      token,
      body: requestBody('440104-MZ-D001', ['kind', 'salary']),
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.details.fields[0]).toMatchObject({ field: 'fields' });
    const backwards = await api('POST', '/api/data/requests', {
      token,
      body: requestBody('440104-MZ-D001', ['kind'], { periodFrom: nextYear, periodTo: today }),
    });
    expect(backwards.body.error.details.fields[0].field).toBe('periodTo');
    const missing = await api('POST', '/api/data/requests', { token, body: { resourceId: '440104-MZ-D001' } });
    expect(missing.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['purpose', 'fields', 'legalBasis', 'periodFrom', 'periodTo']),
    );
  });
});
