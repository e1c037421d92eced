import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookie, sessionCookieOptions } from '@/lib/auth-cookies';
import { config, identityPool } from '@/lib/config';
import { openSession } from '@/lib/session-envelope';

export const dynamic = 'force-dynamic';

/**
 * Ends the session (POST only, from our own pages): clears the cookie and signs out at the identity provider
 * that signed the session too, so its own session cannot sign the user straight back in.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const { publicOrigin, secureCookies, sessionSecret } = config();
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== publicOrigin) {
    return new NextResponse(null, { status: 403 });
  }
  const envelope = await openSession(request.cookies.get(sessionCookie)?.value, sessionSecret);
  const pool = identityPool(envelope?.pool ?? 'citizen');
  const logout = new URL(pool.logoutUrl);
  logout.searchParams.set('client_id', pool.clientId);
  logout.searchParams.set('logout_uri', `${publicOrigin}/`);
  const response = NextResponse.redirect(logout, 303);
  response.headers.set('cache-control', 'no-store');
  response.cookies.set(sessionCookie, '', sessionCookieOptions(secureCookies, 0));
  return response;
}
