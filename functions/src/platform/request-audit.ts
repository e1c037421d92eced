import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { auditActor, recordAudit } from '../audit/service.js';
import { logger } from './logger.js';
import type { Principal } from './principal.js';
import type { RouteDefinition } from './route-table.js';
import { viewerAddress } from './viewer-address.js';

/** What a route implementation may add to its request's audit record. */
export interface AuditNote {
  readonly action?: string;
  readonly resourceId?: string;
  readonly details?: Record<string, string>;
}

/**
 * Which requests leave an audit record (责任认定): every write, every read of personal data and every
 * refusal of a signed-in caller. Reads of non-personal data are not audited. (Requests without a valid
 * token never reach a function on AWS: API Gateway's authorizer refuses them.)
 */
export function auditable(route: RouteDefinition, status: number, principal: Principal | undefined): boolean {
  if (!principal) return false;
  return route.method !== 'GET' || route.personalData === true || status === 403;
}

const idFields = ['caseId', 'documentId', 'workItemId'] as const;

function resourceId(event: APIGatewayProxyEventV2WithJWTAuthorizer, body: unknown): string {
  const fromPath = event.pathParameters?.id;
  if (fromPath && /^[A-Za-z0-9._:@-]{1,128}$/.test(fromPath)) return fromPath;
  if (body && typeof body === 'object') {
    for (const field of idFields) {
      const value = (body as Record<string, unknown>)[field];
      if (typeof value === 'string') return value;
    }
  }
  return 'collection';
}

const outcomeOf = (status: number) =>
  status < 400 ? 'succeeded' : status === 401 || status === 403 ? 'denied' : 'failed';

/**
 * Appends the audit record of a request. An audit failure is logged loudly (and alarms on AWS) but does
 * not turn a completed action into an error the caller would retry.
 */
export async function auditRequest(
  route: RouteDefinition,
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  requestId: string,
  principal: Principal | undefined,
  status: number,
  body: unknown,
  note: AuditNote | undefined,
): Promise<void> {
  if (!principal || !(auditable(route, status, principal) || note)) return;
  try {
    await recordAudit({
      actor: auditActor(principal),
      action: note?.action ?? route.id,
      resource: { type: route.group, id: note?.resourceId ?? resourceId(event, body) },
      outcome: outcomeOf(status),
      requestId,
      sourceIp: viewerAddress(event.headers, event.requestContext?.http?.sourceIp),
      details: { status: String(status), ...note?.details },
    });
  } catch (error) {
    logger.error('audit record not written', { action: 'audit.failed', route: route.id, error: error as Error });
  }
}
