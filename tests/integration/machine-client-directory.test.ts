import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DemoApiClient, DemoApiError } from '../../infra/local/demo/api-client.js';
import {
  resetMachineClientDirectory,
  type MachineClientDirectory,
} from '../../functions/src/data-sharing/client-directory/index.js';
import { createLocalDirectory } from '../../functions/src/data-sharing/client-directory/local.js';
import { config } from '../../functions/src/platform/config.js';
import { originVerifyHeader } from '../../functions/src/platform/edge-trust.js';

/**
 * Issue 15, item 3 on a directory that issues client ids of its own, as Cognito does (a 26-character app client id,
 * not our `yx-…` id): the API maps the token's `client_id` to the department system through our record, admits it
 * with its department's reach, and refuses it once revoked. Such a client is registered at run time, so no deployment
 * knows its id: the gateway admits it on the machine routes by the authorizer API Gateway runs on AWS
 * (functions/src/data-sharing/authorizer, wired in infra/local/machine-clients.ts), which looks it up in our table. The cloud is one of its own, in this process, so the
 * directory port can be given this stand-in; the local identity provider, Cognito's stand-in, issues its tokens.
 */
describe('machine clients registered through the directory port', () => {
  let cloud: Awaited<ReturnType<typeof startEphemeralCloud>>;
  let staff: DemoApiClient;
  const revoked: string[] = [];
  const rotated: string[] = [];
  let cognitoLike: MachineClientDirectory;

  beforeAll(async () => {
    cloud = await startEphemeralCloud({ web: false, sweepSeconds: 0 });
    staff = new DemoApiClient(cloud.endpoints.api);
    const local = createLocalDirectory();
    cognitoLike = {
      ...local,
      source: 'cognito',
      register: async (client) => ({
        ...(await local.register(client)),
        issuedClientId: randomBytes(13).toString('hex').slice(0, 26),
      }),
      revoke: async (issuedClientId) => {
        revoked.push(issuedClientId);
      },
      rotateSecret: async (issuedClientId) => {
        rotated.push(issuedClientId);
        return local.rotateSecret(issuedClientId);
      },
    };
    resetMachineClientDirectory(cognitoLike);
  }, 600_000);

  afterAll(async () => {
    resetMachineClientDirectory();
    await cloud?.stop();
  });

  const call = async (method: string, path: string, init: { token?: string; basic?: string; form?: string } = {}) => {
    const res = await fetch(new URL(path, cloud.endpoints.api), {
      method,
      headers: {
        [originVerifyHeader]: config().ORIGIN_SECRET ?? '',
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.basic ? { authorization: `Basic ${Buffer.from(init.basic).toString('base64')}` } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const clientToken = (clientId: string, secret: string) =>
    call('POST', '/api/auth/local/oauth2/token', {
      basic: `${clientId}:${secret}`,
      form: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });

  it("authorises a token by the directory's client id, for its department, and refuses it once revoked", async () => {
    const created = await staff.call<{
      client: { clientId: string; department: string };
      tokenClientId: string;
      clientSecret: string;
    }>('head2', 'POST', '/api/data/clients', { system: '市场主体登记系统', contact: 'registration@scjg.example' });
    const { clientId } = created.client;
    expect(clientId).toMatch(/^yx-market-supervision-[0-9a-f]{8}$/);
    expect(created.tokenClientId).toMatch(/^[0-9a-f]{26}$/);

    // The token carries the directory's id; our own id is no credential.
    expect((await clientToken(clientId, created.clientSecret)).status).toBe(401);
    const issued = await clientToken(created.tokenClientId, created.clientSecret);
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const token = issued.body.access_token as string;

    // Admitted as market supervision's system: its subscriptions (none yet), and its department's grants only.
    const mine = await call('GET', '/api/data/subscriptions', { token });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.items).toEqual([]);
    const records = await call('GET', '/api/data/resources/440104-SK-D001/records', { token });
    expect(records.body.error.code).toBe('NO_DATA_GRANT');
    // Only the machine routes admit it: the other routes' JWT authorizer trusts the portal's app client alone.
    expect((await call('GET', '/api/data/requests', { token })).status).toBe(401);

    // Revoked through the port: the directory deletes the client, and the token still unexpired is refused.
    const revocation = await staff.call('head2', 'POST', `/api/data/clients/${clientId}/revocation`);
    expect(revocation).toMatchObject({ clientId, revokedBy: 'head2' });
    expect(revoked).toEqual([created.tokenClientId]);
    // The gateway's machine routes' authorizer (the one API Gateway runs on AWS) refuses it by our record.
    const refused = await call('GET', '/api/data/subscriptions', { token });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await call('GET', '/api/data/resources/440104-SK-D001/records', { token })).status).toBe(403);
    expect((await clientToken(created.tokenClientId, created.clientSecret)).status).toBe(401);
  });

  it('revokes a client the local directory issued after the switch to another, and asks to re-register to rotate', async () => {
    // Registered while the local identity provider issued the credentials (MACHINE_CLIENTS=local).
    resetMachineClientDirectory(createLocalDirectory());
    const created = await staff.call<{ client: { clientId: string }; tokenClientId: string; clientSecret: string }>(
      'head2',
      'POST',
      '/api/data/clients',
      { system: '企业年报系统', contact: 'annual-reports@scjg.example' },
    );
    const { clientId } = created.client;
    expect(created.tokenClientId).toBe(clientId);
    const issued = await clientToken(clientId, created.clientSecret);
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const token = issued.body.access_token as string;
    expect((await call('GET', '/api/data/subscriptions', { token })).status).toBe(200);

    // Then the directory is Cognito('s stand-in): the client is not one of its app clients.
    resetMachineClientDirectory(cognitoLike);
    const rotating = await staff.call('head2', 'POST', `/api/data/clients/${clientId}/rotation`).catch((e) => e);
    expect(rotating).toBeInstanceOf(DemoApiError);
    expect(rotating).toMatchObject({ status: 409, body: { error: { code: 'MACHINE_CLIENT_REREGISTER' } } });
    expect(rotated).toEqual([]);
    // Its secret still works until it is revoked: rotation changed nothing.
    expect((await clientToken(clientId, created.clientSecret)).status).toBe(200);

    const revocation = await staff.call('head2', 'POST', `/api/data/clients/${clientId}/revocation`);
    expect(revocation).toMatchObject({ clientId, revokedBy: 'head2' });
    // Nothing asked of a directory that never had it; the record refuses it at the gateway and the token endpoint.
    expect(revoked).not.toContain(clientId);
    expect((await call('GET', '/api/data/subscriptions', { token })).status).toBe(403);
    expect((await clientToken(clientId, created.clientSecret)).status).toBe(401);
  });

  it('refuses a token of a client id no department registered', async () => {
    const stranger = randomBytes(13).toString('hex').slice(0, 26);
    expect((await clientToken(stranger, 'any-secret')).status).toBe(401);
  });
});
