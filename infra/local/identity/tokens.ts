import { randomUUID } from 'node:crypto';
import { SignJWT, createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { claimNames } from '../../../functions/src/platform/roles.js';
import type { DemoUser } from './demo-users.js';
import type { SigningKey } from './keys.js';

export const ACCESS_TOKEN_SECONDS = 3600;

export interface TokenSet {
  access_token: string;
  id_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Issues tokens with the claim names Cognito uses (access token customised by a pre-token trigger). */
export async function issueTokens(
  key: SigningKey,
  issuer: string,
  clientId: string,
  user: DemoUser,
): Promise<TokenSet> {
  const now = Math.floor(Date.now() / 1000);
  const common = {
    [claimNames.groups]: [...user.roles],
    ...(user.department ? { [claimNames.department]: user.department } : {}),
    ...(user.street ? { [claimNames.street]: user.street } : {}),
    auth_time: now,
  };
  const sign = (claims: JWTPayload, audience?: string) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(issuer)
      .setSubject(user.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + ACCESS_TOKEN_SECONDS)
      .setJti(randomUUID());
    return (audience ? jwt.setAudience(audience) : jwt).sign(key.privateKey);
  };
  const access_token = await sign({
    ...common,
    [claimNames.tokenUse]: 'access',
    [claimNames.clientId]: clientId,
    [claimNames.username]: user.username,
    scope: 'openid profile email',
  });
  const id_token = await sign(
    { ...common, token_use: 'id', 'cognito:username': user.username, name: user.name, email: user.email },
    clientId,
  );
  return { access_token, id_token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS };
}

/**
 * The access token of a machine client (OAuth 2.0 client credentials), as Cognito issues it: the client is the
 * subject, `client_id` names it, `scope` holds the resource server's scopes granted; no user, no groups.
 */
export async function issueClientToken(
  key: SigningKey,
  issuer: string,
  clientId: string,
  scope: string,
): Promise<Omit<TokenSet, 'id_token'>> {
  const now = Math.floor(Date.now() / 1000);
  const access_token = await new SignJWT({
    [claimNames.tokenUse]: 'access',
    [claimNames.clientId]: clientId,
    scope,
    auth_time: now,
    version: 2,
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(issuer)
    .setSubject(clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + ACCESS_TOKEN_SECONDS)
    .setJti(randomUUID())
    .sign(key.privateKey);
  return { access_token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS };
}

/**
 * Verifies a token the way API Gateway's JWT authorizer does: signature against the JWKS, issuer,
 * expiry, and audience — `aud` for ID tokens or `client_id` for access tokens. Machine clients' tokens are not of
 * this audience: the routes they call have the machine routes' authorizer instead (infra/local/machine-clients.ts).
 */
export function tokenVerifier(key: SigningKey, issuer: string, audiences: readonly string[]) {
  const jwks = createLocalJWKSet({ keys: [key.publicJwk] });
  return async (token: string): Promise<JWTPayload> => {
    const { payload } = await jwtVerify(token, jwks, { issuer, algorithms: ['RS256'] });
    const aud = Array.isArray(payload.aud) ? payload.aud : payload.aud ? [payload.aud] : [];
    const clientId = payload[claimNames.clientId];
    const ok = aud.some((a) => audiences.includes(a)) || (typeof clientId === 'string' && audiences.includes(clientId));
    if (!ok) throw new Error('wrong audience');
    return payload;
  };
}
