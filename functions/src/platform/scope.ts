import { notFound } from './errors.js';
import type { Principal } from './principal.js';
import type { Scope } from './route-table.js';

/** What a resource says about whom it belongs to. */
export interface ResourceScope {
  readonly owner?: string;
  readonly department?: string;
  readonly street?: string;
}

/** Whether a caller with `scope` on a route reaches this resource. */
export function inScope(principal: Principal, scope: Scope | undefined, resource: ResourceScope): boolean {
  switch (scope) {
    case 'district':
      return true;
    case 'department':
      return principal.department !== undefined && principal.department === resource.department;
    case 'street':
      return principal.street !== undefined && principal.street === resource.street;
    case 'owner':
      return resource.owner === principal.sub;
    default:
      return false;
  }
}

/**
 * Returns the resource when the caller reaches it; otherwise 404 — the existence of another person's,
 * department's or street's resource is itself private.
 */
export function requireInScope<T extends ResourceScope>(
  principal: Principal,
  scope: Scope | undefined,
  resource: T | undefined,
  what: string,
): T {
  if (!resource || !inScope(principal, scope, resource)) throw notFound(what);
  return resource;
}
