import { nowMs } from '../../../../functions/src/platform/clock';
import { config } from '../../../lib/config';
import { securityTxt } from '../../../lib/security-txt';

// Computed per request, so Expires always lies ahead of the clock.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response(securityTxt(config().publicOrigin, nowMs()), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
