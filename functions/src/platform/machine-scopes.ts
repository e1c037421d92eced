/**
 * OAuth 2.0 scopes of machine clients (client credentials): department systems calling the API without a person.
 * On AWS each is a scope of a Cognito resource server on the staff pool (infra/lib/auth-stack.ts), written in
 * tokens as `<resource server>/<scope>`; the local identity provider issues the same (infra/local/identity).
 */
export const machineResourceServer = 'yuexiu-data';

export const machineScopes = {
  /** Extract the granted fields of data resources (GET /api/data/resources/{id}/records). */
  dataRecordsRead: `${machineResourceServer}/records.read`,
} as const;

export type MachineScope = (typeof machineScopes)[keyof typeof machineScopes];
export const allMachineScopes: readonly MachineScope[] = Object.values(machineScopes);
