import { describe, expect, it } from 'vitest';
import { api, eventually, tokenFor } from '../support/api.js';
import { audited, requestBody } from '../support/data-sharing.js';
import { changedBuilding } from './fixtures/changed-building.js';
import { seededBuilding } from './fixtures/registry-fixtures.js';

/**
 * Issue 15's change events into a queue: market supervision's system — this script, with its client credentials —
 * subscribes a queue to the building register its department holds a grant of; a steward's import changes a
 * building; the event arrives in the queue with its id, the system receives it through the API, it stays hidden
 * for the visibility timeout, comes back when not acknowledged, and is gone once acknowledged.
 */

async function clientToken(clientId: string, secret: string) {
  const res = await api('POST', '/api/auth/local/oauth2/token', {
    rawBody: new URLSearchParams({ grant_type: 'client_credentials', scope: 'yuexiu-data/records.read' }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.access_token as string;
}

interface Message {
  receiptHandle: string;
  receiveCount: number;
  event: { id: string; recordKey: string; changedAt: string; resource: string; fields: string[] };
}

describe('change events in a queue subscription', () => {
  it('are received by the department system, hidden while it works, redelivered unless acknowledged', async () => {
    const head = await tokenFor('head2');
    const client = await api('POST', '/api/data/clients', {
      token: head,
      body: { system: '市场主体登记系统（队列）', contact: 'queue@scjg.yuexiu.example' },
    });
    expect(client.status, JSON.stringify(client.body)).toBe(201);
    const system = await clientToken(client.body.client.clientId, client.body.clientSecret);
    const granted = await api('POST', '/api/data/requests', {
      token: await tokenFor('officer2'),
      body: requestBody('440104-SK-D003', ['code', 'floors']),
    });
    expect(granted.body.status).toBe('granted');

    // Validation names the field.
    for (const [body, field] of [
      [{ resourceId: '440104-SK-D003', kind: 'queue', webhookUrl: 'https://example.com/hook' }, 'webhookUrl'],
      [{ resourceId: '440104-SK-D003', kind: 'webhook' }, 'webhookUrl'],
      [{ resourceId: '440104-SK-D003', kind: 'pigeon' }, 'kind'],
    ] as const) {
      const bad = await api('POST', '/api/data/subscriptions', { token: system, body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }

    const created = await api('POST', '/api/data/subscriptions', {
      token: system,
      body: { resourceId: '440104-SK-D003', kind: 'queue' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.subscription).toMatchObject({ kind: 'queue', department: 'market-supervision' });
    expect(created.body).not.toHaveProperty('signingSecret');
    expect(JSON.stringify(created.body)).not.toMatch(/sqs|queue\//i);
    const id = created.body.subscription.subscriptionId as string;
    const messages = (query: string, token = system) =>
      api('GET', `/api/data/subscriptions/${id}/messages${query}`, { token });
    const ack = (receiptHandles: string[]) =>
      api('POST', `/api/data/subscriptions/${id}/messages/ack`, { token: system, body: { receiptHandles } });

    for (const [query, field] of [
      ['?max=0', 'max'],
      ['?max=11', 'max'],
      ['?visibilityTimeout=43201', 'visibilityTimeout'],
      ['?visibilityTimeout=soon', 'visibilityTimeout'],
    ] as const) {
      const bad = await messages(query);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    expect((await ack([])).body.error.details.fields[0].field).toBe('receiptHandles');
    // Another department's head does not find it; a webhook subscription has no queue.
    expect((await messages('', await tokenFor('head1'))).status).toBe(404);
    const webhook = await api('POST', '/api/data/subscriptions', {
      token: head,
      body: { resourceId: '440104-SK-D003', webhookUrl: 'http://127.0.0.1:9/nobody' },
    });
    const notQueue = await api('GET', `/api/data/subscriptions/${webhook.body.subscription.subscriptionId}/messages`, {
      token: system,
    });
    expect(notQueue.status).toBe(409);
    expect(notQueue.body.error.code).toBe('SUBSCRIPTION_NOT_QUEUE');
    await api('DELETE', `/api/data/subscriptions/${webhook.body.subscription.subscriptionId}`, { token: head });

    // A registry update: its event arrives in the queue.
    const imported = await api('POST', '/api/registries/imports', {
      token: await tokenFor('steward1'),
      body: changedBuilding(10 + Math.floor(Math.random() * 80)),
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const ours = (items: Message[]) =>
      items.find(
        (m) => m.event.recordKey === `BUILDING#${seededBuilding}` && m.event.changedAt === imported.body.startedAt,
      );
    const pending = await eventually(async () => {
      const list = await api('GET', '/api/data/subscriptions', { token: await tokenFor('officer2') });
      const mine = list.body.items.find((s: { subscriptionId: string }) => s.subscriptionId === id);
      return mine?.pendingMessages > 0 ? mine : undefined;
    }, 30_000);
    expect(pending).toMatchObject({ kind: 'queue', pendingMessages: expect.any(Number) });

    // Received with a 3 s visibility timeout: hidden from the next receive, then back when not acknowledged.
    const first = await messages('?max=10&visibilityTimeout=3');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const received = ours(first.body.items)!;
    expect(received, JSON.stringify(first.body)).toBeDefined();
    expect(received.event).toMatchObject({ resource: '440104-SK-D003', fields: ['floors'] });
    expect(received.event.id).toMatch(/^evt-[0-9a-f]{32}$/);
    expect(received.receiveCount).toBe(1);
    expect(Date.parse(first.body.visibleAgainAt)).toBeGreaterThan(Date.now());
    expect(ours((await messages('?visibilityTimeout=3')).body.items)).toBeUndefined();
    const again = await eventually(async () => ours((await messages('?visibilityTimeout=3')).body.items), 15_000);
    expect(again.event.id).toBe(received.event.id);
    expect(again.receiveCount).toBe(2);
    expect(again.receiptHandle).not.toBe(received.receiptHandle);

    // Acknowledged by its latest handle it is gone; the stale handle is answered as not found.
    const acked = await ack([received.receiptHandle, again.receiptHandle]);
    expect(acked.status, JSON.stringify(acked.body)).toBe(200);
    expect(acked.body).toEqual({ acknowledged: [again.receiptHandle], notFound: [received.receiptHandle] });
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(ours((await messages('?visibilityTimeout=1')).body.items)).toBeUndefined();

    // Audited: the subscription (a queue), each receipt with the events' ids, the acknowledgement.
    expect((await audited('data-sharing.createSubscription', id))?.details).toMatchObject({
      kind: 'queue',
      department: 'market-supervision',
    });
    const receipt = await audited('data-sharing.receiveMessages', id);
    expect(receipt?.details.department).toBe('market-supervision');
    expect((await audited('data-sharing.acknowledgeMessages', id))?.details).toMatchObject({
      acknowledged: '1',
      notFound: '1',
    });

    // Ending it removes the queue: nothing to read any more.
    expect((await api('DELETE', `/api/data/subscriptions/${id}`, { token: system })).status).toBe(200);
    expect((await messages('')).status).toBe(404);
  }, 90_000);
});
