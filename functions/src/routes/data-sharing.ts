import { machineScopes } from '../platform/machine-scopes.js';
import type { RouteDefinition } from '../platform/route-table.js';

/** Staff of any department read the catalog of what departments share (metadata only, no records). */
const catalogReaders = {
  roles: { officer: 'district', head: 'district', steward: 'district', supervisor: 'district' },
} as const;

/** Officers and heads request for their department and see its requests; supervision sees every request. */
const requestReaders = { roles: { officer: 'department', head: 'department', supervisor: 'district' } } as const;

/** Change event subscriptions: a department's head, or its systems (the scope of extraction, whose events they are). */
const subscribers = {
  roles: { head: 'department' },
  clientScopes: [machineScopes.dataRecordsRead],
} as const;
/** Its officers also see them, and how their deliveries went (the staff page /staff/data/subscriptions). */
const subscriptionReaders = {
  roles: { officer: 'department', head: 'department' },
  clientScopes: [machineScopes.dataRecordsRead],
} as const;

/** The data sharing routes (see ../routes.ts). */
export const dataSharingRoutes = [
  {
    id: 'data-sharing.listResources',
    method: 'GET',
    path: '/api/data/resources',
    group: 'data-sharing',
    access: catalogReaders,
    summary: 'The data resource catalog: search (q), filter by owner department and sharing class',
  },
  {
    id: 'data-sharing.getResource',
    method: 'GET',
    path: '/api/data/resources/{id}',
    group: 'data-sharing',
    access: catalogReaders,
    summary: 'One data resource: owner, fields (personal or not), update frequency, sharing class, records, version',
  },
  {
    id: 'data-sharing.catalogJsonLd',
    method: 'GET',
    path: '/api/data/catalog.jsonld',
    group: 'data-sharing',
    access: catalogReaders,
    summary: 'The whole catalog as DCAT 3 in JSON-LD, for interchange with other data catalogs',
  },
  {
    id: 'data-sharing.createRequest',
    method: 'POST',
    path: '/api/data/requests',
    group: 'data-sharing',
    access: { roles: { officer: 'department', head: 'department' } },
    summary:
      'Request a resource for my department: purpose, fields, legal basis, period; unconditional ones are granted at once',
  },
  {
    id: 'data-sharing.listRequests',
    method: 'GET',
    path: '/api/data/requests',
    group: 'data-sharing',
    access: requestReaders,
    summary: 'My department’s requests (side=mine) or the requests for its resources (side=owner)',
  },
  {
    id: 'data-sharing.getRequest',
    method: 'GET',
    path: '/api/data/requests/{id}',
    group: 'data-sharing',
    access: requestReaders,
    summary: 'One data request, for the requesting and the owning department',
  },
  {
    id: 'data-sharing.decideRequest',
    method: 'POST',
    path: '/api/data/requests/{id}/decision',
    group: 'data-sharing',
    access: { roles: { head: 'department' } },
    summary: 'The owning department’s head grants or refuses a conditional request, with an opinion',
  },
  {
    id: 'data-sharing.extractRecords',
    method: 'GET',
    path: '/api/data/resources/{id}/records',
    group: 'data-sharing',
    // Staff of the granted department, and its systems with client credentials (machine-clients.ts).
    access: { roles: { officer: 'department', head: 'department' }, clientScopes: [machineScopes.dataRecordsRead] },
    personalData: true,
    summary:
      'The granted fields of a resource’s records for a department holding a grant in effect: paged (cursor), incremental (since)',
  },
  {
    id: 'data-sharing.resourceUsage',
    method: 'GET',
    path: '/api/data/resources/{id}/usage',
    group: 'data-sharing',
    access: { roles: { officer: 'department', head: 'department', supervisor: 'district' } },
    summary: 'Who extracted the owner department’s resource: when, which department and grant, how many records',
  },
  {
    id: 'data-sharing.listClients',
    method: 'GET',
    path: '/api/data/clients',
    group: 'data-sharing',
    access: { roles: { head: 'department' } },
    summary: 'My department’s systems with OAuth 2.0 client credentials (never their secrets)',
  },
  {
    id: 'data-sharing.createClient',
    method: 'POST',
    path: '/api/data/clients',
    group: 'data-sharing',
    access: { roles: { head: 'department' } },
    summary: 'Register a system of my department as a machine client: its client id and secret, shown once',
  },
  {
    id: 'data-sharing.rotateClient',
    method: 'POST',
    path: '/api/data/clients/{id}/rotation',
    group: 'data-sharing',
    access: { roles: { head: 'department' } },
    summary: 'A new secret for my department’s system (shown once); the old one stops working',
  },
  {
    id: 'data-sharing.revokeClient',
    method: 'POST',
    path: '/api/data/clients/{id}/revocation',
    group: 'data-sharing',
    access: { roles: { head: 'department' } },
    summary: 'Revoke my department’s system: its tokens are refused from then on',
  },
  {
    id: 'data-sharing.createSubscription',
    method: 'POST',
    path: '/api/data/subscriptions',
    group: 'data-sharing',
    // The head of a department holding a grant of the resource, or its system with client credentials.
    access: subscribers,
    summary:
      'Subscribe my department’s webhook to a granted resource’s change events (signed; the signing secret shown once)',
  },
  {
    id: 'data-sharing.listSubscriptions',
    method: 'GET',
    path: '/api/data/subscriptions',
    group: 'data-sharing',
    access: subscriptionReaders,
    summary: 'My department’s change event subscriptions and their failed deliveries (never their signing secrets)',
  },
  {
    id: 'data-sharing.deleteSubscription',
    method: 'DELETE',
    path: '/api/data/subscriptions/{id}',
    group: 'data-sharing',
    access: subscribers,
    summary: 'End my department’s subscription: no event is delivered to its webhook from then on',
  },
  {
    id: 'data-sharing.receiveMessages',
    method: 'GET',
    path: '/api/data/subscriptions/{id}/messages',
    group: 'data-sharing',
    // Receiving hides the messages from the next reads: the department's head or its system, not its officers.
    access: subscribers,
    summary:
      'Receive up to max change events waiting in my department’s queue subscription; unacknowledged, they come again after visibilityTimeout seconds',
  },
  {
    id: 'data-sharing.acknowledgeMessages',
    method: 'POST',
    path: '/api/data/subscriptions/{id}/messages/ack',
    group: 'data-sharing',
    access: subscribers,
    summary: 'Acknowledge the change events my department’s system handled, by their receipt handles: they are deleted',
  },
] as const satisfies readonly RouteDefinition[];
