import http from 'node:http';
import net from 'node:net';
import { listen } from './ports.js';
import { sendJson } from './http-io.js';
import { viewerAddressHeader } from '../../functions/src/platform/viewer-address.js';
import { originVerifyHeader } from '../../functions/src/platform/edge-trust.js';
import { portalPageLimit } from '../../functions/src/platform/rate-limits.js';
import { RateLimiter } from './rate-limiter.js';

export interface EdgeTargets {
  /** Origin of the local API gateway (receives /api/* and /open311/*). */
  readonly api: string;
  /** Origin of the Next.js server (everything else), or undefined when the portal is not running. */
  readonly web?: string;
}

/**
 * The local stand-in for CloudFront: one origin, `/api/*` and `/open311/*` (Open311 GeoReport v2) to the HTTP
 * API, everything else to the portal.
 * Requests to the API carry `originSecret` in X-Origin-Verify, as CloudFront's custom origin header does
 * (infra/lib/edge-trust.ts); the API refuses requests without it (functions/src/platform/edge-trust.ts).
 */
export async function startEdge(
  port: number,
  targets: EdgeTargets,
  originSecret: string,
  /** Apply the WAF's per-address page limit (default); off with the gateway's limits (YUEXIU_RATE_LIMITS=off). */
  options: { readonly rateLimits?: boolean } = {},
) {
  const pages = new RateLimiter();
  const toApi = (path: string) => path === '/api' || path.startsWith('/api/') || path.startsWith('/open311/');
  const pick = (path: string) => (toApi(path) ? targets.api : targets.web);
  const server = http.createServer((req, res) => {
    const origin = pick(req.url ?? '/');
    if (!origin) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'The portal is not running' } });
    const target = new URL(origin);
    const client = req.socket.remoteAddress ?? 'unknown';
    // Like the WAF's RateLimitPortalPages: the portal's pages and server actions per viewer address.
    if (options.rateLimits !== false && origin !== targets.api && !(req.url ?? '').startsWith('/_next/static/')) {
      const wait = pages.check(client, 'portal', portalPageLimit);
      if (wait > 0) {
        const message = `Too many requests; try again in ${wait} s`;
        return sendJson(res, 429, { error: { code: 'TOO_MANY_REQUESTS', message } }, { 'retry-after': String(wait) });
      }
    }
    // Like CloudFront: the client's address is appended to X-Forwarded-For.
    const prior = req.headers['x-forwarded-for'];
    const { [originVerifyHeader]: _fromClient, ...viewerHeaders } = req.headers;
    const forwarded = {
      ...viewerHeaders,
      ...(origin === targets.api ? { [originVerifyHeader]: originSecret } : {}),
      // Like CloudFront: the viewer's address and port, overwriting any value the client sent.
      [viewerAddressHeader]: `${client}:${req.socket.remotePort ?? 0}`,
      'x-forwarded-for': prior ? `${String(prior)}, ${client}` : client,
      'x-forwarded-host': req.headers.host ?? '',
      'x-forwarded-proto': 'http',
    };
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: forwarded },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent)
        sendJson(res, 502, { error: { code: 'BAD_GATEWAY', message: 'The upstream server did not answer' } });
      else res.destroy();
    });
    req.pipe(upstream);
  });
  // WebSocket upgrades (Next's dev server) pass straight through.
  server.on('upgrade', (req, socket, head) => {
    const origin = pick(req.url ?? '/');
    if (!origin) return socket.destroy();
    const target = new URL(origin);
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  server.keepAliveTimeout = 5_000;
  const actual = await listen(server, port, 'portal (PORT)', '127.0.0.1');
  return {
    port: actual,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
