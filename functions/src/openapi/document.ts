import { z } from 'zod';
import { edgeRequiredError, originVerifyHeader } from '../platform/edge-trust.js';
import { admittedRoles, type RouteDefinition } from '../platform/route-table.js';
import type { NamedSchema, RouteSchemas } from './schemas.js';

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
}

const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('A stable code, e.g. NOT_FOUND, INVALID_INPUT'),
    message: z.string(),
    details: z
      .object({ fields: z.array(z.object({ field: z.string(), message: z.string() })).optional() })
      .loose()
      .optional(),
  }),
});

/**
 * A record keyed by an enum renders as `required` names with only `additionalProperties`; spelling each
 * required key out as a property says the same and is what OpenAPI tools expect.
 */
function withRequiredProperties(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withRequiredProperties);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = Object.fromEntries(
    Object.entries(node as JsonSchema).map(([k, v]) => [k, withRequiredProperties(v)]),
  );
  const required = out.required;
  const extra = out.additionalProperties;
  if (Array.isArray(required) && extra !== null && typeof extra === 'object') {
    const properties = { ...(out.properties as JsonSchema | undefined) };
    for (const name of required as string[]) properties[name] ??= extra;
    out.properties = properties;
  }
  return out;
}

/** JSON Schema (2020-12, the dialect of OpenAPI 3.1) of a zod schema, without its `$schema` line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return withRequiredProperties(rest) as JsonSchema;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = { $ref: '#/components/responses/Error' };
/** Public routes answer 403 only for a call that bypassed the edge; protected ones also for a role not admitted. */
const edgeRequiredResponse = { $ref: '#/components/responses/EdgeRequired' };
const forbiddenResponse = { $ref: '#/components/responses/Forbidden' };

const edgeRequiredText =
  `\`${edgeRequiredError.code}\`: the request did not pass the edge (CloudFront, or the local cloud's edge), ` +
  `which adds \`${originVerifyHeader}\`; every route answers so before anything else, since a direct call to ` +
  `the API would go around the WAF and could forge the viewer's address.`;
const edgeRequiredExample = { summary: 'A direct call to the API', value: { error: edgeRequiredError } };

/** The 403 answers, each described once and referenced by every route that can give it. */
const forbiddenResponses = {
  EdgeRequired: {
    description: `Forbidden. ${edgeRequiredText}`,
    content: {
      'application/json': { schema: ref('Error'), examples: { [edgeRequiredError.code]: edgeRequiredExample } },
    },
  },
  Forbidden: {
    description: `Forbidden. \`FORBIDDEN\`: the caller's role, or its scope, may not do this (see \`x-roles\`); or ${edgeRequiredText}`,
    content: {
      'application/json': {
        schema: ref('Error'),
        examples: {
          FORBIDDEN: {
            summary: 'A role the route does not admit',
            value: { error: { code: 'FORBIDDEN', message: 'You may not do this' } },
          },
          [edgeRequiredError.code]: edgeRequiredExample,
        },
      },
    },
  },
};

function pathParameters(route: RouteDefinition, schemas: RouteSchemas | undefined) {
  return [...route.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: schemas?.params?.[name as string]
      ? jsonSchema(schemas.params[name as string]!, 'input')
      : { type: 'string' },
  }));
}

function queryParameters(schemas: RouteSchemas | undefined) {
  if (!schemas?.query) return [];
  const object = jsonSchema(schemas.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: (object.required ?? []).includes(name),
    schema,
  }));
}

function operation(
  route: RouteDefinition,
  schemas: RouteSchemas | undefined,
  register: (s: NamedSchema, io: 'input' | 'output') => string,
): Operation {
  const isPublic = 'public' in route.access;
  const status = String(schemas?.status ?? 200);
  const success = schemas?.formats
    ? {
        description: 'Success',
        content: {
          'application/json': {
            schema: schemas.response ? ref(register(schemas.response, 'output')) : { type: 'object' },
          },
          'text/xml': { schema: { type: 'string' } },
        },
      }
    : schemas?.media
      ? { description: 'Success', content: { [schemas.media]: { schema: { type: 'string', format: 'binary' } } } }
      : schemas?.response
        ? {
            description: 'Success',
            content: { 'application/json': { schema: ref(register(schemas.response, 'output')) } },
          }
        : { description: 'Success', content: { 'application/json': { schema: { type: 'object' } } } };
  const responses: Record<string, unknown> = {
    [status]: success,
    '400': errorResponse,
    '403': isPublic ? edgeRequiredResponse : forbiddenResponse,
    '404': errorResponse,
  };
  if (!isPublic) responses['401'] = errorResponse;
  if (route.method !== 'GET') Object.assign(responses, { '409': errorResponse, '413': errorResponse });
  responses['429'] = errorResponse;
  responses['500'] = errorResponse;
  const op: Operation = {
    operationId: route.id,
    summary: route.summary,
    tags: [route.group],
    parameters: [...pathParameters(route, schemas), ...queryParameters(schemas)],
    responses,
    security: isPublic ? [] : [{ bearerAuth: [] }],
  };
  if (!isPublic) {
    const roles = (route.access as { roles: Record<string, string> }).roles;
    op['x-roles'] = Object.fromEntries(admittedRoles(route).map((r) => [r, roles[r]]));
    // Department systems with OAuth 2.0 client credentials whose access token holds one of these scopes.
    const clientScopes = (route.access as { clientScopes?: readonly string[] }).clientScopes;
    if (clientScopes) op['x-client-scopes'] = [...clientScopes];
  }
  if (route.personalData) op['x-personal-data'] = true;
  if (schemas?.body) {
    op.requestBody = {
      required: !schemas.body.schema.safeParse(undefined).success,
      content: { [schemas.bodyMedia ?? 'application/json']: { schema: ref(register(schemas.body, 'input')) } },
    };
  }
  return op;
}

/**
 * The OpenAPI 3.1 document of a route table: every route with its parameters, security (bearer JWT unless
 * public; `x-roles` names the admitted roles and their scope) and the zod schemas registered for it.
 */
export function openApiDocument(
  routes: readonly RouteDefinition[],
  schemas: Partial<Record<string, RouteSchemas>>,
  version: string,
  groupDescriptions: Readonly<Record<string, string>>,
): OpenApiDocument {
  const components: Record<string, JsonSchema> = { Error: jsonSchema(errorSchema, 'output') };
  const register = ({ name, schema }: NamedSchema, io: 'input' | 'output') => {
    components[name] ??= jsonSchema(schema, io);
    return name;
  };
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, schemas[route.id], register);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Yuexiu-hao (越秀号) e-government API',
      version,
      description:
        'The public service hall and staff platform of the district. Errors share one shape: { error: { code, message, details? } }.',
      license: { name: 'Apache License 2.0', identifier: 'Apache-2.0' },
    },
    servers: [
      { url: '/', description: 'This deployment: the portal and the API share one origin, the API under /api' },
    ],
    tags: [...new Set(routes.map((r) => r.group))].map((name) => {
      const description = groupDescriptions[name];
      if (!description) throw new Error(`route group ${name} has no description for the API document`);
      return { name, description };
    }),
    paths,
    components: {
      schemas: components,
      responses: {
        Error: { description: 'An error', content: { 'application/json': { schema: ref('Error') } } },
        ...forbiddenResponses,
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An access token of the citizen or staff user pool (Cognito; the local identity provider locally)',
        },
      },
    },
  };
}
