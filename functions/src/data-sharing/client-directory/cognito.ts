import {
  AddUserPoolClientSecretCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolClientSecretCommand,
  ListUserPoolClientSecretsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { MachineClientDirectory } from './port.js';

/** How long a client's access token lasts: an hour, as the local identity provider's (infra/local/identity). */
export const accessTokenHours = 1;

/** The one call the adapter makes on the SDK client: tests pass a fake of it. */
export type CognitoSender = Pick<CognitoIdentityProviderClient, 'send'>;

const isGone = (error: unknown) =>
  error instanceof ResourceNotFoundException ||
  (error as { name?: string } | undefined)?.name === 'ResourceNotFoundException';

/**
 * The directory on AWS: one app client of the staff pool per department system, with a secret, the client
 * credentials grant only and the data resource server's scopes (the pool and the resource server come from
 * infra/lib/auth-stack.ts). Cognito issues the token (`client_id` = `sub` = the app client id, `scope`) and keeps the
 * secret; we keep no hash of it.
 *
 * Rotation keeps the app client (its id, so the department's mapping stays) and replaces its secret with
 * AddUserPoolClientSecret, then DeleteUserPoolClientSecret of every other secret: the old secret is refused at once,
 * as locally (Cognito allows two secrets at a time; there is no overlap by design, the head hands the new one over).
 * Revocation deletes the app client: no new token, and the routes refuse the tokens it still holds by our record.
 */
export function createCognitoDirectory(options: {
  userPoolId: string;
  tokenEndpoint: string;
  client?: CognitoSender;
  region?: string;
}): MachineClientDirectory {
  const cognito = options.client ?? new CognitoIdentityProviderClient({ region: options.region });
  const UserPoolId = options.userPoolId;

  async function remove(ClientId: string) {
    try {
      await cognito.send(new DeleteUserPoolClientCommand({ UserPoolId, ClientId }));
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  }

  return {
    source: 'cognito',
    tokenEndpoint: options.tokenEndpoint,
    async register(client) {
      const out = await cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId,
          ClientName: client.clientId,
          GenerateSecret: true,
          // Not a user's client: no user sign-in flow (an empty list would let Cognito fall back to its defaults).
          ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ['client_credentials'],
          AllowedOAuthScopes: [...client.scopes],
          SupportedIdentityProviders: ['COGNITO'],
          EnableTokenRevocation: true,
          AccessTokenValidity: accessTokenHours,
          TokenValidityUnits: { AccessToken: 'hours' },
        }),
      );
      const issuedClientId = out.UserPoolClient?.ClientId;
      const clientSecret = out.UserPoolClient?.ClientSecret;
      if (!issuedClientId || !clientSecret) throw new Error('Cognito created an app client without id or secret');
      return { issuedClientId, clientSecret };
    },
    async rotateSecret(ClientId) {
      const added = await cognito.send(new AddUserPoolClientSecretCommand({ UserPoolId, ClientId }));
      const fresh = added.ClientSecretDescriptor;
      if (!fresh?.ClientSecretId || !fresh.ClientSecretValue) throw new Error('Cognito added a secret without value');
      let NextToken: string | undefined;
      do {
        const page = await cognito.send(new ListUserPoolClientSecretsCommand({ UserPoolId, ClientId, NextToken }));
        for (const secret of page.ClientSecrets ?? []) {
          if (secret.ClientSecretId && secret.ClientSecretId !== fresh.ClientSecretId) {
            await cognito.send(
              new DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: secret.ClientSecretId }),
            );
          }
        }
        NextToken = page.NextToken;
      } while (NextToken);
      return { clientSecret: fresh.ClientSecretValue };
    },
    revoke: remove,
    forget: remove,
  };
}
