import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { nowMs } from '../../platform/clock.js';
import type { ChangeEvent } from './port.js';
import { pinDeliverable, type PinnedWebhook, type Resolver } from './webhook-target.js';

/**
 * Signed webhook delivery, as Stripe and GitHub sign theirs: the header `X-Yuexiu-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>" with the subscription's secret>`. A consumer recomputes the HMAC over the raw
 * body, compares in constant time and refuses a timestamp older than a few minutes (a replay). The event's id is
 * also sent as `X-Yuexiu-Event-Id` for de-duplication.
 */
export const signatureHeader = 'x-yuexiu-signature';
export const eventIdHeader = 'x-yuexiu-event-id';
/** How old a signature a consumer should still accept (seconds). */
export const signatureToleranceSeconds = 300;

export const signatureOf = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');

export function signedHeader(secret: string, body: string, atMs = nowMs()): string {
  const t = Math.floor(atMs / 1000);
  return `t=${t},v1=${signatureOf(secret, t, body)}`;
}

/** What a consumer does (and tests do): true when the header signs `body` with `secret`, recently enough. */
export function verifySignature(secret: string, body: string, header: string, atMs = nowMs()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  if (Math.abs(atMs / 1000 - t) > signatureToleranceSeconds) return false;
  const want = Buffer.from(signatureOf(secret, t, body), 'hex');
  const got = Buffer.from(parts.v1, 'hex');
  return want.length === got.length && timingSafeEqual(want, got);
}

export interface RetryOptions {
  /** Attempts in all (default 5). */
  readonly attempts?: number;
  /** The first wait; each next one doubles (default 1 s: 1, 2, 4, 8 s). */
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long one attempt may take (default 10 s). */
  readonly timeoutMs?: number;
}

/** The resolver of the connection: whatever name it is asked, the address the forwarder checked (webhook-target.ts). */
const pinnedLookup =
  (target: PinnedWebhook): LookupFunction =>
  (_host, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };

/**
 * One POST to the pinned address: node:http(s) with a `lookup` that answers the checked address, so the socket goes
 * there while TLS verifies the certificate of the URL's host (SNI) and the Host header names it. No redirect is
 * followed. Answers the status.
 */
function post(target: PinnedWebhook, headers: Record<string, string>, body: string, timeoutMs: number) {
  const url = new URL(target.url);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinnedLookup(target),
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts the event to the webhook's checked address (webhook-target.ts `pinDeliverable`), signed, on every attempt
 * to that same address, until it answers 2xx: retried with exponential backoff on a network
 * error, 408, 429 or 5xx; a 4xx otherwise is final (the consumer refused it). Throws when it was not delivered, so
 * the bus's own retry policy and dead-letter queue take over.
 */
export async function deliverWebhook(
  target: PinnedWebhook,
  secret: string,
  event: ChangeEvent,
  options: RetryOptions = {},
): Promise<{ status: number; attempts: number }> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? pause;
  const body = JSON.stringify(event);
  let last = 'no attempt';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const headers = {
        'content-type': 'application/json',
        [signatureHeader]: signedHeader(secret, body),
        [eventIdHeader]: event.id,
      };
      const status = await post(target, headers, body, options.timeoutMs ?? 10_000);
      if (status >= 200 && status < 300) return { status, attempts: attempt };
      last = `HTTP ${status}`;
      const retryable = status === 408 || status === 429 || status >= 500;
      if (!retryable) throw new WebhookRefused(status);
    } catch (error) {
      if (error instanceof WebhookRefused) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
    if (attempt < attempts) await sleep((options.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
  }
  throw new Error(`webhook ${new URL(target.url).host} not delivered after ${attempts} attempts: ${last}`);
}

/**
 * The forwarder's delivery: resolves the webhook's host once, checks every address (webhook-target.ts), then posts
 * to the address checked — the resolver is never asked again, so it cannot answer differently the second time.
 */
export async function deliverChecked(
  webhook: string,
  allowedHosts: readonly string[],
  secret: string,
  event: ChangeEvent,
  options: RetryOptions & { readonly resolve?: Resolver } = {},
): Promise<{ status: number; attempts: number }> {
  const target = await pinDeliverable(webhook, allowedHosts, options.resolve);
  return deliverWebhook(target, secret, event, options);
}

export class WebhookRefused extends Error {
  constructor(readonly status: number) {
    super(`the webhook refused the event (HTTP ${status})`);
    this.name = 'WebhookRefused';
  }
}
