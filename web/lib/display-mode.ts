import { cookies, headers } from 'next/headers';
import { kioskAreaHeader } from './kiosk/area';

export const displayModeCookie = 'yx_display';
export type DisplayMode = 'standard' | 'elder';

/**
 * The visitor's display mode: always elder-friendly on the kiosk (/kiosk), elsewhere from its cookie (standard
 * unless they chose elder-friendly).
 */
export async function readDisplayMode(): Promise<DisplayMode> {
  if ((await headers()).get(kioskAreaHeader) === '1') return 'elder';
  return (await cookies()).get(displayModeCookie)?.value === 'elder' ? 'elder' : 'standard';
}
