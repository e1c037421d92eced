import { newSecret, secretHash } from '../machine-client-store.js';
import type { MachineClientDirectory } from './port.js';

/** Where the local identity provider exchanges client credentials for an access token (infra/local/identity). */
export const localTokenEndpoint = '/api/auth/local/oauth2/token';

/**
 * The local identity provider's directory: our table is the directory. The token's `client_id` is our own id, the
 * secret's SHA-256 is kept with the record and infra/local/machine-clients.ts checks it; revocation is the record's
 * `revokedAt`, which that check and the routes both refuse, so there is nothing more to delete here.
 */
export function createLocalDirectory(): MachineClientDirectory {
  const issue = () => {
    const clientSecret = newSecret();
    return { clientSecret, secretHash: secretHash(clientSecret) };
  };
  return {
    source: 'local',
    tokenEndpoint: localTokenEndpoint,
    register: async (client) => ({ issuedClientId: client.clientId, ...issue() }),
    rotateSecret: async () => issue(),
    revoke: async () => undefined,
    forget: async () => undefined,
  };
}
