import type { RouteGroup } from './route-group-access.js';

/**
 * Reserved concurrency of each route group's function on AWS: how many requests of that group run at
 * once before Lambda throttles the rest (the HTTP API answers 503/429 at once, and clients retry after
 * a moment) — the role the local gateway's admission control plays (platform/capacity.ts). Sized by what
 * a group does: filing and deciding cases and uploads take the most; reads of public data are cached at
 * the edge. Reserved in prod (and where the context asks for it); the sum must leave the account's
 * unreserved minimum (100 of the default 1,000) free, which tests/infra checks.
 */
export const routeGroupConcurrency: Readonly<Record<RouteGroup, number>> = {
  cases: 60,
  workitems: 30,
  documents: 40,
  identity: 20,
  forms: 30,
  'form-pdf': 10,
  catalog: 20,
  scenarios: 10,
  search: 20,
  outlets: 10,
  notifications: 10,
  audit: 10,
  supervision: 10,
  calendar: 5,
  health: 5,
  openapi: 5,
  certificates: 10,
  'certificate-keys': 5,
  registries: 10,
  letters: 20,
  'data-sharing': 10,
  notices: 10,
  'official-documents': 10,
  grid: 10,
};
