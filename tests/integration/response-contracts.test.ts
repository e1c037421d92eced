import { describe, expect, it } from 'vitest';
import { routeSchemas } from '../../functions/src/openapi/schemas.js';
import type { RouteId } from '../../functions/src/routes.js';
import { api, tokenFor } from '../support/api.js';

/**
 * The OpenAPI document's response schemas are the API's contract (the portal parses answers with the same
 * schemas): each route's real answer must parse, and parse to itself — a field the schema does not name is
 * stripped by the parse and fails the comparison, so an undocumented field is caught too.
 */
const calls: readonly { route: RouteId; method: string; path: string; user?: string; body?: unknown }[] = [
  { route: 'health.get', method: 'GET', path: '/api/health' },
  { route: 'identity.me', method: 'GET', path: '/api/me', user: 'officer1' },
  { route: 'identity.getProfile', method: 'GET', path: '/api/me/profile', user: 'citizen1' },
  // The services' use of the base registries: a consented registry prefill and the account's entity binding.
  {
    route: 'forms.getDraft',
    method: 'GET',
    path: '/api/forms/440104-MZ-0007/draft?prefill=registry',
    user: 'citizen1',
  },
  { route: 'identity.getEntityBinding', method: 'GET', path: '/api/me/entity-binding', user: 'citizen1' },
  { route: 'notifications.outbox', method: 'GET', path: '/api/admin/outbox', user: 'admin1' },
  { route: 'audit.search', method: 'GET', path: '/api/audit?limit=20', user: 'supervisor1' },
  // Joint review's figures (issue 20 item 3): district-wide, over the joint cases the other tests filed.
  { route: 'supervision.joint', method: 'GET', path: '/api/supervision/joint', user: 'supervisor1' },
  { route: 'workitems.list', method: 'GET', path: '/api/work-items?limit=20', user: 'officer1' },
  // The official documents archive (issue 19 §3): its catalogue searched, its integrity checked.
  {
    route: 'official-documents.searchArchive',
    method: 'GET',
    path: '/api/official-documents-archive',
    user: 'officer1',
  },
  {
    route: 'official-documents.checkArchive',
    method: 'GET',
    path: '/api/official-documents-archive/check',
    user: 'head1',
  },
  {
    route: 'documents.createUpload',
    method: 'POST',
    path: '/api/documents/uploads',
    user: 'citizen1',
    body: { fileName: 'contract.pdf', contentType: 'application/pdf', size: 1024 },
  },
  // The dispatchers' Open311 clients: issuing a key (its one showing) and the list (never a key).
  {
    route: 'grid.createOpen311Client',
    method: 'POST',
    path: '/api/grid/open311-clients',
    user: 'dispatcher1',
    body: { name: '契约测试客户端', contact: 'contract@example.org' },
  },
  { route: 'grid.open311Clients', method: 'GET', path: '/api/grid/open311-clients', user: 'dispatcher1' },
];

describe('the documented response schemas describe the real answers', () => {
  it.each(calls)('$route', async ({ route, method, path, user, body }) => {
    const schema = routeSchemas[route]?.response?.schema;
    expect(schema, `${route} documents its response`).toBeDefined();
    const res = await api(method, path, { ...(user ? { token: await tokenFor(user) } : {}), body });
    expect(res.status, JSON.stringify(res.body)).toBe(routeSchemas[route]?.status ?? 200);
    const parsed = schema!.safeParse(res.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(res.body);
  });
});
