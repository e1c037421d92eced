/**
 * What the CDK app (infra/lib) takes from the functions: the route table, resources, roles, access and capacity
 * declarations, workflow task names and the few constants a deployment mirrors. The one entry point infra
 * imports from, so the functions' internals can move without touching the stacks.
 */
export * from './cases/sweep.js';
export { archiveSweepIntervalMinutes } from './official-documents/archive-sweep.js';
export * from './documents/model.js';
export * from './pdf/font.js';
export * from './platform/capacity.js';
export * from './platform/edge-trust.js';
export * from './platform/machine-scopes.js';
export * from './platform/metric-names.js';
export * from './platform/rate-limits.js';
export * from './platform/resource-access.js';
export * from './platform/resources.js';
export * from './platform/roles.js';
export * from './platform/route-table.js';
export * from './platform/viewer-assertion.js';
export * from './route-group-access.js';
export * from './route-group-capacity.js';
export * from './routes.js';
export * from './workflow-tasks.js';
export * from './data-sharing/events/forwarder-access.js';
export * from './data-sharing/authorizer/access.js';
export * from './data-sharing/events/dead-letter-access.js';
