import { claimNames, isRole, type Role } from './roles.js';

/** The signed-in caller, from the JWT claims API Gateway's authorizer verified. */
export interface Principal {
  readonly sub: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly department?: string;
  readonly street?: string;
  /**
   * A department system signed in with client credentials (no person): its client id and the token's scopes. Such a
   * caller has no role; a route admits it only by one of its `clientScopes` (route-table.ts).
   */
  readonly client?: { readonly clientId: string; readonly scopes: readonly string[] };
}

type Claims = Record<string, unknown>;

/**
 * API Gateway's JWT authorizer flattens array claims to a string such as "[officer head]"; the local
 * gateway passes arrays. Both shapes are accepted.
 */
function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter((g) => g.length > 0);
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** Builds a principal from verified claims, or undefined when there is no usable subject. */
export function principalFromClaims(claims: Claims | undefined): Principal | undefined {
  if (!claims) return undefined;
  const sub = optionalString(claims[claimNames.subject]);
  if (!sub) return undefined;
  const username = optionalString(claims[claimNames.username]) ?? optionalString(claims['cognito:username']);
  // Cognito's client-credentials access token: the subject is the app client itself, and no user is named.
  if (!username && claims[claimNames.tokenUse] === 'access' && claims[claimNames.clientId] === sub) {
    const scopes = (optionalString(claims.scope) ?? '').split(' ').filter((s) => s.length > 0);
    return { sub, username: `client:${sub}`, roles: [], client: { clientId: sub, scopes } };
  }
  const principal: Principal = {
    sub,
    username: username ?? sub,
    roles: parseGroups(claims[claimNames.groups]).filter(isRole),
    department: optionalString(claims[claimNames.department]),
    street: optionalString(claims[claimNames.street]),
  };
  return principal;
}

export function hasAnyRole(principal: Principal, wanted: readonly Role[]): boolean {
  return principal.roles.some((r) => wanted.includes(r));
}
