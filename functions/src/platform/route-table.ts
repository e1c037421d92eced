import type { Role } from './roles.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route. There is no default: a route without a declaration fails the route-table test. */
export type RouteAccess = { readonly public: true } | { readonly roles: readonly Role[] };

export interface RouteDefinition {
  /** Stable id, `<group>.<name>`; the group handler maps it to its implementation. */
  readonly id: string;
  readonly method: HttpMethod;
  /** API Gateway HTTP API path, with `{param}` placeholders. */
  readonly path: string;
  /** The route group: one Lambda function per group, code in `functions/src/<group>/lambda.ts`. */
  readonly group: string;
  readonly access: RouteAccess;
  readonly summary: string;
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
