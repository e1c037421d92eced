import { allMachineScopes } from '../../platform/machine-scopes.js';
import { claimNames } from '../../platform/roles.js';
import type { MachineClientRecord } from '../machine-client-model.js';

/**
 * The gateway's check of the routes department systems call (the routes declaring `clientScopes`, routes/
 * data-sharing.ts) on the staff API. API Gateway's JWT authorizer trusts the audience list fixed at deployment, so the
 * app clients department heads register at run time (client-directory/cognito.ts) would be refused there: these
 * routes have this authorizer instead, on AWS (infra/lib/portal-api.ts, a Lambda authorizer with simple responses
 * cached by the Authorization header) and on the local gateway (infra/local/gateway.ts), the same code on both.
 *
 * It admits an access token of the staff pool (signature, issuer, expiry and `token_use` = access, checked by
 * `verify`) whose `client_id` is either one of the pool's own app clients for people (the portal: the handler then
 * authorises its roles) or a machine client registered in our table and not revoked, whose token is its own
 * (`sub` = `client_id`, as Cognito's client credentials tokens) and holds a machine scope. Whether the route admits
 * that scope is the handler's check (platform/http-handler.ts), so the answer is the same for every route and
 * may be cached by the token alone. The handler still refuses a client revoked while the answer is cached
 * (machine-clients.ts `extractorOf`).
 */

/** The claims as API Gateway hands a Lambda authorizer's context to the function: strings, numbers, booleans. */
export type AuthorizerContext = Record<string, string | number | boolean>;

/** API Gateway's simple response of an HTTP API Lambda authorizer. */
export interface SimpleAuthorizerResult {
  readonly isAuthorized: boolean;
  readonly context?: AuthorizerContext;
}

/** The part of an HTTP API REQUEST authorizer event (payload 2.0) this authorizer reads. */
export interface AuthorizerRequest {
  readonly identitySource?: readonly string[] | null;
  readonly headers?: Record<string, string | undefined> | null;
}

export interface MachineRouteAuthorizerDeps {
  /** Verifies the token's signature against the pool's keys, its issuer, expiry and `token_use`; throws if not. */
  readonly verify: (token: string) => Promise<Record<string, unknown>>;
  /** The staff pool's app clients for people (the portal), admitted by the token alone. */
  readonly staffClientIds: readonly string[];
  /** Our record of the machine client whose tokens carry this `client_id` (machine-client-store.ts). */
  readonly clientOfToken: (issuedClientId: string) => Promise<MachineClientRecord | undefined>;
}

const refused: SimpleAuthorizerResult = { isAuthorized: false };

/** Array claims as "[a b]" and objects as JSON, as API Gateway's JWT authorizer hands them (platform/principal.ts). */
export function flatClaims(claims: Record<string, unknown>): AuthorizerContext {
  const flat: AuthorizerContext = {};
  for (const [name, value] of Object.entries(claims)) {
    if (Array.isArray(value)) flat[name] = `[${value.join(' ')}]`;
    else if (value !== null && typeof value === 'object') flat[name] = JSON.stringify(value);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') flat[name] = value;
  }
  return flat;
}

const bearer = (value: string | undefined) => /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/.exec(value ?? '')?.[1];

export function machineRouteAuthorizer(deps: MachineRouteAuthorizerDeps) {
  return async (request: AuthorizerRequest): Promise<SimpleAuthorizerResult> => {
    const token = bearer(request.identitySource?.[0] ?? request.headers?.authorization);
    if (!token) return refused;
    let claims: Record<string, unknown>;
    try {
      claims = await deps.verify(token);
    } catch {
      return refused;
    }
    const clientId = claims[claimNames.clientId];
    if (claims[claimNames.tokenUse] !== 'access' || typeof clientId !== 'string') return refused;
    if (deps.staffClientIds.includes(clientId)) return { isAuthorized: true, context: flatClaims(claims) };
    if (claims[claimNames.subject] !== clientId) return refused;
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
    if (!scopes.some((s) => (allMachineScopes as readonly string[]).includes(s))) return refused;
    const record = /^[\w-]{1,128}$/.test(clientId) ? await deps.clientOfToken(clientId) : undefined;
    if (!record || record.revokedAt) return refused;
    if (!scopes.some((s) => record.scopes.includes(s))) return refused;
    return { isAuthorized: true, context: flatClaims(claims) };
  };
}
