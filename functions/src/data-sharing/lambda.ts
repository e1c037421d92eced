import { nowIso } from '../platform/clock.js';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { getResource, listResources } from './catalog.js';
import { dcatCatalog } from './dcat.js';
import { resourceParams } from './model.js';
import { resourceQuery } from './model.js';
import { dataRequestDecisionInput, dataRequestId, dataRequestInput, dataRequestQuery } from './request-model.js';
import { createRequest, decideRequest, getRequest, listRequests } from './requests.js';
import { z } from 'zod';

/**
 * Data sharing between departments (issue 15): the data resource catalog, searched and exported as DCAT, and
 * access requests for its resources. Errors: 400 INVALID_INPUT (details.fields names the bad parameter),
 * 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND, 409 DATA_REQUEST_DECIDED / DATA_REQUEST_STALE,
 * 422 DATA_NOT_SHARED / DATA_REQUEST_OWN_DEPARTMENT.
 */
const requestParams = z.object({ id: dataRequestId });

export const handler = groupHandler('data-sharing', {
  listResources: async ({ query }) => ({ body: await listResources(parseInput(resourceQuery, query)) }),
  getResource: async ({ params }) => ({ body: await getResource(parseInput(resourceParams, params).id) }),
  catalogJsonLd: async () => ({
    body: JSON.stringify(dcatCatalog((await listResources({})).items, nowIso())),
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
    raw: true,
  }),
  createRequest: async ({ principal, body }) => {
    const created = await createRequest(principal, parseInput(dataRequestInput, body));
    return {
      status: 201,
      body: created,
      audit: {
        resourceId: created.requestId,
        details: { resource: created.resourceId, status: created.status, fields: created.fields.join(',') },
      },
    };
  },
  listRequests: async ({ principal, scope, query }) => ({
    body: await listRequests(principal, scope, parseInput(dataRequestQuery, query)),
  }),
  getRequest: async ({ principal, scope, params }) => ({
    body: await getRequest(principal, scope, parseInput(requestParams, params).id),
  }),
  decideRequest: async ({ principal, scope, params, body }) => {
    const { id } = parseInput(requestParams, params);
    const decided = await decideRequest(principal, scope, id, parseInput(dataRequestDecisionInput, body));
    return { body: decided, audit: { details: { resource: decided.resourceId, decision: decided.status } } };
  },
});
