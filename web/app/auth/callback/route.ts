import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import {
  oauthCookiePath,
  oauthPoolCookie,
  oauthReturnToCookie,
  oauthStateCookie,
  oauthVerifierCookie,
  sessionCookie,
  sessionCookieOptions,
} from '@/lib/auth-cookies';
import { config, identityPool, type PoolName } from '@/lib/config';
import { sameSecret } from '@/lib/pkce';
import { safeReturnTo } from '@/lib/return-to';
import { hasAnyRole, staffRoles } from '@/lib/roles';
import { verifyAccessToken, verifyToken } from '@/lib/session';
import { maxSessionSeconds, nowSeconds, sealSession } from '@/lib/session-envelope';

export const dynamic = 'force-dynamic';

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  id_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
  token_type: z.string(),
});

/**
 * Finishes sign-in: checks state, exchanges the code (with the PKCE verifier) at the pool the sign-in started
 * with, verifies the tokens with that pool's keys, and sets the encrypted session cookie.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const { publicOrigin, secureCookies, sessionSecret } = config();
  const poolName: PoolName = request.cookies.get(oauthPoolCookie)?.value === 'staff' ? 'staff' : 'citizen';
  const auth = identityPool(poolName);
  const params = request.nextUrl.searchParams;
  const expectedState = request.cookies.get(oauthStateCookie)?.value;
  const verifier = request.cookies.get(oauthVerifierCookie)?.value;
  const returnTo = safeReturnTo(request.cookies.get(oauthReturnToCookie)?.value, publicOrigin);
  const code = params.get('code');
  const state = params.get('state');

  const fail = (reason: string): NextResponse => {
    console.warn(JSON.stringify({ level: 'WARN', action: 'signIn.failed', reason }));
    return finish(NextResponse.redirect(`${publicOrigin}${localePrefixOf(returnTo)}/sign-in-failed`, 303));
  };
  const finish = (response: NextResponse): NextResponse => {
    response.headers.set('cache-control', 'no-store');
    for (const name of [oauthStateCookie, oauthVerifierCookie, oauthReturnToCookie, oauthPoolCookie]) {
      response.cookies.set(name, '', { path: oauthCookiePath, maxAge: 0, httpOnly: true, secure: secureCookies });
    }
    return response;
  };

  if (params.get('error')) return fail(`provider error ${params.get('error')}`);
  if (!code || !state || !expectedState || !verifier) return fail('missing code, state or verifier');
  if (!sameSecret(state, expectedState)) return fail('state mismatch');

  let tokens: z.infer<typeof tokenResponseSchema>;
  try {
    const response = await fetch(auth.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: auth.redirectUri,
        client_id: auth.clientId,
        code_verifier: verifier,
      }),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) return fail(`token endpoint answered ${response.status}`);
    tokens = tokenResponseSchema.parse(await response.json());
  } catch (error) {
    return fail(`token exchange failed: ${(error as Error).message}`);
  }

  let session: Awaited<ReturnType<typeof verifyAccessToken>>;
  try {
    await verifyToken(tokens.id_token, { pool: poolName, audience: auth.clientId });
    session = await verifyAccessToken(tokens.access_token, poolName);
  } catch (error) {
    return fail(`token verification failed: ${(error as Error).message}`);
  }

  const now = nowSeconds();
  const expiresAt = Math.min(now + tokens.expires_in, session.expiresAt, now + maxSessionSeconds);
  const sealed = await sealSession(
    {
      accessToken: tokens.access_token,
      pool: poolName,
      staff: poolName === 'staff' || hasAnyRole(session.roles, staffRoles),
      signedInAt: now,
      lastActive: now,
      expiresAt,
    },
    sessionSecret,
  );
  const response = NextResponse.redirect(`${publicOrigin}${returnTo}`, 303);
  response.cookies.set(sessionCookie, sealed, sessionCookieOptions(secureCookies, Math.max(0, expiresAt - now)));
  return finish(response);
}

function localePrefixOf(path: string): string {
  return path === '/en' || path.startsWith('/en/') ? '/en' : '';
}
