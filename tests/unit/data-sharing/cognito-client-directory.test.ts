import {
  AddUserPoolClientSecretCommand,
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolClientSecretCommand,
  ListUserPoolClientSecretsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import {
  accessTokenHours,
  createCognitoDirectory,
  type CognitoSender,
} from '../../../functions/src/data-sharing/client-directory/cognito.js';

/**
 * The machine client directory on AWS against a hand fake of Cognito's send(): it keeps app clients and their
 * secrets as Cognito does (at most two secrets a client), so the test sees what the adapter leaves behind.
 */
function fakeCognito() {
  const clients = new Map<string, { input: Record<string, unknown>; secrets: { id: string; value: string }[] }>();
  const calls: string[] = [];
  let n = 0;
  const gone = () => new ResourceNotFoundException({ message: 'no such client', $metadata: {} });
  const send = async (command: { constructor: { name: string }; input: any }) => {
    const { input } = command;
    calls.push(command.constructor.name);
    expect(input.UserPoolId).toBe('ap-east-1_Staff123');
    if (command instanceof CreateUserPoolClientCommand) {
      const id = `c0gn1t0${++n}`.padEnd(26, 'x');
      const secret = { id: `${id}--s${++n}`, value: `secret-${n}` };
      clients.set(id, { input, secrets: [secret] });
      return { UserPoolClient: { ClientId: id, ClientSecret: secret.value, ClientName: input.ClientName } };
    }
    const client = clients.get(input.ClientId);
    if (!client) throw gone();
    if (command instanceof AddUserPoolClientSecretCommand) {
      if (client.secrets.length >= 2) throw new Error('LimitExceededException: two secrets at most');
      const secret = { id: `${input.ClientId}--s${++n}`, value: `secret-${n}` };
      client.secrets.push(secret);
      return { ClientSecretDescriptor: { ClientSecretId: secret.id, ClientSecretValue: secret.value } };
    }
    if (command instanceof ListUserPoolClientSecretsCommand) {
      return { ClientSecrets: client.secrets.map((s) => ({ ClientSecretId: s.id })) };
    }
    if (command instanceof DeleteUserPoolClientSecretCommand) {
      client.secrets = client.secrets.filter((s) => s.id !== input.ClientSecretId);
      return {};
    }
    if (command instanceof DeleteUserPoolClientCommand) {
      clients.delete(input.ClientId);
      return {};
    }
    throw new Error(`unexpected ${command.constructor.name}`);
  };
  return { clients, calls, sender: { send } as unknown as CognitoSender };
}

const directoryOn = (sender: CognitoSender) =>
  createCognitoDirectory({
    userPoolId: 'ap-east-1_Staff123',
    tokenEndpoint: 'https://yuexiu-dev-staff.auth.ap-east-1.amazoncognito.com/oauth2/token',
    client: sender,
  });

const system = {
  clientId: 'yx-market-supervision-1a2b3c4d',
  department: 'market-supervision',
  scopes: ['yuexiu-data/records.read'],
};

describe('the Cognito machine client directory', () => {
  it('registers an app client with a secret, client credentials only, the resource server scopes and an hour', async () => {
    const cognito = fakeCognito();
    const issued = await directoryOn(cognito.sender).register(system);
    expect(issued.issuedClientId).not.toBe(system.clientId);
    expect(issued.clientSecret).toBe(cognito.clients.get(issued.issuedClientId)!.secrets[0]!.value);
    // Cognito keeps the secret: nothing for our table to check.
    expect(issued.secretHash).toBeUndefined();
    expect(cognito.clients.get(issued.issuedClientId)!.input).toMatchObject({
      ClientName: system.clientId,
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['yuexiu-data/records.read'],
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: true,
      AccessTokenValidity: accessTokenHours,
      TokenValidityUnits: { AccessToken: 'hours' },
    });
  });

  it('rotates by adding a secret and deleting every other, keeping the client id', async () => {
    const cognito = fakeCognito();
    const directory = directoryOn(cognito.sender);
    const issued = await directory.register(system);
    const first = await directory.rotateSecret(issued.issuedClientId);
    const second = await directory.rotateSecret(issued.issuedClientId);
    const kept = cognito.clients.get(issued.issuedClientId)!.secrets;
    expect(kept.map((s) => s.value)).toEqual([second.clientSecret]);
    expect(new Set([issued.clientSecret, first.clientSecret, second.clientSecret]).size).toBe(3);
    expect(cognito.calls.filter((c) => c === 'DeleteUserPoolClientSecretCommand')).toHaveLength(2);
  });

  it('revokes by deleting the app client, and counts an unknown client as revoked', async () => {
    const cognito = fakeCognito();
    const directory = directoryOn(cognito.sender);
    const issued = await directory.register(system);
    await directory.revoke(issued.issuedClientId);
    expect(cognito.clients.has(issued.issuedClientId)).toBe(false);
    await expect(directory.revoke(issued.issuedClientId)).resolves.toBeUndefined();
    await expect(directory.rotateSecret(issued.issuedClientId)).rejects.toThrow(ResourceNotFoundException);
  });

  it('passes on any other failure of Cognito', async () => {
    const failing = {
      send: async () => {
        throw new Error('TooManyRequestsException');
      },
    } as unknown as CognitoSender;
    await expect(directoryOn(failing).revoke('abc')).rejects.toThrow('TooManyRequestsException');
    await expect(directoryOn(failing).register(system)).rejects.toThrow('TooManyRequestsException');
  });
});
