import { nowIso } from '../platform/clock.js';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { getResource, listResources } from './catalog.js';
import { dcatCatalog } from './dcat.js';
import { resourceParams } from './model.js';
import { resourceQuery } from './model.js';
import { dataRequestDecisionInput, dataRequestId, dataRequestInput, dataRequestQuery } from './request-model.js';
import { createRequest, decideRequest, getRequest, listRequests } from './requests.js';
import { extractionQuery } from './extraction-model.js';
import { extract, usageOf } from './extraction.js';
import { machineClientId, machineClientInput } from './machine-client-model.js';
import { createClient, extractorOf, listClients, revokeClient, rotateClient } from './machine-clients.js';
import { queueAckInput, queueReceiveQuery, subscriptionInput } from './subscription-input.js';
import { acknowledgeMessages, receiveMessages } from './subscription-queue.js';
import { subscriptionId } from './subscription-model.js';
import { createSubscription, deleteSubscription, listSubscriptions } from './subscriptions.js';
import { z } from 'zod';

/**
 * Data sharing between departments (issue 15): the data resource catalog, searched and exported as DCAT, and
 * access requests for its resources. Errors: 400 INVALID_INPUT (details.fields names the bad parameter),
 * 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND, 409 DATA_REQUEST_DECIDED / DATA_REQUEST_STALE,
 * 422 DATA_NOT_SHARED / DATA_REQUEST_OWN_DEPARTMENT. Change event subscriptions: subscriptions.ts.
 */
const requestParams = z.object({ id: dataRequestId });
const clientParams = z.object({ id: machineClientId });
const subscriptionParams = z.object({ id: subscriptionId });

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
  extractRecords: async ({ principal, params, query }) => {
    const { id } = parseInput(resourceParams, params);
    const who = await extractorOf(principal);
    const page = await extract(who, id, parseInput(extractionQuery, query));
    return {
      body: page,
      audit: {
        action: 'data-sharing.extractRecords',
        resourceId: id,
        details: {
          count: String(page.items.length),
          department: who.department,
          grant: page.grants[0] ?? '',
          fields: page.fields.join(','),
        },
      },
    };
  },
  resourceUsage: async ({ principal, scope, params }) => ({
    body: await usageOf(principal.department, scope, parseInput(resourceParams, params).id),
  }),
  listClients: async ({ principal }) => ({ body: await listClients(principal) }),
  createClient: async ({ principal, body }) => {
    const created = await createClient(principal, parseInput(machineClientInput, body));
    return { status: 201, body: created, audit: { resourceId: created.client.clientId } };
  },
  rotateClient: async ({ principal, params }) => ({
    body: await rotateClient(principal, parseInput(clientParams, params).id),
  }),
  revokeClient: async ({ principal, params }) => ({
    body: await revokeClient(principal, parseInput(clientParams, params).id),
  }),
  createSubscription: async ({ principal, body }) => {
    const created = await createSubscription(await extractorOf(principal), parseInput(subscriptionInput, body));
    const { subscription } = created;
    return {
      status: 201,
      body: created,
      audit: {
        resourceId: subscription.subscriptionId,
        details: {
          resource: subscription.resourceId,
          department: subscription.department,
          kind: subscription.kind,
          ...(subscription.webhookUrl ? { webhook: subscription.webhookUrl } : {}),
        },
      },
    };
  },
  listSubscriptions: async ({ principal }) => ({ body: await listSubscriptions(await extractorOf(principal)) }),
  deleteSubscription: async ({ principal, params }) => {
    const ended = await deleteSubscription(await extractorOf(principal), parseInput(subscriptionParams, params).id);
    return { body: ended, audit: { resourceId: ended.subscriptionId, details: { resource: ended.resourceId } } };
  },
  receiveMessages: async ({ principal, params, query }) => {
    const { id } = parseInput(subscriptionParams, params);
    const options = parseInput(queueReceiveQuery, query);
    const who = await extractorOf(principal);
    const { resourceId, ...received } = await receiveMessages(who, id, options);
    return {
      body: received,
      audit: {
        resourceId: id,
        details: {
          resource: resourceId,
          department: who.department,
          count: String(received.items.length),
          events: received.items.map((m) => m.event.id).join(','),
        },
      },
    };
  },
  acknowledgeMessages: async ({ principal, params, body }) => {
    const { id } = parseInput(subscriptionParams, params);
    const { receiptHandles } = parseInput(queueAckInput, body);
    const { resourceId, ...acknowledged } = await acknowledgeMessages(await extractorOf(principal), id, receiptHandles);
    return {
      body: acknowledged,
      audit: {
        resourceId: id,
        details: {
          resource: resourceId,
          acknowledged: String(acknowledged.acknowledged.length),
          notFound: String(acknowledged.notFound.length),
        },
      },
    };
  },
});
