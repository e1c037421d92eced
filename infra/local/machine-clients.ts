import { clientOfToken, secretMatches } from '../../functions/src/data-sharing/machine-client-store.js';

/**
 * The local identity provider's stand-in for Cognito's app clients with client credentials: the machine clients
 * department heads register (functions/src/data-sharing/machine-clients.ts) through the local directory
 * (client-directory/local.ts), their secrets checked against the kept hash. On AWS each is a Cognito app client of
 * the staff pool with the resource server's scopes (client-directory/cognito.ts), and Cognito checks the secret.
 */

/** The scopes of a client whose secret is `secret` and which is not revoked; undefined otherwise. */
export async function checkMachineClient(clientId: string, secret: string) {
  const client = await clientOfToken(clientId);
  if (!client || client.revokedAt || !secretMatches(client, secret)) return undefined;
  return { scopes: client.scopes };
}

/**
 * Whether `clientId` is the token client id of a registered machine client (revoked ones too: their tokens are
 * refused by the routes), as the staff API's JWT authorizer on AWS admits the pool's app clients.
 */
export async function isMachineClient(clientId: string): Promise<boolean> {
  return /^[\w-]{1,128}$/.test(clientId) && (await clientOfToken(clientId)) !== undefined;
}
