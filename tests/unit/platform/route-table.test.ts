import { describe, expect, it } from 'vitest';
import { routes, routeGroups } from '../../../functions/src/routes.js';
import {
  matchPath,
  mostSpecificRoute,
  type RouteDefinition,
  routeKey,
  scopeFor,
  scopes,
} from '../../../functions/src/platform/route-table.js';
import { isRole } from '../../../functions/src/platform/roles.js';

describe('the route table', () => {
  it('declares who may call every route and with which scope (deny by default)', () => {
    for (const route of routes) {
      const access = route.access as { public?: true; roles?: Record<string, string> };
      const roles = Object.entries(access.roles ?? {});
      expect(access.public === true || roles.length > 0, route.id).toBe(true);
      for (const [role, scope] of roles) {
        expect(isRole(role), `${route.id}: ${role}`).toBe(true);
        expect(scopes, `${route.id}: ${role}`).toContain(scope);
      }
    }
  });

  it('gives a caller with several roles the broadest scope', () => {
    const route = routes.find((r) => r.id === 'cases.get')!;
    expect(scopeFor(route, ['citizen', 'supervisor'])).toBe('district');
    expect(scopeFor(route, ['officer'])).toBe('department');
    expect(scopeFor(route, ['admin'])).toBeUndefined();
  });

  it('has unique ids and unique method + path', () => {
    expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length);
    expect(new Set(routes.map(routeKey)).size).toBe(routes.length);
  });

  it('keeps every path under /api (Open311 GeoReport under /open311/v2, where its clients look) and every id inside its group', () => {
    for (const route of routes) {
      const open311 = route.group === 'grid' && route.path.startsWith('/open311/v2/');
      expect(route.path.startsWith('/api/') || open311, route.id).toBe(true);
      expect(route.id.startsWith(`${route.group}.`), route.id).toBe(true);
    }
  });

  // A first import transforms and loads the group's whole module graph (the SDK clients, pdf-lib…): seconds
  // on a busy 2-core machine, so the test allows 60 s; its figures are the bench's cold-import table.
  it.each(routeGroups)(
    'group %s has a Lambda module implementing exactly its routes',
    async (group) => {
      // groupHandler throws at import when the implementations and the table disagree.
      const module = (await import(`../../../functions/src/${group}/lambda.ts`)) as { handler: unknown };
      expect(typeof module.handler).toBe('function');
    },
    60_000,
  );
});

describe('matchPath', () => {
  it('extracts parameters and rejects other shapes', () => {
    expect(matchPath('/api/cases/{id}', '/api/cases/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/api/cases/{id}', '/api/cases/')).toBeUndefined();
    expect(matchPath('/api/cases/{id}', '/api/cases/a/b')).toBeUndefined();
    expect(matchPath('/api/work-items/{id}/decision', '/api/work-items/%E4%B8%AD/decision')).toEqual({ id: '中' });
  });
});

describe('mostSpecificRoute', () => {
  it('prefers literal segments over parameters, whatever the order of the table', () => {
    const table = [
      { method: 'GET', path: '/api/letters/{id}' },
      { method: 'POST', path: '/api/letters/anonymous' },
      { method: 'GET', path: '/api/letters/mine' },
    ] as const;
    for (const order of [table, [...table].reverse()]) {
      expect(mostSpecificRoute(order, 'GET', '/api/letters/mine')?.route.path).toBe('/api/letters/mine');
      expect(mostSpecificRoute(order, 'GET', '/api/letters/L1')).toMatchObject({
        route: { path: '/api/letters/{id}' },
        params: { id: 'L1' },
      });
      expect(mostSpecificRoute(order, 'POST', '/api/letters/anonymous')?.route.path).toBe('/api/letters/anonymous');
      expect(mostSpecificRoute(order, 'DELETE', '/api/letters/L1')).toBeUndefined();
    }
  });

  it('routes every path of the route table to its own entry', () => {
    for (const route of routes) {
      const concrete = route.path.replace(/\{[^}]+\}/g, 'x1');
      const found = mostSpecificRoute(routes as readonly RouteDefinition[], route.method, concrete);
      expect(found?.route, `${route.method} ${route.path}`).toBe(route);
    }
  });
});
