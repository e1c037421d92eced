import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwk } from 'aws-jwt-verify/jwk';
import { machineRouteAuthorizer } from '../../functions/src/data-sharing/authorizer/machine-route-authorizer.js';
import { clientOfToken, secretMatches } from '../../functions/src/data-sharing/machine-client-store.js';
import { claimNames } from '../../functions/src/platform/roles.js';
import type { SigningKey } from './identity/keys.js';

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
 * The machine routes' authorizer of the staff API (functions/src/data-sharing/authorizer), as on AWS: the same code,
 * given a verifier of the local identity provider's tokens (aws-jwt-verify against the local signing key's JWKS,
 * where AWS verifies against the staff pool's) and the local portal client as the staff pool's app client for people.
 */
export function localMachineRouteAuthorizer(key: SigningKey, issuer: string, staffClientIds: readonly string[]) {
  const verifier = JwtRsaVerifier.create({
    issuer,
    audience: null,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    customJwtCheck: ({ payload }) => {
      if (payload[claimNames.tokenUse] !== 'access') throw new Error('not an access token');
    },
  });
  verifier.cacheJwks({ keys: [key.publicJwk as Jwk] });
  return machineRouteAuthorizer({ verify: (token) => verifier.verify(token), staffClientIds, clientOfToken });
}
