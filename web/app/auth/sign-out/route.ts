import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookie } from '@/lib/auth-cookies';
import { config } from '@/lib/config';

export const dynamic = 'force-dynamic';

/** Ends the session (POST only, from our own pages) and signs out at the identity provider too. */
export function POST(request: NextRequest): NextResponse {
  const { auth, publicOrigin, secureCookies } = config();
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== publicOrigin) {
    return new NextResponse(null, { status: 403 });
  }
  const logout = new URL(auth.logoutUrl);
  logout.searchParams.set('client_id', auth.clientId);
  logout.searchParams.set('logout_uri', `${publicOrigin}/`);
  const response = NextResponse.redirect(logout, 303);
  response.headers.set('cache-control', 'no-store');
  response.cookies.set(sessionCookie, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies,
    path: '/',
    maxAge: 0,
  });
  return response;
}
