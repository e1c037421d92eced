import { recordAudit } from '../audit/service.js';
import { nowIso } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { groupHandler, type RouteRequest, type RouteResult } from '../platform/http-handler.js';
import { logger } from '../platform/logger.js';
import { parseInput } from '../platform/validation.js';
import { eventActionInput, eventListQuery, reportEventInput } from './model.js';
import {
  createRequest,
  findRequests,
  oneRequest,
  Open311Error,
  resourceOf,
  serviceDefinition,
  services,
  type Open311Format,
} from './open311.js';
import { actOnEvent, eventView, gridModel, listEvents, readableEvent, reportEvent, reporterOf } from './service.js';
import { open311ClientInput, open311ClientViewOf } from './open311-client-model.js';
import { issueClient, listClients, revokeClient } from './open311-clients.js';
import { xmlDocument } from './xml.js';

const contentTypes: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** A GeoReport answer in the asked format: a list under `root` of `item` elements, or one object as `root`. */
function open311Body(
  format: Open311Format,
  status: number,
  root: string,
  content: readonly unknown[] | Record<string, unknown>,
  item?: string,
): RouteResult {
  return {
    status,
    raw: true,
    headers: { 'content-type': contentTypes[format] },
    body: format === 'json' ? JSON.stringify(content) : xmlDocument(root, content, item),
  };
}

const stringFields = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(value && typeof value === 'object' ? (value as Record<string, unknown>) : {}).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );

/**
 * Runs an Open311 call: the format from the resource's extension (404 in XML for another), the specification's
 * error list for a refusal, and a 500 in the same shape (its cause logged) for anything unexpected.
 */
async function open311(
  document: string,
  run: (name: string, format: Open311Format) => Promise<RouteResult>,
): Promise<RouteResult> {
  const resource = resourceOf(document);
  const format = resource?.format ?? 'xml';
  const errors = (status: number, description: string) =>
    open311Body(format, status, 'errors', [{ code: status, description }], 'error');
  try {
    if (!resource) return errors(404, 'Unknown resource: use .xml or .json');
    return await run(resource.name, resource.format);
  } catch (error) {
    if (error instanceof Open311Error) return errors(error.status, error.description);
    if (error instanceof AppError && error.status < 500) return errors(error.status, error.message);
    logger.error('open311 request failed', { action: 'open311.failed', error: error as Error });
    return errors(500, 'The request could not be processed; try again later');
  }
}

/** The audit record of a request created by an Open311 client (the route table audits signed-in callers only). */
async function auditOpen311(request: RouteRequest, client: string, eventId: string) {
  try {
    await recordAudit({
      actor: { sub: client, username: client, roles: [] },
      action: 'grid.open311Create',
      resource: { type: 'grid', id: eventId },
      outcome: 'succeeded',
      requestId: request.requestId,
      sourceIp: request.sourceIp || 'unknown',
    });
  } catch (error) {
    logger.error('audit record not written', {
      action: 'audit.failed',
      route: 'grid.open311Create',
      error: error as Error,
    });
  }
}

/** Citizens read their own reports ('self', 'owner'); every other scope is staff's. */
const audienceOf = (scope: string | undefined) => (scope === 'self' || scope === 'owner' ? 'reporter' : 'staff');

/**
 * Errors: 400 INVALID_INPUT (naming each field), 401, 403 FORBIDDEN, 404 NOT_FOUND, 409 GRID_EVENT_STALE /
 * GRID_STEP_NOT_OPEN / API_KEY_REVOKED (a client revoked already), 422 OUTSIDE_GRID; Open311 routes answer the
 * specification's error lists (400, 403 also for a revoked api_key, 404, 500).
 */
export const handler = groupHandler('grid', {
  model: async () => ({ body: gridModel(), headers: { 'cache-control': 'public, max-age=300' } }),
  report: async ({ principal, body }) => {
    const { event, repeated } = await reportEvent(reporterOf(principal), parseInput(reportEventInput, body));
    return {
      status: repeated ? 200 : 201,
      body: await eventView(event, 'reporter'),
      audit: { resourceId: event.eventId },
    };
  },
  list: async ({ principal, scope, query }) => {
    const { status } = parseInput(eventListQuery, query);
    const events = await listEvents(principal, scope, status);
    return { body: { items: await Promise.all(events.map((e) => eventView(e, audienceOf(scope)))) } };
  },
  get: async ({ principal, scope, params }) => {
    const event = await readableEvent(principal, scope, params.id ?? '');
    // One event with its photos' download URLs: the audited read of the reporter's and the department's photos.
    return { body: await eventView(event, audienceOf(scope), true), audit: { resourceId: event.eventId } };
  },
  act: async ({ principal, scope, params, body }) => {
    const event = await actOnEvent(principal, scope, params.id ?? '', parseInput(eventActionInput, body));
    return { body: await eventView(event), audit: { resourceId: event.eventId } };
  },
  open311Clients: async () => ({ body: { items: (await listClients()).map(open311ClientViewOf) } }),
  createOpen311Client: async ({ principal, body }) => {
    const { record, apiKey } = await issueClient(principal, parseInput(open311ClientInput, body));
    return {
      status: 201,
      body: { client: open311ClientViewOf(record), apiKey },
      audit: { resourceId: record.keyId },
    };
  },
  revokeOpen311Client: async ({ principal, params }) => {
    const record = await revokeClient(principal, params.keyId ?? '');
    return { body: open311ClientViewOf(record), audit: { resourceId: record.keyId } };
  },
  open311List: async ({ params, query }) =>
    open311(params.document ?? '', async (name, format) => {
      if (name === 'services') return open311Body(format, 200, 'services', services(query));
      if (name === 'requests')
        return open311Body(format, 200, 'service_requests', await findRequests(query, nowIso()), 'request');
      throw new Open311Error(404, `Unknown resource: ${name}`);
    }),
  open311Create: async (request) =>
    open311(request.params.document ?? '', async (name, format) => {
      if (name !== 'requests') throw new Open311Error(404, `Unknown resource: ${name} (POST requests)`);
      const fields = { ...request.query, ...stringFields(request.body) };
      const created = await createRequest(fields);
      await auditOpen311(request, created.client, created.requests[0]!.service_request_id);
      return open311Body(format, 201, 'service_requests', created.requests, 'request');
    }),
  open311One: async ({ params, query }) =>
    open311(params.document ?? '', async (name, format) => {
      if (params.collection === 'services')
        return open311Body(format, 200, 'service_definition', serviceDefinition(name, query));
      if (params.collection === 'requests')
        return open311Body(format, 200, 'service_requests', await oneRequest(name, query), 'request');
      throw new Open311Error(404, `Unknown resource: ${params.collection ?? ''}`);
    }),
});
