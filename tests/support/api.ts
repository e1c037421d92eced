import http from 'node:http';
import { inject } from 'vitest';
import { totpFor } from './totp.js';

/** Calls the platform's public origin the way a browser or script would. */
export function origin(): string {
  return inject('cloud').origin;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * The loopback address a request leaves from. The gateway limits requests per client address, as the WAF
 * does; the suite's thousands of fixture writes come from many "offices" (127.0.2.1–64) so that no single
 * one hits the write limit. tests/integration/rate-limits.test.ts checks the limit itself from its own.
 */
let nextClient = 0;
const clientAddress = () => `127.0.2.${(nextClient++ % 64) + 1}`;

export async function api<T = any>(
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    /** A fixed loopback address to send from (127.x.y.z), for tests of per-address limits. */
    from?: string;
  } = {},
): Promise<ApiResponse<T>> {
  // Without an edge in front (LocalStack), the headers it would add (global-cloud.ts); none on the local cloud.
  const headers: Record<string, string> = { ...inject('cloud').edgeHeaders, ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const url = new URL(path, origin());
  const res = await new Promise<{ status: number; text: string; headers: Headers }>((resolve, reject) => {
    const req = http.request(
      {
        hostname: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        headers: { host: url.host, ...headers },
        localAddress: options.from ?? clientAddress(),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            headers: responseHeaders,
          });
        });
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  let parsed: unknown = res.text;
  try {
    parsed = res.text ? JSON.parse(res.text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

const tokens = new Map<string, string>();

/**
 * An access token of a demo user: signed in once by the global setup, or now through the local
 * identity provider's password shortcut (local cloud only), with the authenticator code if MFA is on.
 */
export async function tokenFor(username: string): Promise<string> {
  const cached = inject('cloud').tokens[username] ?? tokens.get(username);
  if (cached) return cached;
  const res = await api<{ access_token: string }>('POST', '/api/auth/local/token', {
    body: { username, password: 'demo-password', totp: totpFor(username) },
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  tokens.set(username, res.body.access_token);
  return res.body.access_token;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Sets the one clock of the running local cloud and of this test process to read `at` now (it runs on
 * from there, or stays there with `frozen`), or back to the system clock with `undefined`. Tests that
 * depend on a date set it.
 */
export async function setCloudClock(at: string | undefined, options: { frozen?: boolean } = {}): Promise<void> {
  const { resetClock, setClock, clockStartingAt, fixedClock } = await import('../../functions/src/platform/clock.js');
  const frozen = options.frozen === true;
  const res = await api('PUT', '/api/_local/clock', {
    body: at === undefined ? { reset: true } : { at, ...(frozen ? { frozen } : {}) },
  });
  if (res.status !== 200)
    throw new Error(`setting the cloud's clock failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (at === undefined) resetClock();
  else setClock(frozen ? fixedClock(at) : clockStartingAt(at));
}
