import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { sessionCookie } from './lib/auth-cookies';
import { config as webConfig } from './lib/config';

const intl = createIntlMiddleware(routing);

// Areas that need a signed-in user. The pages check roles; here we only send signed-out visitors to sign in.
const signedInAreas = ['/staff', '/apply', '/my'];

function withoutLocale(pathname: string): string {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}`) return '/';
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname;
}

/** Locale routing (next-intl) plus the sign-in guard. */
export function proxy(request: NextRequest): NextResponse {
  const path = withoutLocale(request.nextUrl.pathname);
  const needsSignIn = signedInAreas.some((area) => path === area || path.startsWith(`${area}/`));
  if (needsSignIn && !request.cookies.has(sessionCookie)) {
    const signIn = new URL('/auth/sign-in', webConfig().publicOrigin);
    signIn.searchParams.set('returnTo', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn, 307);
  }
  return intl(request);
}

export const config = {
  // Everything but the API, the auth route handlers, Next internals and files with an extension.
  matcher: ['/((?!api|auth|_next|_vercel|.*\\..*).*)'],
};
