import type { ErrorCode } from '../../functions/src/platform/error-codes.js';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { routes } from '../../functions/src/routes.js';
import {
  isMachineRoute,
  mostSpecificRoute,
  rateClassOf,
  routeKey,
  type RateClass,
  type RouteDefinition,
} from '../../functions/src/platform/route-table.js';
import { viewerAddress, viewerAddressHeader } from '../../functions/src/platform/viewer-address.js';
import { viewerAssertionHeader } from '../../functions/src/platform/viewer-assertion.js';
import { trustedViewerHeaders } from '../../functions/src/platform/edge-trust.js';
import { config } from '../../functions/src/platform/config.js';
import { budgetsFor, RateLimiter } from './rate-limiter.js';
import { BodyTooLargeError, clientIp, readBodyBuffer, sendJson } from './http-io.js';
import { LocalFunctions, type LambdaHandler } from './lambda-runtime.js';
import { listen } from './ports.js';
import { localAccountId } from './constants.js';
import { clockControlPath, handleClockControl } from './clock-control.js';
import { faultControlPath, handleFaultControl } from './fault-control.js';
import { AdmissionControl, type AdmissionLimits } from './admission.js';
import { apiCapacity } from '../../functions/src/platform/capacity.js';
import type {
  AuthorizerRequest,
  SimpleAuthorizerResult,
} from '../../functions/src/data-sharing/authorizer/machine-route-authorizer.js';

/** API Gateway HTTP API's payload limit. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface GatewayOptions {
  /** Verifies a bearer token like API Gateway's JWT authorizer; throws when it is not acceptable. */
  readonly verifyToken: (token: string) => Promise<JWTPayload>;
  /**
   * The Lambda authorizer of the staff API's machine routes (functions/src/data-sharing/authorizer), for the routes
   * declaring `clientScopes`, as infra/lib/portal-api.ts wires it on AWS: its context becomes `authorizer.lambda`.
   */
  readonly machineRouteAuthorizer: (request: AuthorizerRequest) => Promise<SimpleAuthorizerResult>;
  /** Serves paths under /api/auth/local (the local identity provider); false when not its path. */
  readonly identityProvider: (req: IncomingMessage, res: ServerResponse, path: string, url: URL) => Promise<boolean>;
  readonly publicHost: string;
  /** Apply the WAF's per-IP rate limits (default). Off only for benchmarks of the code path. */
  readonly rateLimits?: boolean;
  /** Multiplies each signed-in caller's own budget (not the per-address ceilings); 1 = the WAF's numbers. */
  readonly subjectRateScale?: number;
  /** Serve PUT /api/_local/clock so a test harness can set the cloud's clock (test clouds only). */
  readonly clockControl?: boolean;
  /** Serve /api/_local/faults so a test harness can inject faults into the AWS calls (test clouds only). */
  readonly faultControl?: boolean;
  /** Admission control of handler invocations (infra/local/admission.ts); false turns it off. */
  readonly admission?: AdmissionLimits | false;
}

/** The route groups' Lambda handlers: the same modules the CDK app bundles, one function per group. */
export function apiFunctions(): LocalFunctions {
  const groups = [...new Set((routes as readonly RouteDefinition[]).map((r) => r.group))];
  return new LocalFunctions(
    Object.fromEntries(
      groups.map((g) => [
        g,
        () => import(`../../functions/src/${g}/lambda.ts`).then((m: { handler: LambdaHandler }) => m.handler),
      ]),
    ),
    { timeoutMs: 29_000 },
  );
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const errorJson = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(res, status, { error: { code, message } });

/** API Gateway flattens array claims to "[a b]" strings; so does this gateway, to stay faithful. */
function flattenClaims(payload: JWTPayload): Record<string, string | number | boolean> {
  const claims: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(payload)) {
    if (Array.isArray(v)) claims[k] = `[${v.join(' ')}]`;
    else if (v !== null && typeof v === 'object') claims[k] = JSON.stringify(v);
    else if (v !== undefined) claims[k] = v as string | number | boolean;
  }
  return claims;
}

const findRoute = (method: string, path: string) => mostSpecificRoute(routes, method, path);

function buildEvent(
  req: IncomingMessage,
  url: URL,
  route: RouteDefinition,
  params: Record<string, string>,
  body: Buffer,
  authorizer?: { jwt: { claims: Record<string, unknown>; scopes: null } } | { lambda: Record<string, unknown> },
) {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const text = body.toString('utf8');
  const binary = body.length > 0 && !Buffer.from(text, 'utf8').equals(body);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: routeKey(route),
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: headers.cookie?.split(/;\s*/),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(params).length ? params : undefined,
    requestContext: {
      accountId: localAccountId,
      apiId: 'local',
      authorizer,
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: 'HTTP/1.1',
        // Like API Gateway: the peer that connected, which behind the edge is the edge itself (CloudFront
        // on AWS); the viewer's address travels in CloudFront-Viewer-Address (platform/viewer-address.ts).
        sourceIp: req.socket.remoteAddress ?? 'unknown',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: routeKey(route),
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length === 0 ? undefined : binary ? body.toString('base64') : text,
    isBase64Encoded: binary,
  };
}

function writeResult(res: ServerResponse, result: APIGatewayProxyResultV2): void {
  if (typeof result === 'string' || result === undefined || result === null) {
    sendJson(res, 200, result ?? null);
    return;
  }
  const headers: Record<string, string | string[]> = { ...(result.headers as Record<string, string>) };
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(result.body === undefined ? undefined : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8'));
}

/** A local HTTP API: the one route table, served by the real group handlers with v2 events. */
export function createGateway(options: GatewayOptions) {
  const functions = apiFunctions();
  const limiter = new RateLimiter();
  const admission = options.admission === false ? undefined : new AdmissionControl(options.admission ?? apiCapacity);
  /** Where the request comes from, as the functions see it (platform/edge-trust.ts). */
  const viewerOf = (req: IncomingMessage): string => {
    // The portal's signed assertion when it verifies, else the edge's header, else the socket. So the
    // portal's own address is never one shared budget.
    const stated = {
      [viewerAddressHeader]: header(req, viewerAddressHeader),
      [viewerAssertionHeader]: header(req, viewerAssertionHeader),
    };
    const trusted = trustedViewerHeaders(stated, config().VIEWER_SIGNING_SECRET ?? '');
    return viewerAddress(trusted, clientIp(req));
  };
  /**
   * True when the client is over a limit (and a 429 was sent). A signed-in caller is counted per token
   * subject, with a ceiling per address for all its signed-in users (a shared NAT); anyone else per viewer
   * address. The WAF counts the same way (infra/lib/waf-rules.ts, waf-viewer-rules.ts).
   */
  const limited = (req: IncomingMessage, res: ServerResponse, rateClass: RateClass, subject?: string): boolean => {
    if (options.rateLimits === false) return false;
    const wait = Math.max(
      ...budgetsFor(rateClass, viewerOf(req), subject, options.subjectRateScale).map((b) =>
        limiter.check(b.client, b.name, b.limit),
      ),
    );
    if (wait === 0) return false;
    sendJson(
      res,
      429,
      { error: { code: 'TOO_MANY_REQUESTS', message: `Too many requests; try again in ${wait} s` } },
      { 'retry-after': String(wait) },
    );
    return true;
  };
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', `http://${options.publicHost}`);
      if (url.pathname.startsWith('/api/auth/local/')) {
        // Credential submissions count; the portal server's code-for-token exchange does not (on AWS it
        // is not a sign-in attempt either and the WAF rule exempts /oauth2/token).
        const credentials = req.method === 'POST' && !url.pathname.endsWith('/oauth2/token');
        if (credentials && limited(req, res, 'signIn')) return;
        if (await options.identityProvider(req, res, url.pathname.slice('/api/auth/local'.length), url)) return;
        return errorJson(res, 404, 'ROUTE_NOT_FOUND', `No route ${req.method} ${url.pathname}`);
      }
      if (options.clockControl && url.pathname === clockControlPath) return await handleClockControl(req, res);
      if (options.faultControl && url.pathname === faultControlPath) return await handleFaultControl(req, res);
      const found = findRoute(req.method ?? 'GET', url.pathname);
      if (!found) return errorJson(res, 404, 'ROUTE_NOT_FOUND', `No route ${req.method} ${url.pathname}`);
      const body = await readBodyBuffer(req, MAX_PAYLOAD_BYTES);
      const rateClass = rateClassOf(found.route);
      let authorizer: Parameters<typeof buildEvent>[5];
      if ('public' in found.route.access) {
        if (limited(req, res, rateClass)) return;
      } else if (isMachineRoute(found.route)) {
        // API Gateway answers 401 without the identity source, 403 when a Lambda authorizer refuses.
        const authorization = header(req, 'authorization');
        const answer = authorization
          ? await options.machineRouteAuthorizer({ identitySource: [authorization], headers: { authorization } })
          : { isAuthorized: false };
        if (!answer.isAuthorized) {
          if (limited(req, res, rateClass)) return;
          if (!authorization) return errorJson(res, 401, 'UNAUTHORIZED', 'Sign-in required');
          return errorJson(res, 403, 'FORBIDDEN', 'The access token is not accepted for this route');
        }
        const context = answer.context ?? {};
        authorizer = { lambda: context };
        if (limited(req, res, rateClass, String(context.sub ?? ''))) return;
      } else {
        let claims: Record<string, unknown>;
        const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/.exec(req.headers.authorization ?? '');
        try {
          if (!match) throw new Error('no token');
          claims = flattenClaims(await options.verifyToken(match[1] as string));
        } catch {
          // Refused tokens spend the address's budget, so guessing tokens is limited too.
          if (limited(req, res, rateClass)) return;
          if (!match) return errorJson(res, 401, 'UNAUTHORIZED', 'Sign-in required');
          return errorJson(res, 401, 'UNAUTHORIZED', 'The access token is invalid or expired');
        }
        authorizer = { jwt: { claims, scopes: null } };
        if (limited(req, res, rateClass, String(claims.sub ?? ''))) return;
      }
      const event = buildEvent(req, url, found.route, found.params, body, authorizer);
      const ticket = await admission?.enter();
      if (ticket && !ticket.admitted) {
        const retryAfter = { 'retry-after': String(apiCapacity.retryAfterSeconds) };
        const message = 'The service is busy; try again in a moment';
        return sendJson(res, 503, { error: { code: 'SERVICE_BUSY', message } }, retryAfter);
      }
      const result = await functions
        .invoke(found.route.group, event)
        .finally(() => (ticket?.admitted ? ticket.release() : undefined));
      if (result.functionError) {
        console.error('[gateway] handler failed', found.route.group, result.payload);
        return errorJson(res, 500, 'INTERNAL', 'Something went wrong on our side');
      }
      writeResult(res, result.payload as APIGatewayProxyResultV2);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return errorJson(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
      console.error('[gateway] unexpected error', error);
      if (!res.headersSent) errorJson(res, 500, 'INTERNAL', 'Something went wrong on our side');
    }
  };
}

export async function startGateway(handle: http.RequestListener, port: number, host = '127.0.0.1') {
  const server = http.createServer(handle);
  server.keepAliveTimeout = 5_000;
  const actual = await listen(server, port, 'local API gateway', host);
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
