import { recordAudit } from '../audit/service.js';
import { logger } from '../platform/logger.js';
import type { RouteRequest } from '../platform/http-handler.js';

/**
 * The audit record of an anonymous writer's action (the route table audits signed-in callers only): the
 * actor is `anonymous`, the resource the letter's id (an upload's: the document's), never the code or the password. A failure is logged
 * loudly but does not undo what the writer did.
 */
export async function auditAnonymous(
  request: RouteRequest,
  action: string,
  resourceId: string,
  resourceType: 'letters' | 'documents' = 'letters',
): Promise<void> {
  if (request.principal) return;
  try {
    await recordAudit({
      actor: { sub: 'anonymous', username: 'anonymous', roles: [] },
      action,
      resource: { type: resourceType, id: resourceId },
      outcome: 'succeeded',
      requestId: request.requestId,
      sourceIp: request.sourceIp || 'unknown',
    });
  } catch (error) {
    logger.error('audit record not written', { action: 'audit.failed', route: action, error: error as Error });
  }
}
