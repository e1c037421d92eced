/**
 * The machine client directory port (issue 15, item 3): where a department system's OAuth 2.0 client credentials live
 * and who issues its access tokens. Adapters: `local.ts` (the local identity provider checks the secret's hash kept
 * in our table) and `cognito.ts` (an app client of the staff pool with the data resource server's scopes); `index.ts`
 * chooses one from config (MACHINE_CLIENTS), once. Either way our table keeps the record that maps the token's
 * `client_id` to the department system and its department (machine-client-store.ts), which the API authorises by.
 */

/** What the directory needs to know of a client it registers. */
export interface DirectoryClient {
  /** Our id (`yx-<department>-<hex>`), the client's name in the directory. */
  readonly clientId: string;
  readonly department: string;
  readonly scopes: readonly string[];
}

/** A client's credentials as issued: the secret is shown once to the department head and never stored in clear. */
export interface IssuedCredentials {
  /** The id the identity provider puts in the token's `client_id` and `sub` (ours locally, Cognito's on AWS). */
  readonly issuedClientId: string;
  readonly clientSecret: string;
  /** SHA-256 (hex) of the secret, when our table is what checks it (the local identity provider); else absent. */
  readonly secretHash?: string;
}

export interface MachineClientDirectory {
  /** The adapter's name (`local`, `cognito`), recorded with the client. */
  readonly source: 'local' | 'cognito';
  /** Where a client exchanges its credentials for an access token (a path locally, Cognito's domain on AWS). */
  readonly tokenEndpoint: string;
  register(client: DirectoryClient): Promise<IssuedCredentials>;
  /** A new secret; the old one is refused from then on. */
  rotateSecret(issuedClientId: string): Promise<Omit<IssuedCredentials, 'issuedClientId'>>;
  /** No more tokens for the client (idempotent: an unknown client counts as revoked). */
  revoke(issuedClientId: string): Promise<void>;
  /** Undoes a registration whose record could not be kept (as `revoke`). */
  forget(issuedClientId: string): Promise<void>;
}
