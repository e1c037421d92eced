import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/src/routes.js';
import { api } from '../support/api.js';

/** The parts of the OpenAPI 3.1 structure the platform relies on (a structural check, not a full validator). */
const responseObject = z.union([
  z.object({ $ref: z.string().startsWith('#/components/responses/') }),
  z.object({
    description: z.string(),
    content: z.record(z.string(), z.object({ schema: z.object({}).loose() })).optional(),
  }),
]);
const operationObject = z.object({
  operationId: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  parameters: z.array(
    z.object({
      name: z.string(),
      in: z.enum(['path', 'query', 'header', 'cookie']),
      required: z.boolean(),
      schema: z.object({}).loose(),
    }),
  ),
  // JSON bodies; Open311 GeoReport's POST requests is a form post, as its specification says.
  requestBody: z
    .object({
      content: z.union([
        z.object({ 'application/json': z.object({ schema: z.object({}).loose() }) }),
        z.object({ 'application/x-www-form-urlencoded': z.object({ schema: z.object({}).loose() }) }),
      ]),
    })
    .optional(),
  responses: z.record(z.string().regex(/^([1-5]\d\d|[1-5]XX|default)$/), responseObject),
  security: z.array(z.record(z.string(), z.array(z.string()))),
});
const openApiDocument = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({ title: z.string().min(1), version: z.string().min(1) }),
  paths: z.record(
    z.string().startsWith('/'),
    z.partialRecord(z.enum(['get', 'put', 'post', 'delete', 'patch']), operationObject),
  ),
  components: z.object({
    schemas: z.record(z.string().regex(/^[A-Za-z0-9._-]+$/), z.object({}).loose()),
    responses: z.record(z.string(), z.object({}).loose()),
    securitySchemes: z.object({
      bearerAuth: z.object({ type: z.literal('http'), scheme: z.literal('bearer') }).loose(),
    }),
  }),
});

describe('GET /api/openapi.json', () => {
  it('serves an OpenAPI 3.1 document without sign-in', async () => {
    const res = await api('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const parsed = openApiDocument.safeParse(res.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 5))).toBe(true);
  });

  it('documents every route of the route table with its security', async () => {
    const doc = (await api('GET', '/api/openapi.json')).body;
    for (const route of routes) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op.operationId).toBe(route.id);
      expect(op.security).toEqual('public' in route.access ? [] : [{ bearerAuth: [] }]);
      const pathParams = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name)).toEqual(
        pathParams,
      );
    }
    const count = Object.values(doc.paths).reduce((n: number, ops) => n + Object.keys(ops as object).length, 0);
    expect(count).toBe(routes.length);
  });

  it('resolves every $ref and renders the catalog schemas from the zod models', async () => {
    const doc = (await api('GET', '/api/openapi.json')).body;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
    for (const [, kind, name] of refs) expect(doc.components[kind!][name!], `${kind}/${name}`).toBeDefined();

    const list = doc.paths['/api/services'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual([
      'department',
      'audience',
      'lifeEvent',
      'topic',
      'online',
      'page',
      'pageSize',
    ]);
    expect(list.parameters.find((p: { name: string }) => p.name === 'department').schema.enum).toContain(
      'civil-affairs',
    );
    const guide = doc.components.schemas.ServiceGuide;
    expect(guide.required).toEqual(
      expect.arrayContaining(['code', 'materials', 'timeLimits', 'legalBasis', 'reviewSteps']),
    );
    expect(doc.paths['/api/catalog/items/{code}/draft'].put.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/DraftInput',
    });
    expect(doc.paths['/api/catalog/items/{code}/draft'].put['x-roles']).toEqual({ cataloger: 'district' });
  });
});
