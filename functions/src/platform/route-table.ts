import type { Role } from './roles.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How far a role's right on a route reaches. A role alone never grants another person's, department's
 * or street's data: the service checks the resource against this scope.
 * - self: only the caller's own account (no other resource is addressed)
 * - owner: resources the caller owns
 * - department / street: resources of the caller's department / street
 * - district: every resource of the kind (supervision, administration)
 */
export const scopes = ['self', 'owner', 'department', 'street', 'district'] as const;
export type Scope = (typeof scopes)[number];

/**
 * Who may call a route, and with which scope. There is no default: a route without a declaration
 * fails the route-table test, and a role not listed is refused (403).
 */
export type RouteAccess =
  | { readonly public: true }
  | {
      readonly roles: Readonly<Partial<Record<Role, Scope>>>;
      /**
       * Machine clients (department systems with client credentials, platform/machine-scopes.ts) whose token holds
       * one of these scopes are admitted too, with the scope of their own department.
       */
      readonly clientScopes?: readonly string[];
    };

/** Request-rate classes; the local gateway and the WAF rules apply the same numbers (rate-limits.ts). */
export type RateClass = 'signIn' | 'write' | 'read';

export interface RouteDefinition {
  /** Stable id, `<group>.<name>`; the group handler maps it to its implementation. */
  readonly id: string;
  readonly method: HttpMethod;
  /** API Gateway HTTP API path, with `{param}` placeholders. */
  readonly path: string;
  /** The route group: one Lambda function per group, code in `functions/src/<group>/lambda.ts`. */
  readonly group: string;
  readonly access: RouteAccess;
  /** The route returns personal data: every call is audited as a read of personal data. */
  readonly personalData?: boolean;
  readonly summary: string;
}

/** Roles admitted by a route (none for public routes, which need no sign-in). */
export function admittedRoles(route: RouteDefinition): Role[] {
  return 'public' in route.access ? [] : (Object.keys(route.access.roles) as Role[]);
}

const breadth: Record<Scope, number> = { self: 0, owner: 1, street: 2, department: 2, district: 3 };

/**
 * A route department systems call with client credentials (its access declares `clientScopes`): on the staff API it
 * has the machine routes' authorizer (data-sharing/authorizer) instead of the JWT authorizer, on AWS and locally.
 */
export const isMachineRoute = (route: RouteDefinition): boolean =>
  !('public' in route.access) && (route.access.clientScopes ?? []).length > 0;

/** The scope a machine client gets on a route: its department's when its token holds one of the route's scopes. */
export function clientScopeFor(route: RouteDefinition, tokenScopes: readonly string[]): Scope | undefined {
  if ('public' in route.access) return undefined;
  return (route.access.clientScopes ?? []).some((s) => tokenScopes.includes(s)) ? 'department' : undefined;
}

/** The broadest scope any of the caller's roles has on a route, or undefined when none is admitted. */
export function scopeFor(route: RouteDefinition, roles: readonly Role[]): Scope | undefined {
  if ('public' in route.access) return undefined;
  const granted = roles
    .map((r) => (route.access as { roles: Partial<Record<Role, Scope>> }).roles[r])
    .filter((s): s is Scope => s !== undefined);
  return granted.sort((a, b) => breadth[b] - breadth[a])[0];
}

/** The rate class of a route: writes are limited more strictly than reads. */
export function rateClassOf(route: Pick<RouteDefinition, 'method'>): RateClass {
  return route.method === 'GET' ? 'read' : 'write';
}

/** `GET /api/x/{id}` — the API Gateway route key of a route. */
export function routeKey(route: Pick<RouteDefinition, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** Matches a concrete path against a route path; returns path parameters or undefined. */
export function matchPath(routePath: string, actualPath: string): Record<string, string> | undefined {
  const want = routePath.split('/');
  const got = actualPath.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith('{') && w.endsWith('}')) {
      if (g === '') return undefined;
      params[w.slice(1, -1)] = decodeURIComponent(g);
    } else if (w !== g) {
      return undefined;
    }
  }
  return params;
}

/** Literal segments of a route path: the more, the more specific. */
const literalSegments = (path: string) => path.split('/').filter((s) => !s.startsWith('{')).length;

/**
 * The route a request takes. As on API Gateway's HTTP API, the most specific route wins
 * (`/api/letters/anonymous` over `/api/letters/{id}`), whatever the order of the table.
 */
export function mostSpecificRoute<R extends Pick<RouteDefinition, 'method' | 'path'>>(
  table: readonly R[],
  method: string,
  path: string,
): { route: R; params: Record<string, string> } | undefined {
  let found: { route: R; params: Record<string, string> } | undefined;
  for (const route of table) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (params && (!found || literalSegments(route.path) > literalSegments(found.route.path)))
      found = { route, params };
  }
  return found;
}
