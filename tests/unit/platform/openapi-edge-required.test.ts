import { afterEach, describe, expect, it } from 'vitest';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { openApiDocument } from '../../../functions/src/openapi/document.js';
import { routeGroupDescriptions } from '../../../functions/src/openapi/groups.js';
import { routeSchemas } from '../../../functions/src/openapi/schemas.js';
import { resetConfig } from '../../../functions/src/platform/config.js';
import { edgeTrust } from '../../../functions/src/platform/edge-trust.js';
import type { RouteDefinition } from '../../../functions/src/platform/route-table.js';
import { routes } from '../../../functions/src/routes.js';
import { validEnvironment } from '../../support/config-fixture.js';

/** Issue 10 §8: every route answers 403 EDGE_REQUIRED to a call that bypassed the edge; the API document says so. */
const doc = openApiDocument(routes as readonly RouteDefinition[], routeSchemas, 'test', routeGroupDescriptions);

type Examples = Record<string, { value: unknown }>;
const responseOf = (ref: unknown) => {
  const name = /^#\/components\/responses\/(.+)$/.exec((ref as { $ref?: string })?.$ref ?? '')?.[1];
  return name ? (doc.components.responses[name] as { description: string; content: Record<string, unknown> }) : null;
};
const examplesOf = (response: { content: Record<string, unknown> }) =>
  (response.content['application/json'] as { examples: Examples }).examples;

/** What the middleware every route group runs answers to a request without X-Origin-Verify. */
async function directCallAnswer(): Promise<{ status: number; body: unknown }> {
  const originalEnv = { ...process.env };
  Object.assign(process.env, validEnvironment, {
    ORIGIN_SECRET: 'o'.repeat(40),
    VIEWER_SIGNING_SECRET: 'v'.repeat(40),
  });
  resetConfig();
  try {
    const request = {
      event: { routeKey: 'GET /api/services', headers: {} },
    } as unknown as middy.Request<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2>;
    const answer = (await edgeTrust().before!(request)) as { statusCode: number; body: string };
    return { status: answer.statusCode, body: JSON.parse(answer.body) };
  } finally {
    process.env = originalEnv;
    resetConfig();
  }
}

afterEach(() => resetConfig());

describe('the API document names 403 EDGE_REQUIRED', () => {
  it('for every route, public or protected, by one shared response', () => {
    for (const route of routes) {
      const op = doc.paths[route.path]![route.method.toLowerCase()] as { responses: Record<string, unknown> };
      const forbidden = responseOf(op.responses['403']);
      expect(forbidden, `${route.method} ${route.path}: 403 is a shared response`).not.toBeNull();
      expect(examplesOf(forbidden!), `${route.method} ${route.path}`).toHaveProperty('EDGE_REQUIRED');
      expect(forbidden!.description).toContain('x-origin-verify');
    }
  });

  it('keeps FORBIDDEN (role) off public routes and on every protected one', () => {
    for (const route of routes) {
      const op = doc.paths[route.path]![route.method.toLowerCase()] as { responses: Record<string, unknown> };
      const examples = examplesOf(responseOf(op.responses['403'])!);
      expect(Object.keys(examples).sort(), `${route.method} ${route.path}`).toEqual(
        'public' in route.access ? ['EDGE_REQUIRED'] : ['EDGE_REQUIRED', 'FORBIDDEN'],
      );
    }
  });

  it('shows exactly the answer the edge-trust middleware gives', async () => {
    const answer = await directCallAnswer();
    expect(answer.status).toBe(403);
    expect(examplesOf(doc.components.responses.EdgeRequired as never).EDGE_REQUIRED!.value).toEqual(answer.body);
    expect(examplesOf(doc.components.responses.Forbidden as never).EDGE_REQUIRED!.value).toEqual(answer.body);
  });
});
