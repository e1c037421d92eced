import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Jwk } from 'aws-jwt-verify/jwk';
import { staffPoolVerifier } from '../../../functions/src/data-sharing/authorizer/lambda.js';
import { machineRouteAuthorizer } from '../../../functions/src/data-sharing/authorizer/machine-route-authorizer.js';
import type { MachineClientRecord } from '../../../functions/src/data-sharing/machine-client-model.js';
import { machineScopes } from '../../../functions/src/platform/machine-scopes.js';

/**
 * The staff API's machine routes' authorizer with the verifier it runs with on AWS (aws-jwt-verify's Cognito verifier
 * of the staff pool, given the pool's JWKS as it would fetch it): tokens signed here as Cognito signs them.
 */
const poolId = 'ap-east-1_StaffPool1';
const issuerOf = (pool: string) => `https://cognito-idp.ap-east-1.amazonaws.com/${pool}`;
const portalClientId = '1portal0client0id0000000ab';
const registeredId = '4runtime0client0id00000cd';
const revokedId = '5revoked0client0id00000ef';
const kid = 'staff-pool-key-1';

const record = (issuedClientId: string, revokedAt?: string): MachineClientRecord => ({
  clientId: 'yx-market-supervision-1a2b3c4d',
  department: 'market-supervision',
  system: '市场主体登记系统',
  contact: 'registration@scjg.example',
  scopes: [machineScopes.dataRecordsRead],
  createdBy: 'head2',
  createdAt: '2026-01-05T08:00:00.000Z',
  directory: 'cognito',
  issuedClientId,
  ...(revokedAt ? { revokedAt, revokedBy: 'head2' } : {}),
  version: revokedAt ? 2 : 1,
});
const records = new Map([
  [registeredId, record(registeredId)],
  [revokedId, record(revokedId, '2026-01-06T08:00:00.000Z')],
]);

let privateKey: CryptoKey;
let otherKey: CryptoKey;
let authorize: ReturnType<typeof machineRouteAuthorizer>;
const asked: string[] = [];

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const verifier = staffPoolVerifier(poolId);
  verifier.cacheJwks({ keys: [{ ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' } as Jwk] });
  authorize = machineRouteAuthorizer({
    verify: (token) => verifier.verify(token),
    staffClientIds: [portalClientId],
    clientOfToken: async (id) => {
      asked.push(id);
      return records.get(id);
    },
  });
});

/** A token as Cognito issues it: a client credentials access token unless `claims` says otherwise. */
async function token(
  claims: JWTPayload,
  options: { issuer?: string; expiresIn?: number; key?: CryptoKey; clientId?: string } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const clientId = options.clientId ?? registeredId;
  return new SignJWT({
    token_use: 'access',
    client_id: clientId,
    scope: machineScopes.dataRecordsRead,
    auth_time: now,
    version: 2,
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(options.issuer ?? issuerOf(poolId))
    .setSubject(typeof claims.sub === 'string' ? claims.sub : clientId)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(options.key ?? privateKey);
}

const ask = async (jwt: string) => authorize({ identitySource: [`Bearer ${jwt}`] });

describe('the machine routes authorizer', () => {
  it('admits a client registered at run time, with its claims as the context', async () => {
    const answer = await ask(await token({}));
    expect(answer.isAuthorized).toBe(true);
    expect(answer.context).toMatchObject({
      sub: registeredId,
      client_id: registeredId,
      token_use: 'access',
      scope: machineScopes.dataRecordsRead,
    });
  });

  it("admits a staff member's access token of the portal client without looking up a machine client", async () => {
    asked.length = 0;
    const jwt = await token(
      {
        sub: 'b1c2d3e4-staff',
        username: 'head2',
        'cognito:groups': ['head'],
        'custom:department': 'market-supervision',
        scope: 'openid profile email',
      },
      { clientId: portalClientId },
    );
    const answer = await ask(jwt);
    expect(answer).toMatchObject({ isAuthorized: true, context: { 'cognito:groups': '[head]', username: 'head2' } });
    expect(asked).toEqual([]);
  });

  it('refuses an expired token', async () => {
    expect((await ask(await token({}, { expiresIn: -120 }))).isAuthorized).toBe(false);
  });

  it("refuses another pool's token and a token signed by another key", async () => {
    expect((await ask(await token({}, { issuer: issuerOf('ap-east-1_OtherPool9') }))).isAuthorized).toBe(false);
    expect((await ask(await token({}, { key: otherKey }))).isAuthorized).toBe(false);
  });

  it('refuses an id token', async () => {
    const idToken = await token({ token_use: 'id', aud: portalClientId }, { clientId: portalClientId });
    expect((await ask(idToken)).isAuthorized).toBe(false);
  });

  it('refuses a client unknown to our table, a revoked one, and a token without a machine scope', async () => {
    expect((await ask(await token({}, { clientId: '9unknown0client0id0000000z' }))).isAuthorized).toBe(false);
    expect((await ask(await token({}, { clientId: revokedId }))).isAuthorized).toBe(false);
    expect((await ask(await token({ scope: 'openid' }))).isAuthorized).toBe(false);
  });

  it('refuses a request without a bearer token', async () => {
    expect((await authorize({ identitySource: [] })).isAuthorized).toBe(false);
    expect((await authorize({ headers: { authorization: 'Basic eDp5' } })).isAuthorized).toBe(false);
  });
});
