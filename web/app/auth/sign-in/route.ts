import { NextResponse, type NextRequest } from 'next/server';
import {
  oauthCookieMaxAge,
  oauthCookiePath,
  oauthReturnToCookie,
  oauthStateCookie,
  oauthVerifierCookie,
} from '@/lib/auth-cookies';
import { config } from '@/lib/config';
import { codeChallenge, randomToken } from '@/lib/pkce';
import { safeReturnTo } from '@/lib/return-to';

export const dynamic = 'force-dynamic';

/** Starts the OAuth2 authorization-code flow with PKCE (S256) at the identity provider. */
export function GET(request: NextRequest): NextResponse {
  const { auth, publicOrigin, secureCookies } = config();
  const returnTo = safeReturnTo(request.nextUrl.searchParams.get('returnTo'), publicOrigin);
  const state = randomToken();
  const verifier = randomToken(48);

  const authorize = new URL(auth.authorizeUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: auth.redirectUri,
    scope: 'openid',
    state,
    code_challenge: codeChallenge(verifier),
    code_challenge_method: 'S256',
    // The hosted sign-in page's language (Cognito's `lang`; other providers ignore unknown parameters).
    lang: returnTo === '/en' || returnTo.startsWith('/en/') || returnTo.startsWith('/en?') ? 'en' : 'zh-CN',
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
  return response;
}
