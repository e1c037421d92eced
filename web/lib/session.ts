import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { z } from 'zod';
import { sessionCookie } from './auth-cookies';
import { config } from './config';

/** The signed-in user as the verified access token describes them. */
export interface Session {
  sub: string;
  username: string;
  roles: string[];
  department?: string;
  street?: string;
  accessToken: string;
  expiresAt: number;
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

let keySet: ReturnType<typeof createRemoteJWKSet> | undefined;
function issuerKeys(): ReturnType<typeof createRemoteJWKSet> {
  keySet ??= createRemoteJWKSet(new URL(config().auth.jwksUrl));
  return keySet;
}

export class InvalidTokenError extends Error {}

/** Verifies a token's signature (issuer JWKS), issuer and expiry; returns its claims. */
export async function verifyToken(token: string, options: { audience?: string } = {}): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, issuerKeys(), {
    issuer: config().auth.issuer,
    ...(options.audience ? { audience: options.audience } : {}),
    clockTolerance: 5,
  });
  return payload;
}

/** Verifies an access token as Cognito issues them: `token_use` access and our `client_id`. */
export async function verifyAccessToken(token: string): Promise<Session> {
  const payload = await verifyToken(token);
  if (payload['token_use'] !== undefined && payload['token_use'] !== 'access') {
    throw new InvalidTokenError('not an access token');
  }
  const clientId = payload['client_id'] ?? payload.aud;
  const clientIds = Array.isArray(clientId) ? clientId : [clientId];
  if (!clientIds.includes(config().auth.clientId)) throw new InvalidTokenError('token issued to another client');
  const claims = claimsSchema.parse(payload);
  return {
    sub: claims.sub,
    username: claims.username ?? claims['cognito:username'] ?? claims.sub,
    roles: claims['cognito:groups'],
    ...(claims['custom:department'] ? { department: claims['custom:department'] } : {}),
    ...(claims['custom:street'] ? { street: claims['custom:street'] } : {}),
    accessToken: token,
    expiresAt: claims.exp,
  };
}

/** The current request's session, or null when signed out or the token no longer verifies. */
export const getSession = cache(async (): Promise<Session | null> => {
  const token = (await cookies()).get(sessionCookie)?.value;
  if (!token) return null;
  try {
    return await verifyAccessToken(token);
  } catch {
    return null;
  }
});
