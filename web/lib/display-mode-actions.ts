'use server';

import { cookies } from 'next/headers';
import { config } from './config';
import { displayModeCookie } from './display-mode';

/** Turns the elder-friendly display mode on or off for a year; setting the cookie re-renders the page. */
export async function setDisplayMode(formData: FormData): Promise<void> {
  const elder = formData.get('mode') === 'elder';
  (await cookies()).set(displayModeCookie, elder ? 'elder' : 'standard', {
    path: '/',
    sameSite: 'lax',
    secure: config().secureCookies,
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
  });
}
