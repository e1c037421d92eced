import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { systemClock } from '../platform/clock.js';

/**
 * The portal's signed statement of who its viewer is (issue 10 items 3 and 8). The portal's server calls the
 * API from its own few addresses, so the edge's `CloudFront-Viewer-Address` names the portal, not the person.
 * The portal therefore signs the viewer's address (the one its own edge gave it) with VIEWER_SIGNING_SECRET;
 * the API honours the address only when the signature verifies and is fresh. Anything else is ignored.
 *
 * Format: `v1;<unix seconds>;<address>;<base64url HMAC-SHA256 of "v1;<unix seconds>;<address>">`.
 */
export const viewerAssertionHeader = 'x-viewer-assertion';

/**
 * The time in an assertion is the start of its 5-minute slot, so one viewer's assertion stays the same text
 * through a WAF rate window: the WAF counts requests per assertion (infra/lib/waf-viewer-rules.ts). It is
 * honoured until the end of the next slot; a time ahead of our clock by more than a minute is refused.
 */
export const assertionSlotSeconds = 300;
const maxAgeSeconds = 2 * assertionSlotSeconds;
const maxSkewSeconds = 60;

const mac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

/**
 * Signs `address` at `atMs`. Freshness is a transport concern, like a JWT's `exp`: both sides read the
 * system clock, not the platform's settable one (tests move that one by months).
 */
export function signViewerAssertion(secret: string, address: string, atMs = systemClock.nowMs()): string {
  const slot = Math.floor(atMs / 1000 / assertionSlotSeconds) * assertionSlotSeconds;
  const text = `v1;${slot};${address}`;
  return `${text};${mac(secret, text)}`;
}

/** The asserted address when `value` is well formed, signed with `secret` and fresh; otherwise undefined. */
export function verifyViewerAssertion(
  secret: string | undefined,
  value: string | undefined,
  atMs = systemClock.nowMs(),
): string | undefined {
  if (!secret || !value || value.length > 200) return undefined;
  const parts = value.split(';');
  if (parts.length !== 4 || parts[0] !== 'v1') return undefined;
  const [version, seconds, address, signature] = parts as [string, string, string, string];
  if (!/^\d{1,12}$/.test(seconds) || isIP(address) === 0) return undefined;
  const age = atMs / 1000 - Number(seconds);
  if (age > maxAgeSeconds || age < -maxSkewSeconds) return undefined;
  const expected = Buffer.from(mac(secret, `${version};${seconds};${address}`));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? address : undefined;
}
