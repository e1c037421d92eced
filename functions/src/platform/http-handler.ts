import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { routes } from '../routes.js';
import { config } from './config.js';
import {
  AppError,
  badRequest,
  errorBody,
  forbidden,
  payloadTooLarge,
  retryAfterSeconds,
  unauthorized,
} from './errors.js';
import { logger } from './logger.js';
import { principalFromClaims, type Principal } from './principal.js';
import { clientScopeFor, routeKey, scopeFor, type RouteDefinition, type Scope } from './route-table.js';
import { auditRequest, type AuditNote } from './request-audit.js';
import { viewerAddress } from './viewer-address.js';
import { edgeTrust } from './edge-trust.js';

/** What a route implementation receives: already authenticated, authorised by role and parsed. */
export interface RouteRequest {
  readonly principal: Principal | undefined;
  /** The broadest scope the caller's roles have on this route (undefined on public routes). */
  readonly scope: Scope | undefined;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly requestId: string;
  readonly sourceIp: string;
}

/** A route implementation for an authenticated route gets a principal for sure. */
export interface AuthenticatedRequest extends RouteRequest {
  readonly principal: Principal;
}

export interface RouteResult {
  readonly status?: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
  /** Refines the audit record of this request (e.g. an unmasking of personal data). */
  readonly audit?: AuditNote;
  /**
   * The body is already text (e.g. CSV) with its own content-type header: send it as it is. A
   * `Uint8Array` body (e.g. a PDF) is always sent as it is, base64-encoded as API Gateway expects.
   */
  readonly raw?: boolean;
}

export type RouteImplementation = (request: AuthenticatedRequest) => Promise<RouteResult>;

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  raw = false,
): APIGatewayProxyResultV2 {
  if (body instanceof Uint8Array) {
    return {
      statusCode: status,
      headers: { 'cache-control': 'no-store', ...headers },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
    };
  }
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: status === 204 ? '' : raw ? String(body) : JSON.stringify(body),
  };
}

function parseBody(event: HttpEvent): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const limit = config().MAX_BODY_BYTES;
  if (Buffer.byteLength(raw, 'utf8') > limit) throw payloadTooLarge(limit);
  // Form posts (Open311 GeoReport's POST requests): the fields as strings, the last of a repeated name.
  const contentType = event.headers?.['content-type'] ?? event.headers?.['Content-Type'] ?? '';
  if (contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw badRequest('MALFORMED_JSON', 'The request body is not valid JSON');
  }
}

/**
 * The claims the gateway verified: API Gateway's JWT authorizer hands them as `jwt.claims`; the Lambda authorizer of
 * the machine routes (data-sharing/authorizer) as its context, `lambda`, in the same flattened shape.
 */
function verifiedClaims(event: HttpEvent): Record<string, unknown> | undefined {
  const authorizer = event.requestContext.authorizer as
    (Partial<HttpEvent['requestContext']['authorizer']> & { lambda?: Record<string, unknown> }) | undefined;
  return authorizer?.jwt?.claims ?? authorizer?.lambda;
}

function authorise(route: RouteDefinition, event: HttpEvent): { principal?: Principal; scope?: Scope } {
  const principal = principalFromClaims(verifiedClaims(event));
  if ('public' in route.access) return { principal };
  if (!principal) throw unauthorized();
  const scope = principal.client ? clientScopeFor(route, principal.client.scopes) : scopeFor(route, principal.roles);
  if (!scope) throw forbidden();
  return { principal, scope };
}

/**
 * The Lambda handler of one route group: finds the route by API Gateway's route key, enforces the
 * route's declared access (deny by default), parses the body and maps results and errors to the one
 * response shape. Throws at load if the group's implementations and the route table disagree.
 */
export function groupHandler(group: string, implementations: Record<string, RouteImplementation>) {
  const groupRoutes = routes.filter((r) => r.group === group) as readonly RouteDefinition[];
  const byKey = new Map<string, { route: RouteDefinition; run: RouteImplementation }>();
  for (const route of groupRoutes) {
    const name = route.id.slice(group.length + 1);
    const run = implementations[name];
    if (!run) throw new Error(`Route ${route.id} has no implementation in group ${group}`);
    byKey.set(routeKey(route), { route, run });
  }
  const extra = Object.keys(implementations).filter((n) => !groupRoutes.some((r) => r.id === `${group}.${n}`));
  if (extra.length > 0) throw new Error(`Group ${group} implements routes not in the route table: ${extra.join(', ')}`);

  return (
    middy(async (event: HttpEvent, context: Context): Promise<APIGatewayProxyResultV2> => {
      const requestId = event.requestContext?.requestId ?? context.awsRequestId;
      logger.appendKeys({ requestId });
      try {
        const entry = byKey.get(event.routeKey);
        if (!entry) throw new AppError(404, 'ROUTE_NOT_FOUND', `No route ${event.routeKey}`);
        const { principal, scope } = authorise(entry.route, event);
        const request: RouteRequest = {
          principal,
          scope,
          params: (event.pathParameters ?? {}) as Record<string, string>,
          query: (event.queryStringParameters ?? {}) as Record<string, string>,
          body: parseBody(event),
          requestId,
          sourceIp: viewerAddress(event.headers, event.requestContext?.http?.sourceIp),
        };
        const result = await entry.run(request as AuthenticatedRequest);
        const status = result.status ?? 200;
        logger.info('request', { action: entry.route.id, status });
        await auditRequest(entry.route, event, requestId, principal, status, result.body, result.audit);
        return json(status, result.body, result.headers, result.raw);
      } catch (error) {
        const { status, body } = errorBody(error);
        if (status >= 500) logger.error('request failed', { routeKey: event.routeKey, error: error as Error });
        else logger.info('request refused', { routeKey: event.routeKey, status, code: body.error.code });
        const entry = byKey.get(event.routeKey);
        if (entry) {
          const principal = principalFromClaims(verifiedClaims(event));
          await auditRequest(entry.route, event, requestId, principal, status, undefined, undefined);
        }
        return json(status, body, status === 503 ? { 'retry-after': String(retryAfterSeconds) } : {});
      } finally {
        logger.resetKeys();
      }
    })
      // Every log line of the request, the edge's refusal included, names the function, cold start and Lambda's request id.
      .use(injectLambdaContext(logger))
      .use(edgeTrust())
  );
}
