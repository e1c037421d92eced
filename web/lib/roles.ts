/** Roles are the `cognito:groups` claim; the same names as functions/src/platform/roles.ts. */
export const publicRoles = ['citizen', 'enterprise'] as const;
export const staffRoles = [
  'clerk',
  'officer',
  'head',
  'inspector',
  'dispatcher',
  'docclerk',
  'steward',
  'supervisor',
  'admin',
] as const;
/** Roles that have an inbox of work items (GET /api/work-items). */
export const deciderRoles = ['officer', 'head'] as const;

export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return roles.some((role) => wanted.includes(role));
}
