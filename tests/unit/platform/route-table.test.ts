import { describe, expect, it } from 'vitest';
import { routes, routeGroups } from '../../../functions/src/routes.js';
import { matchPath, routeKey } from '../../../functions/src/platform/route-table.js';
import { isRole } from '../../../functions/src/platform/roles.js';

describe('the route table', () => {
  it('declares who may call every route (deny by default)', () => {
    for (const route of routes) {
      const access = route.access as { public?: true; roles?: readonly string[] };
      const declared = access.public === true || (access.roles !== undefined && access.roles.length > 0);
      expect(declared, route.id).toBe(true);
      for (const role of access.roles ?? []) expect(isRole(role), `${route.id}: ${role}`).toBe(true);
    }
  });

  it('has unique ids and unique method + path', () => {
    expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length);
    expect(new Set(routes.map(routeKey)).size).toBe(routes.length);
  });

  it('keeps every path under /api and every id inside its group', () => {
    for (const route of routes) {
      expect(route.path.startsWith('/api/'), route.id).toBe(true);
      expect(route.id.startsWith(`${route.group}.`), route.id).toBe(true);
    }
  });

  it.each(routeGroups)('group %s has a Lambda module implementing exactly its routes', async (group) => {
    // groupHandler throws at import when the implementations and the table disagree.
    const module = (await import(`../../../functions/src/${group}/lambda.ts`)) as { handler: unknown };
    expect(typeof module.handler).toBe('function');
  });
});

describe('matchPath', () => {
  it('extracts parameters and rejects other shapes', () => {
    expect(matchPath('/api/cases/{id}', '/api/cases/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/api/cases/{id}', '/api/cases/')).toBeUndefined();
    expect(matchPath('/api/cases/{id}', '/api/cases/a/b')).toBeUndefined();
    expect(matchPath('/api/work-items/{id}/decision', '/api/work-items/%E4%B8%AD/decision')).toEqual({ id: '中' });
  });
});
