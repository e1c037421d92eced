/**
 * Roles are Cognito groups (the `cognito:groups` claim); the local identity provider issues the same claim.
 */
export const roles = [
  'citizen',
  'enterprise',
  'clerk',
  'officer',
  'head',
  'inspector',
  'dispatcher',
  'docclerk',
  'steward',
  'cataloger',
  'supervisor',
  'admin',
] as const;

export type Role = (typeof roles)[number];

export const staffRoles: readonly Role[] = roles.filter((r) => r !== 'citizen' && r !== 'enterprise');
export const publicRoles: readonly Role[] = ['citizen', 'enterprise'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Names of the JWT claims, identical in Cognito tokens and local tokens. */
export const claimNames = {
  subject: 'sub',
  username: 'username',
  groups: 'cognito:groups',
  department: 'custom:department',
  street: 'custom:street',
  tokenUse: 'token_use',
  clientId: 'client_id',
} as const;
