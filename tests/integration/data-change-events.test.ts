import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader, eventIdHeader, verifySignature } from '../../functions/src/data-sharing/events/webhook.js';
import { api, eventually, tokenFor } from '../support/api.js';
import { audited, requestBody } from '../support/data-sharing.js';
import { changedBuilding } from './fixtures/changed-building.js';
import { seededBuilding } from './fixtures/registry-fixtures.js';

/**
 * Issue 15's change events: market supervision's system — a webhook server on this machine — subscribes to the
 * building register it holds a grant of; a steward's import changes a building; the webhook receives a signed event
 * naming the record and the changed field (never its value), verifies the signature with the secret it was given
 * once, and extracts the record through the audited records route.
 */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
let server: http.Server;
let hookUrl = '';
let goneUrl = '';
/** The first answers the webhook gives (then 204): a consumer briefly down, so the delivery is retried. */
const failFirst: number[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // A consumer that refuses every event (a 4xx is final): its deliveries become dead letters.
      if (req.url === '/gone') {
        res.writeHead(410).end();
        return;
      }
      const status = failFirst.shift();
      if (status) {
        res.writeHead(status).end();
        return;
      }
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/yuexiu-events`;
  goneUrl = new URL('/gone', hookUrl).href;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const eventsFor = (subscriptionBody: string) => received.filter((r) => r.body.includes(subscriptionBody));

describe('change events of a shared resource', () => {
  it('delivers a signed event after a registry update to the subscribed webhook', async () => {
    const head = await tokenFor('head2');
    const asked = await api('POST', '/api/data/requests', {
      token: await tokenFor('officer2'),
      body: requestBody('440104-SK-D003', ['code', 'floors']),
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.status).toBe('granted');

    // Validation names the field; a resource without a grant is refused.
    const bad = await api('POST', '/api/data/subscriptions', {
      token: head,
      body: { resourceId: '440104-SK-D003', webhookUrl: 'http://example.com/hook' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toContain('webhookUrl');
    // No webhook on a private, loopback, link-local or metadata address, nor plain http, unless the operator allowed
    // its host (the local cloud allows localhost and 127.0.0.1 for consumers next to it).
    for (const webhookUrl of [
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.5/hook',
      'https://[::1]:8443/hook',
      'https://192.168.1.10/hook',
      'http://127.0.0.2:8080/hook',
    ]) {
      const refused = await api('POST', '/api/data/subscriptions', {
        token: head,
        body: { resourceId: '440104-SK-D003', webhookUrl },
      });
      expect(refused.status, webhookUrl).toBe(400);
      expect(refused.body.error.details.fields).toEqual([
        { field: 'webhookUrl', message: expect.stringMatching(/private|https/) },
      ]);
    }
    const ungranted = await api('POST', '/api/data/subscriptions', {
      token: head,
      // Health's certificates are not shared (不予共享): no department ever holds a grant of them.
      body: { resourceId: '440104-WJ-D001', webhookUrl: hookUrl },
    });
    expect(ungranted.status).toBe(403);
    expect(ungranted.body.error.code).toBe('NO_DATA_GRANT');

    const created = await api('POST', '/api/data/subscriptions', {
      token: head,
      body: { resourceId: '440104-SK-D003', webhookUrl: hookUrl },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { subscriptionId } = created.body.subscription as { subscriptionId: string };
    const secret = created.body.signingSecret as string;
    expect(created.body.signatureHeader).toBe(signatureHeader);
    const listed = await api('GET', '/api/data/subscriptions', { token: head });
    expect(listed.body.items.map((s: { subscriptionId: string }) => s.subscriptionId)).toContain(subscriptionId);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    // Another department does not see it, nor can end it.
    const other = await tokenFor('head1');
    expect(JSON.stringify((await api('GET', '/api/data/subscriptions', { token: other })).body)).not.toContain(
      subscriptionId,
    );
    expect((await api('DELETE', `/api/data/subscriptions/${subscriptionId}`, { token: other })).status).toBe(404);

    // A second subscription whose consumer refuses every event.
    const refusing = await api('POST', '/api/data/subscriptions', {
      token: head,
      body: { resourceId: '440104-SK-D003', webhookUrl: goneUrl },
    });
    expect(refusing.status, JSON.stringify(refusing.body)).toBe(201);
    const goneId = refusing.body.subscription.subscriptionId as string;
    expect(refusing.body.subscription.failedDeliveries).toBe(0);

    // The consumer is down for its first two deliveries: the event arrives on a retry.
    failFirst.push(503, 503);
    const body = changedBuilding(10 + Math.floor(Math.random() * 80));
    const floors = Number(Buffer.from(body.contentBase64, 'base64').toString('utf8').split(/\r?\n/)[1]!.split(',')[7]);
    const imported = await api('POST', '/api/registries/imports', { token: await tokenFor('steward1'), body });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.updated + imported.body.created).toBe(1);

    const recordKey = `BUILDING#${seededBuilding}`;
    const delivery = await eventually(
      async () => eventsFor(recordKey).find((r) => JSON.parse(r.body).changedAt === imported.body.startedAt),
      30_000,
    );
    const event = JSON.parse(delivery.body);
    const header = delivery.headers[signatureHeader] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    // Verified as a consumer does, against the cloud's clock of the change.
    const at = Date.parse(event.changedAt);
    expect(verifySignature(secret, delivery.body, header, at)).toBe(true);
    expect(verifySignature('another-secret', delivery.body, header, at)).toBe(false);
    expect(verifySignature(secret, delivery.body.replace('floors', 'units'), header, at)).toBe(false);
    expect(verifySignature(secret, delivery.body, header, at + 3_600_000)).toBe(false);
    expect(delivery.headers[eventIdHeader]).toBe(event.id);
    expect(Object.keys(event).sort()).toEqual([
      'changedAt',
      'fields',
      'id',
      'recordKey',
      'resource',
      'type',
      'version',
    ]);
    expect(event).toMatchObject({ type: 'data.resource.changed', resource: '440104-SK-D003', recordKey });
    expect(event.fields).toEqual(['floors']);

    // The consumer extracts the changed record through the audited route, incrementally from just before it.
    const since = new Date(at - 1).toISOString();
    const page = await api('GET', `/api/data/resources/440104-SK-D003/records?since=${since}&limit=50`, {
      token: head,
    });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    const record = page.body.items.find((i: { id: string }) => i.id === recordKey);
    expect(record).toMatchObject({ version: event.version, fields: { floors } });

    // The refused delivery is kept as a dead letter, counted on its subscription with its error; the working one has none.
    const views = await eventually(async () => {
      const items = (await api('GET', '/api/data/subscriptions', { token: head })).body.items as {
        subscriptionId: string;
        failedDeliveries: number;
        lastFailure?: { eventId: string; error: string };
      }[];
      const gone = items.find((s) => s.subscriptionId === goneId);
      return gone?.lastFailure?.eventId === event.id ? items : undefined;
    }, 30_000);
    const gone = views.find((s) => s.subscriptionId === goneId)!;
    expect(gone.failedDeliveries).toBeGreaterThanOrEqual(1);
    expect(gone.lastFailure?.error).toContain('HTTP 410');
    expect(views.find((s) => s.subscriptionId === subscriptionId)).toMatchObject({ failedDeliveries: 0 });
    // Its officers see the subscriptions and their deliveries too.
    const seen = await api('GET', '/api/data/subscriptions', { token: await tokenFor('officer2') });
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).toContain(goneId);
    expect((await api('DELETE', `/api/data/subscriptions/${goneId}`, { token: head })).status).toBe(200);

    // Audited: the subscription's creation (with its webhook) and its end.
    expect((await audited('data-sharing.createSubscription', subscriptionId))?.details).toMatchObject({
      resource: '440104-SK-D003',
      department: 'market-supervision',
      webhook: hookUrl,
    });
    const ended = await api('DELETE', `/api/data/subscriptions/${subscriptionId}`, { token: head });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(await audited('data-sharing.deleteSubscription', subscriptionId)).toBeDefined();
    expect((await api('DELETE', `/api/data/subscriptions/${subscriptionId}`, { token: head })).status).toBe(404);
  }, 60_000);
});
