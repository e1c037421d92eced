/** Cookie names shared by the auth route handlers, the proxy and the session reader. */
export const sessionCookie = 'yx_session';
export const oauthStateCookie = 'yx_oauth_state';
export const oauthVerifierCookie = 'yx_oauth_verifier';
export const oauthReturnToCookie = 'yx_oauth_return';

/** The sign-in round trip must finish within this many seconds. */
export const oauthCookieMaxAge = 600;
/** Temporary OAuth cookies are only sent back to the auth route handlers. */
export const oauthCookiePath = '/auth';
