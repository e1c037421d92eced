import type { Context, PostAuthenticationTriggerEvent } from 'aws-lambda';
import { recordAudit } from '../audit/service.js';
import { logger } from '../platform/logger.js';

/**
 * Cognito post-authentication trigger (both user pools): every successful sign-in, through the hosted UI
 * or any other flow, writes an `auth.signIn` record to the audit trail — the AWS counterpart of the local
 * identity provider's audit (infra/local/identity/server.ts).
 *
 * Cognito waits for this function (5 s, then retries) and fails the sign-in when it throws, so the audit
 * write is bounded in time and its failure is logged, never thrown: an unavailable audit table must not
 * lock every resident out. Failed sign-ins never reach a trigger; they are in the user pools' threat
 * protection logs (user-auth events, see infra/lib/auth-stack.ts).
 *
 * The event has no groups, so `roles` stays empty here; every later API call is audited with the roles of
 * its access token.
 */

/** How long the audit write may take before the sign-in goes ahead without waiting for it. */
export const auditBudgetMs = 3_000;

const ipShape = /^[0-9A-Fa-f:.]{2,45}$/;

function pick(map: unknown, ...names: string[]): string | undefined {
  if (!map || typeof map !== 'object') return undefined;
  for (const name of names) {
    const value = (map as Record<string, unknown>)[name];
    if (typeof value === 'string' && ipShape.test(value)) return value;
  }
  return undefined;
}

/**
 * The client's IP: Cognito puts it in `userContextData` when threat protection collects context data.
 * Never from `clientMetadata`, which the caller writes (issue 10 §1: an audit record must not carry an
 * address of the signer's choosing). Anything that is not shaped like an IP address is ignored.
 */
export function sourceIpOf(event: PostAuthenticationTriggerEvent): string {
  const request = event.request as PostAuthenticationTriggerEvent['request'] & { userContextData?: unknown };
  return pick(request.userContextData, 'ipAddress', 'sourceIp', 'ip') ?? 'unknown';
}

const timeout = (ms: number) =>
  new Promise<'timeout'>((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref?.();
  });

export async function postAuthentication(
  event: PostAuthenticationTriggerEvent,
  context: Pick<Context, 'awsRequestId'>,
): Promise<PostAuthenticationTriggerEvent> {
  const sub = event.request.userAttributes?.sub ?? event.userName;
  try {
    const write = recordAudit({
      // The username of a citizen may be a phone number or e-mail address; the audit schema masks it.
      actor: { sub, username: event.userName || sub, roles: [] },
      action: 'auth.signIn',
      resource: { type: 'session', id: sub },
      outcome: 'succeeded',
      requestId: context.awsRequestId,
      sourceIp: sourceIpOf(event),
      details: { userPool: event.userPoolId, trigger: event.triggerSource },
    });
    // A write still running after the budget is left to finish (or fail, logged) on its own.
    const settled = write.then(
      () => 'written' as const,
      (error: unknown) => {
        logger.error('sign-in audit record not written', {
          action: 'auth.signIn.auditFailed',
          requestId: context.awsRequestId,
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
        });
        return 'failed' as const;
      },
    );
    if ((await Promise.race([settled, timeout(auditBudgetMs)])) === 'timeout') {
      logger.warn('sign-in audit record still pending; sign-in continues', {
        action: 'auth.signIn.auditSlow',
        requestId: context.awsRequestId,
      });
    }
  } catch (error) {
    // recordAudit validates synchronously inside an async function, so this only guards programming errors.
    logger.error('sign-in audit record not written', {
      action: 'auth.signIn.auditFailed',
      requestId: context.awsRequestId,
      error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
    });
  }
  return event;
}
