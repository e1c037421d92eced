'use server';

import { cookies } from 'next/headers';

/**
 * The end of a kiosk visit, on the server's side: deletes every cookie the browser sent (the session is
 * signed out through /auth/sign-out first; this takes the language, display and any other cookie of the last
 * visitor with it, httpOnly ones included, which the page's script cannot reach).
 */
export async function forgetKioskVisitor(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) jar.delete(cookie.name);
}
