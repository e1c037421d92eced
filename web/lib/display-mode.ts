import { cookies } from 'next/headers';

export const displayModeCookie = 'yx_display';
export type DisplayMode = 'standard' | 'elder';

/** The visitor's display mode, from its cookie (standard unless they chose elder-friendly). */
export async function readDisplayMode(): Promise<DisplayMode> {
  return (await cookies()).get(displayModeCookie)?.value === 'elder' ? 'elder' : 'standard';
}
