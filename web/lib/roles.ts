/** Roles are the `cognito:groups` claim: the one list is functions/src/platform/roles.ts. */
export { publicRoles, staffRoles } from '../../functions/src/platform/roles';
/** Roles that have an inbox of work items (GET /api/work-items). */
export const deciderRoles = ['officer', 'head'] as const;

export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return roles.some((role) => wanted.includes(role));
}
