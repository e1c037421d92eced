/** Cookie names shared by the auth route handlers, the proxy and the session reader. */
export const sessionCookie = 'yx_session';
export const oauthStateCookie = 'yx_oauth_state';
export const oauthVerifierCookie = 'yx_oauth_verifier';
export const oauthReturnToCookie = 'yx_oauth_return';
/** Which identity pool the sign-in in progress uses (`citizen` or `staff`). */
export const oauthPoolCookie = 'yx_oauth_pool';

/** The sign-in round trip must finish within this many seconds. */
export const oauthCookieMaxAge = 600;
/** Temporary OAuth cookies are only sent back to the auth route handlers. */
export const oauthCookiePath = '/auth';

/**
 * The session cookie: httpOnly, Lax (Strict would drop it on the IdP's redirect back to /auth/callback and on
 * links from other sites into the portal; Lax still withholds it from cross-site POSTs), Secure on https.
 */
export function sessionCookieOptions(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge } as const;
}
