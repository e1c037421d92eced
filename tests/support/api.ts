import { inject } from 'vitest';

/** Calls the platform's public origin the way a browser or script would. */
export function origin(): string {
  return inject('cloud').origin;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(`${origin()}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

const tokens = new Map<string, string>();

/**
 * An access token of a demo user: signed in once by the global setup, or now through the local
 * identity provider's password shortcut (local cloud only).
 */
export async function tokenFor(username: string): Promise<string> {
  const cached = inject('cloud').tokens[username] ?? tokens.get(username);
  if (cached) return cached;
  const res = await api<{ access_token: string }>('POST', '/api/auth/local/token', {
    body: { username, password: 'demo-password' },
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
