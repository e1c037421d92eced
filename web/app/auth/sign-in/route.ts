import { NextResponse, type NextRequest } from 'next/server';
import {
  oauthCookieMaxAge,
  oauthCookiePath,
  oauthPoolCookie,
  oauthReturnToCookie,
  oauthStateCookie,
  oauthVerifierCookie,
} from '@/lib/auth-cookies';
import { config, identityPool, type PoolName } from '@/lib/config';
import { codeChallenge, randomToken } from '@/lib/pkce';
import { safeReturnTo } from '@/lib/return-to';

export const dynamic = 'force-dynamic';

/**
 * Starts the OAuth2 authorization-code flow with PKCE (S256) at the identity provider: the staff pool for
 * `?audience=staff` (the /staff guard), the citizen pool otherwise. `?reauth=1` (after a locked session)
 * asks the provider to check the password again instead of reusing its own session.
 */
export function GET(request: NextRequest): NextResponse {
  // Only a top-level navigation starts a sign-in. A router prefetch or RSC fetch that a redirect brought here
  // (a link into a signed-in area) would otherwise replace the state cookie of a sign-in in progress; an
  // empty answer makes Next's router load the URL as a page instead, and a prefetch simply ignores it.
  const fetchDest = request.headers.get('sec-fetch-dest');
  if (request.headers.has('rsc') || (fetchDest !== null && fetchDest !== 'document')) {
    return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  }
  const { publicOrigin, secureCookies } = config();
  const params = request.nextUrl.searchParams;
  const poolName: PoolName = params.get('audience') === 'staff' ? 'staff' : 'citizen';
  const pool = identityPool(poolName);
  const returnTo = safeReturnTo(params.get('returnTo'), publicOrigin);
  const state = randomToken();
  const verifier = randomToken(48);

  const authorize = new URL(pool.authorizeUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: pool.clientId,
    redirect_uri: pool.redirectUri,
    scope: 'openid',
    state,
    code_challenge: codeChallenge(verifier),
    code_challenge_method: 'S256',
    // The hosted sign-in page's language (Cognito's `lang`; other providers ignore unknown parameters).
    lang: returnTo === '/en' || returnTo.startsWith('/en/') || returnTo.startsWith('/en?') ? 'en' : 'zh-CN',
    ...(params.get('reauth') === '1' ? { prompt: 'login' } : {}),
  }).toString();

  const response = NextResponse.redirect(authorize, 303);
  response.headers.set('cache-control', 'no-store');
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies,
    path: oauthCookiePath,
    maxAge: oauthCookieMaxAge,
  } as const;
  response.cookies.set(oauthStateCookie, state, cookieOptions);
  response.cookies.set(oauthVerifierCookie, verifier, cookieOptions);
  response.cookies.set(oauthReturnToCookie, returnTo, cookieOptions);
  response.cookies.set(oauthPoolCookie, poolName, cookieOptions);
  return response;
}
