import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { sessionCookie, sessionCookieOptions } from './lib/auth-cookies';
import { config as webConfig } from './lib/config';
import { contentSecurityPolicy, strictTransportSecurity } from './lib/content-security-policy';
import { kioskAreaHeader } from './lib/kiosk/area';
import { needsTouch, nowSeconds, openSession, sealSession, sessionStatus } from './lib/session-envelope';

const intl = createIntlMiddleware(routing);

// Areas that need a signed-in user. The pages check roles; here we only send signed-out visitors to sign in.
const signedInAreas = ['/staff', '/apply', '/my'];

function withoutLocale(pathname: string): { path: string; prefix: string } {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return { path: '/', prefix: `/${locale}` };
    if (pathname.startsWith(`/${locale}/`)) return { path: pathname.slice(locale.length + 1), prefix: `/${locale}` };
  }
  return { path: pathname, prefix: '' };
}

const within = (path: string, area: string) => path === area || path.startsWith(`${area}/`);
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every page request: refuses cross-site writes (server actions included), keeps the session's idle clock
 * (locking idle sessions), guards the signed-in areas, routes by locale (next-intl), and sets the CSP with
 * a fresh script nonce.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const web = webConfig();
  // Next checks a server action's Origin against its Host too, but lets a request without Origin through
  // and answers a mismatch with a 500; here a write must come from our own pages, or it is a 403.
  if (!safeMethods.has(request.method) && !isSameSite(request, web.publicOrigin)) {
    return new NextResponse('Cross-site request refused', { status: 403, headers: { 'cache-control': 'no-store' } });
  }

  const { path, prefix } = withoutLocale(request.nextUrl.pathname);
  const needsSignIn = signedInAreas.some((area) => within(path, area));
  const returnTo = encodeURIComponent(`${request.nextUrl.pathname}${request.nextUrl.search}`);

  const envelope = await openSession(request.cookies.get(sessionCookie)?.value, web.sessionSecret);
  const status = envelope ? sessionStatus(envelope, web.staffIdleSeconds) : undefined;
  let sessionCookieValue: string | undefined;
  if (request.cookies.has(sessionCookie) && (!envelope || status !== 'active')) {
    // Forged, locked or expired: the cookie is of no further use; the pages judge the state they were sent.
    sessionCookieValue = '';
    if (needsSignIn && envelope) {
      const locked = new URL(`${prefix}/session-locked?returnTo=${returnTo}`, web.publicOrigin);
      return clearSession(NextResponse.redirect(locked, 307), web.secureCookies);
    }
  } else if (
    envelope &&
    needsTouch(envelope, web.staffIdleSeconds, { serverAction: request.headers.has('next-action') })
  ) {
    sessionCookieValue = await sealSession({ ...envelope, lastActive: nowSeconds() }, web.sessionSecret);
  }

  if (needsSignIn && (!envelope || status !== 'active')) {
    const audience = within(path, '/staff') ? '&audience=staff' : '';
    const signIn = new URL(`/auth/sign-in?returnTo=${returnTo}${audience}`, web.publicOrigin);
    return clearSession(NextResponse.redirect(signIn, 307), web.secureCookies, sessionCookieValue === '');
  }

  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, web);
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', policy);
  // The kiosk (/kiosk) always shows the elder-friendly display; only this proxy may say a page is the kiosk's.
  const kiosk = within(path, '/kiosk');
  if (kiosk) request.headers.set(kioskAreaHeader, '1');
  else request.headers.delete(kioskAreaHeader);
  const response = intl(request);
  response.headers.set('content-security-policy', policy);
  // A station's screen is no place for search engines (the pages say so in their metadata too).
  if (kiosk) response.headers.set('x-robots-tag', 'noindex, nofollow');
  if (web.secureCookies) response.headers.set('strict-transport-security', strictTransportSecurity);
  if (sessionCookieValue !== undefined) {
    const maxAge = sessionCookieValue && envelope ? Math.max(0, envelope.expiresAt - nowSeconds()) : 0;
    response.cookies.set(sessionCookie, sessionCookieValue, sessionCookieOptions(web.secureCookies, maxAge));
    response.headers.set('cache-control', 'private, no-store');
  }
  return response;
}

/** Same-site means: the browser says so (Sec-Fetch-Site), or the Origin is ours. */
function isSameSite(request: NextRequest, publicOrigin: string): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = request.headers.get('origin');
  return origin === null ? fetchSite !== null : origin === publicOrigin;
}

function clearSession(response: NextResponse, secure: boolean, clear = true): NextResponse {
  if (clear) response.cookies.set(sessionCookie, '', sessionCookieOptions(secure, 0));
  response.headers.set('cache-control', 'no-store');
  return response;
}

export const config = {
  // Everything but the API, the auth route handlers, Next internals and files with an extension.
  matcher: ['/((?!api|auth|staff-audit-export|staff-registry-errors|staff-data-catalog|_next|_vercel|.*\\..*).*)'],
};
