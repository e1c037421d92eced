import { dataResource, resourceList, resourceParams, resourceQuery } from '../data-sharing/model.js';
import {
  dataRequestDecisionInput,
  dataRequestId,
  dataRequestInput,
  dataRequestList,
  dataRequestQuery,
  dataRequestView,
} from '../data-sharing/request-model.js';
import { extractionList, extractionPage, extractionQuery } from '../data-sharing/extraction-model.js';
import {
  machineClientId,
  machineClientInput,
  machineClientIssued,
  machineClientList,
  machineClientView,
} from '../data-sharing/machine-client-model.js';
import {
  queueAcknowledged,
  queueMessages,
  subscriptionCreated,
  subscriptionId,
  subscriptionList,
  subscriptionView,
} from '../data-sharing/subscription-model.js';
import { queueAckInput, queueReceiveQuery, subscriptionInput } from '../data-sharing/subscription-input.js';

/**
 * The data-sharing routes' request and response schemas (issue 15: catalog, requests, extraction, machine clients,
 * change event subscriptions),
 * spread into `routeSchemas` (schemas.ts), which checks them against the route table.
 */
export const dataSharingSchemas = {
  'data-sharing.listResources': { query: resourceQuery, response: { name: 'DataResourceList', schema: resourceList } },
  'data-sharing.getResource': {
    params: resourceParams.shape,
    response: { name: 'DataResource', schema: dataResource },
  },
  'data-sharing.catalogJsonLd': { media: 'application/ld+json' as const },
  'data-sharing.createRequest': {
    body: { name: 'DataRequestInput', schema: dataRequestInput },
    status: 201,
    response: { name: 'DataRequest', schema: dataRequestView },
  },
  'data-sharing.listRequests': {
    query: dataRequestQuery,
    response: { name: 'DataRequestList', schema: dataRequestList },
  },
  'data-sharing.getRequest': {
    params: { id: dataRequestId },
    response: { name: 'DataRequest', schema: dataRequestView },
  },
  'data-sharing.decideRequest': {
    params: { id: dataRequestId },
    body: { name: 'DataRequestDecisionInput', schema: dataRequestDecisionInput },
    response: { name: 'DataRequest', schema: dataRequestView },
  },
  'data-sharing.extractRecords': {
    params: resourceParams.shape,
    query: extractionQuery,
    response: { name: 'DataExtractionPage', schema: extractionPage },
  },
  'data-sharing.resourceUsage': {
    params: resourceParams.shape,
    response: { name: 'DataExtractionList', schema: extractionList },
  },
  'data-sharing.listClients': { response: { name: 'MachineClientList', schema: machineClientList } },
  'data-sharing.createClient': {
    body: { name: 'MachineClientInput', schema: machineClientInput },
    status: 201,
    response: { name: 'MachineClientIssued', schema: machineClientIssued },
  },
  'data-sharing.rotateClient': {
    params: { id: machineClientId },
    response: { name: 'MachineClientIssued', schema: machineClientIssued },
  },
  'data-sharing.revokeClient': {
    params: { id: machineClientId },
    response: { name: 'MachineClient', schema: machineClientView },
  },
  'data-sharing.createSubscription': {
    body: { name: 'DataSubscriptionInput', schema: subscriptionInput },
    status: 201,
    response: { name: 'DataSubscriptionCreated', schema: subscriptionCreated },
  },
  'data-sharing.listSubscriptions': { response: { name: 'DataSubscriptionList', schema: subscriptionList } },
  'data-sharing.deleteSubscription': {
    params: { id: subscriptionId },
    response: { name: 'DataSubscription', schema: subscriptionView },
  },
  'data-sharing.receiveMessages': {
    params: { id: subscriptionId },
    query: queueReceiveQuery,
    response: { name: 'DataQueueMessages', schema: queueMessages },
  },
  'data-sharing.acknowledgeMessages': {
    params: { id: subscriptionId },
    body: { name: 'DataQueueAck', schema: queueAckInput },
    response: { name: 'DataQueueAcknowledged', schema: queueAcknowledged },
  },
};
