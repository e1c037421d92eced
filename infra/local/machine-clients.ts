import { machineClientId } from '../../functions/src/data-sharing/machine-client-model.js';
import { getClient, secretMatches } from '../../functions/src/data-sharing/machine-client-store.js';

/**
 * The local identity provider's stand-in for Cognito's app clients with client credentials: the machine clients
 * department heads register (functions/src/data-sharing/machine-clients.ts), their secrets checked against the kept
 * hash. On AWS each is a Cognito app client of the staff pool with the resource server's scopes.
 */

/** The scopes of a client whose secret is `secret` and which is not revoked; undefined otherwise. */
export async function checkMachineClient(clientId: string, secret: string) {
  if (!machineClientId.safeParse(clientId).success) return undefined;
  const client = await getClient(clientId);
  if (!client || client.revokedAt || !secretMatches(client, secret)) return undefined;
  return { scopes: client.scopes };
}

/** Whether `clientId` is a registered machine client (revoked ones too: their tokens are refused by the routes). */
export async function isMachineClient(clientId: string): Promise<boolean> {
  return machineClientId.safeParse(clientId).success && (await getClient(clientId)) !== undefined;
}
