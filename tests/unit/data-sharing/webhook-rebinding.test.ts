import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../functions/src/data-sharing/events/port.js';
import { deliverChecked } from '../../../functions/src/data-sharing/events/webhook.js';
import type { Resolver } from '../../../functions/src/data-sharing/events/webhook-target.js';

/**
 * DNS rebinding (issue 15, item 5): the forwarder resolves the webhook's host once, checks every address, and the
 * delivery connects to the address checked — a second resolution answering 127.0.0.1 is never asked.
 */
const event: ChangeEvent = {
  id: 'evt-rebind',
  type: 'data.resource.changed',
  resource: '440104-SK-D003',
  recordKey: 'BUILDING#440104-000001',
  version: 2,
  changedAt: '2026-03-02T08:00:00.000Z',
  fields: ['floors'],
};
const sleep = async () => undefined;

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A loopback server standing for what must not be reached (a metadata service, an internal API). */
async function inside() {
  const hits: string[] = [];
  server = http.createServer((req, res) => {
    hits.push(String(req.headers.host));
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, hits };
}

/** Answers each lookup in turn: `answers[0]` the first time, `answers[1]` the second, and so on. */
function rebinding(answers: string[][]) {
  const asked: string[] = [];
  const resolve: Resolver = async (host) => {
    asked.push(host);
    return answers[Math.min(asked.length - 1, answers.length - 1)]!;
  };
  return { resolve, asked };
}

describe('a webhook host that re-points to loopback between check and connection', () => {
  it('is delivered to the address checked (public) and never to 127.0.0.1', async () => {
    const loopback = await inside();
    const dns = rebinding([['203.0.113.9'], ['127.0.0.1']]);
    const url = `https://hooks.example.com:${loopback.port}/x`;
    // 203.0.113.9 is a documentation address: unreachable, so the delivery fails — but it tried only there; a
    // second lookup through the same resolver would have answered 127.0.0.1 and reached the loopback server.
    await expect(
      deliverChecked(url, [], 'k', event, { resolve: dns.resolve, attempts: 2, sleep, timeoutMs: 300 }),
    ).rejects.toThrow(/not delivered after 2 attempts/);
    expect(loopback.hits).toEqual([]);
    expect(dns.asked).toEqual(['hooks.example.com']);
  });

  it('is refused when the one resolution answers loopback', async () => {
    const dns = rebinding([['127.0.0.1'], ['203.0.113.9']]);
    const loopback = await inside();
    const url = `https://hooks.example.com:${loopback.port}/x`;
    await expect(deliverChecked(url, [], 'k', event, { resolve: dns.resolve, sleep })).rejects.toThrow(
      /resolves to 127.0.0.1/,
    );
    expect(loopback.hits).toEqual([]);
  });

  it('connects to the pinned address while the Host header keeps the name', async () => {
    const loopback = await inside();
    // An allowed host (the local cloud's consumer): resolved once by the fake, never by the system resolver.
    const dns = rebinding([['127.0.0.1'], ['203.0.113.9']]);
    const url = `http://consumer.test:${loopback.port}/x`;
    await expect(
      deliverChecked(url, ['consumer.test'], 'k', event, { resolve: dns.resolve, attempts: 1, sleep }),
    ).resolves.toEqual({
      status: 204,
      attempts: 1,
    });
    expect(loopback.hits).toEqual([`consumer.test:${loopback.port}`]);
    expect(dns.asked).toEqual(['consumer.test']);
  });
});
