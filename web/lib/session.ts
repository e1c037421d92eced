import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { z } from 'zod';
import { sessionCookie } from './auth-cookies';
import { config, identityPool, type PoolName } from './config';
import { publicRoles } from './roles';
import { openSession, sessionStatus, type SessionEnvelope } from './session-envelope';

/** The signed-in user as the verified access token describes them. */
export interface Session {
  sub: string;
  username: string;
  roles: string[];
  department?: string;
  street?: string;
  accessToken: string;
  expiresAt: number;
  /** The identity pool that signed the session. */
  pool: PoolName;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  username: z.string().optional(),
  'cognito:username': z.string().optional(),
  'cognito:groups': z.array(z.string()).default([]),
  'custom:department': z.string().optional(),
  'custom:street': z.string().optional(),
  exp: z.number(),
});

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function issuerKeys(jwksUrl: string): ReturnType<typeof createRemoteJWKSet> {
  let keySet = keySets.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl));
    keySets.set(jwksUrl, keySet);
  }
  return keySet;
}

export class InvalidTokenError extends Error {}

/** Verifies a token's signature (the pool's JWKS), issuer and expiry; returns its claims. */
export async function verifyToken(token: string, options: { pool: PoolName; audience?: string }): Promise<JWTPayload> {
  const pool = identityPool(options.pool);
  const { payload } = await jwtVerify(token, issuerKeys(pool.jwksUrl), {
    issuer: pool.issuer,
    ...(options.audience ? { audience: options.audience } : {}),
    clockTolerance: 5,
  });
  return payload;
}

/** Verifies an access token as Cognito issues them: `token_use` access and the pool's `client_id`. */
export async function verifyAccessToken(token: string, poolName: PoolName): Promise<Session> {
  const payload = await verifyToken(token, { pool: poolName });
  if (payload['token_use'] !== undefined && payload['token_use'] !== 'access') {
    throw new InvalidTokenError('not an access token');
  }
  const clientId = payload['client_id'] ?? payload.aud;
  const clientIds = Array.isArray(clientId) ? clientId : [clientId];
  if (!clientIds.includes(identityPool(poolName).clientId))
    throw new InvalidTokenError('token issued to another client');
  const claims = claimsSchema.parse(payload);
  // With a staff pool of its own, the citizen pool cannot grant staff roles (its groups are self-service).
  const roles =
    poolName === 'citizen' && config().separateStaffPool
      ? claims['cognito:groups'].filter((role) => (publicRoles as readonly string[]).includes(role))
      : claims['cognito:groups'];
  return {
    sub: claims.sub,
    username: claims.username ?? claims['cognito:username'] ?? claims.sub,
    roles,
    ...(claims['custom:department'] ? { department: claims['custom:department'] } : {}),
    ...(claims['custom:street'] ? { street: claims['custom:street'] } : {}),
    accessToken: token,
    expiresAt: claims.exp,
    pool: poolName,
  };
}

/** The session cookie of this request, decrypted (not yet checked for idleness or expiry). */
export const readSessionEnvelope = cache(async (): Promise<SessionEnvelope | undefined> =>
  openSession((await cookies()).get(sessionCookie)?.value, config().sessionSecret),
);

export type SessionState =
  | { status: 'active'; session: Session }
  | { status: 'locked' | 'expired'; pool: PoolName; staff: boolean }
  | { status: 'signedOut' };

/**
 * The current request's session: active, locked (idle too long), expired, or signed out (no cookie, a
 * forged one, or a token that no longer verifies). Only an active session ever yields a token.
 */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const envelope = await readSessionEnvelope();
  if (!envelope) return { status: 'signedOut' };
  const status = sessionStatus(envelope, config().staffIdleSeconds);
  if (status !== 'active') return { status, pool: envelope.pool, staff: envelope.staff };
  try {
    return { status: 'active', session: await verifyAccessToken(envelope.accessToken, envelope.pool) };
  } catch {
    return { status: 'signedOut' };
  }
});

/** The current request's session, or null when signed out, locked, expired or no longer valid. */
export const getSession = cache(async (): Promise<Session | null> => {
  const state = await getSessionState();
  return state.status === 'active' ? state.session : null;
});
