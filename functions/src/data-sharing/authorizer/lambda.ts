import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { config } from '../../platform/config.js';
import { clientOfToken } from '../machine-client-store.js';
import { machineRouteAuthorizer, type AuthorizerRequest } from './machine-route-authorizer.js';

/**
 * A verifier of the staff pool's access tokens: the pool's JWKS (fetched once and cached by aws-jwt-verify), its
 * issuer, expiry and `token_use` = access; any app client (`client_id` is checked by machine-route-authorizer.ts).
 */
export function staffPoolVerifier(userPoolId: string) {
  return CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId: null });
}

let authorize: ReturnType<typeof machineRouteAuthorizer> | undefined;

/** The Lambda authorizer of the staff API's machine routes (infra/lib/portal-api.ts). */
export async function handler(event: AuthorizerRequest) {
  if (!authorize) {
    const c = config();
    if (!c.MACHINE_CLIENT_POOL_ID) throw new Error('MACHINE_CLIENT_POOL_ID is not set for the authorizer');
    const verifier = staffPoolVerifier(c.MACHINE_CLIENT_POOL_ID);
    authorize = machineRouteAuthorizer({
      verify: (token) => verifier.verify(token),
      staffClientIds: c.STAFF_APP_CLIENT_IDS ?? [],
      clientOfToken,
    });
  }
  return authorize(event);
}
