import { z } from 'zod';
import {
  eventActionInput,
  eventListQuery,
  gridEventId,
  gridEventList,
  gridEventView,
  reportEventInput,
} from '../grid/model.js';
import {
  open311CreateForm,
  open311Created,
  open311Definition,
  open311Query,
  open311Requests,
  open311Services,
} from '../grid/open311-schemas.js';
import {
  open311ClientInput,
  open311ClientIssued,
  open311ClientList,
  open311ClientView,
  open311KeyId,
} from '../grid/open311-client-model.js';

/**
 * The grid's routes (events reported, dispatched and handled on the city-management grid) and its Open311
 * GeoReport v2 endpoints, spread into `routeSchemas` (schemas.ts), which checks them against the route table.
 */
export const gridSchemas = {
  'grid.report': {
    body: { name: 'ReportGridEventInput', schema: reportEventInput },
    status: 201,
    response: { name: 'GridEvent', schema: gridEventView },
  },
  'grid.list': { query: eventListQuery, response: { name: 'GridEventList', schema: gridEventList } },
  'grid.get': { params: { id: gridEventId }, response: { name: 'GridEvent', schema: gridEventView } },
  'grid.act': {
    params: { id: gridEventId },
    body: { name: 'GridEventActionInput', schema: eventActionInput },
    response: { name: 'GridEvent', schema: gridEventView },
  },
  'grid.open311Clients': { response: { name: 'Open311ClientList', schema: open311ClientList } },
  'grid.createOpen311Client': {
    body: { name: 'Open311ClientInput', schema: open311ClientInput },
    status: 201,
    response: { name: 'Open311ClientIssued', schema: open311ClientIssued },
  },
  'grid.revokeOpen311Client': {
    params: { keyId: open311KeyId },
    response: { name: 'Open311Client', schema: open311ClientView },
  },
  'grid.open311List': {
    params: { document: z.enum(['services.json', 'services.xml', 'requests.json', 'requests.xml']) },
    query: open311Query,
    formats: true as const,
    response: { name: 'Open311ServicesOrRequests', schema: z.union([open311Services, open311Requests]) },
  },
  'grid.open311Create': {
    params: { document: z.enum(['requests.json', 'requests.xml']) },
    body: { name: 'Open311CreateRequestForm', schema: open311CreateForm },
    bodyMedia: 'application/x-www-form-urlencoded' as const,
    status: 201,
    formats: true as const,
    response: { name: 'Open311CreatedRequests', schema: open311Created },
  },
  'grid.open311One': {
    params: {
      collection: z.enum(['services', 'requests']),
      document: z.string().regex(/^[^/]+\.(json|xml)$/, 'a service_code or service_request_id with .json or .xml'),
    },
    query: z.object({ jurisdiction_id: z.string().optional() }),
    formats: true as const,
    response: { name: 'Open311DefinitionOrRequest', schema: z.union([open311Definition, open311Requests]) },
  },
};
