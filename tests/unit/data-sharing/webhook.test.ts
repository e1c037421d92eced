import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { changeEventsOf } from '../../../functions/src/data-sharing/change-events.js';
import {
  deliverWebhook,
  signatureHeader,
  signedHeader,
  verifySignature,
  WebhookRefused,
} from '../../../functions/src/data-sharing/events/webhook.js';
import type { ChangeEvent } from '../../../functions/src/data-sharing/events/port.js';

const event: ChangeEvent = {
  id: 'evt-1',
  type: 'data.resource.changed',
  resource: '440104-SK-D003',
  recordKey: 'BUILDING#440104-000001',
  version: 2,
  changedAt: '2026-03-02T08:00:00.000Z',
  fields: ['floors'],
};
const at = Date.parse(event.changedAt);

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A webhook answering `statuses` in turn (then 204), recording what it received. */
async function webhook(statuses: number[]) {
  const got: { body: string; signature: string }[] = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ body, signature: String(req.headers[signatureHeader]) });
      res.writeHead(statuses.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { target: { url, address: '127.0.0.1', family: 4 as const }, got };
}

describe('webhook signatures', () => {
  it('verify with the secret, the body and a recent timestamp only', () => {
    const body = JSON.stringify(event);
    const header = signedHeader('s3cret', body, at);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature('s3cret', body, header, at + 1000)).toBe(true);
    expect(verifySignature('other', body, header, at)).toBe(false);
    expect(verifySignature('s3cret', `${body} `, header, at)).toBe(false);
    expect(verifySignature('s3cret', body, header, at + 301_000)).toBe(false);
    expect(verifySignature('s3cret', body, 'v1=abc', at)).toBe(false);
  });
});

describe('webhook delivery', () => {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => void sleeps.push(ms);

  it('retries a 5xx and a 429 with doubling waits, then delivers signed', async () => {
    sleeps.length = 0;
    const hook = await webhook([503, 429]);
    const out = await deliverWebhook(hook.target, 'k', event, { sleep, baseDelayMs: 100 });
    expect(out).toEqual({ status: 204, attempts: 3 });
    expect(sleeps).toEqual([100, 200]);
    const last = hook.got.at(-1)!;
    expect(JSON.parse(last.body)).toEqual(event);
    expect(verifySignature('k', last.body, last.signature)).toBe(true);
  });

  it('gives up on a refusal (4xx) at once, and after the attempts on failures', async () => {
    const refused = await webhook([410]);
    await expect(deliverWebhook(refused.target, 'k', event, { sleep })).rejects.toBeInstanceOf(WebhookRefused);
    expect(refused.got).toHaveLength(1);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const down = await webhook([500, 500, 500]);
    await expect(deliverWebhook(down.target, 'k', event, { sleep, attempts: 3 })).rejects.toThrow(/after 3 attempts/);
    expect(down.got).toHaveLength(3);
  });
});

describe('change events of a registry change', () => {
  it('name the resource, the record and the changed fields, with an id stable across publications', () => {
    const change = { pk: 'PERSON#abc', version: 3, at: event.changedAt, fields: ['phone'] };
    const events = changeEventsOf('persons', [change]);
    expect(events.map((e) => e.resource)).toEqual(['440104-SK-D001']);
    expect(events[0]).toMatchObject({ recordKey: 'PERSON#abc', version: 3, fields: ['phone'] });
    expect(changeEventsOf('persons', [change])[0]!.id).toBe(events[0]!.id);
    expect(changeEventsOf('persons', [{ ...change, version: 4 }])[0]!.id).not.toBe(events[0]!.id);
  });
});
