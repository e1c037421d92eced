import { demoCredentials } from '../identity/demo-users.js';
import { config } from '../../../functions/src/platform/config.js';
import { originVerifyHeader } from '../../../functions/src/platform/edge-trust.js';

/**
 * The demo users at work: each signs in through the local identity provider and calls the platform's
 * HTTP API as the portal would, so every demo record, work item, audit entry and notification is made
 * by the same handlers a person's click makes.
 */

/** A small but real PDF: the file every demo material is. */
const samplePdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export class DemoApiError extends Error {
  constructor(
    readonly status: number,
    readonly request: string,
    readonly body: unknown,
  ) {
    super(`${request} answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'DemoApiError';
  }
}

export class DemoApiClient {
  readonly #origin: string;
  readonly #tokens = new Map<string, Promise<string>>();

  constructor(origin: string) {
    this.#origin = origin;
  }

  #token(username: string): Promise<string> {
    let token = this.#tokens.get(username);
    if (!token) {
      token = this.#send('POST', '/api/auth/local/token', demoCredentials(username)).then(
        (body) => (body as { access_token: string }).access_token,
      );
      this.#tokens.set(username, token);
    }
    return token;
  }

  async #send(method: string, path: string, body?: unknown, token?: string): Promise<unknown> {
    const res = await fetch(new URL(path, this.#origin), {
      method,
      headers: {
        // The demo users call a gateway of their own, not through the edge: they bring the edge's header.
        [originVerifyHeader]: config().ORIGIN_SECRET ?? '',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new DemoApiError(res.status, `${method} ${path}`, parsed);
    return parsed;
  }

  /** Calls the API as `username`; a refusal (4xx/5xx) throws DemoApiError. */
  async call<T = Record<string, unknown>>(username: string, method: string, path: string, body?: unknown) {
    return (await this.#send(method, path, body, await this.#token(username))) as T;
  }

  /** Registers a document as `username` and uploads a PDF to its presigned URL; returns its id. */
  async upload(username: string, fileName: string): Promise<string> {
    const created = await this.call<{ documentId: string; uploadUrl: string; headers: Record<string, string> }>(
      username,
      'POST',
      '/api/documents/uploads',
      { fileName, contentType: 'application/pdf', size: samplePdf.length },
    );
    const put = await fetch(created.uploadUrl, { method: 'PUT', headers: created.headers, body: samplePdf });
    if (!put.ok) throw new DemoApiError(put.status, 'PUT (presigned upload)', await put.text());
    return created.documentId;
  }
}
