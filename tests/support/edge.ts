import { inject } from 'vitest';
import { originVerifyHeader } from '../../functions/src/platform/edge-trust.js';
import { signViewerAssertion, viewerAssertionHeader } from '../../functions/src/platform/viewer-assertion.js';

/**
 * For tests that call the local API gateway directly, not through the edge: the headers the edge adds
 * (X-Origin-Verify, as CloudFront's custom origin header does). Without them the API answers 403 EDGE_REQUIRED.
 */
export function edgeHeaders(): Record<string, string> {
  const secret = inject('cloud').env.ORIGIN_SECRET;
  if (!secret) throw new Error('the test cloud has no ORIGIN_SECRET (TEST_TARGET=localstack: set it)');
  return { [originVerifyHeader]: secret };
}

/** The local API gateway's origin (behind the edge), for tests of what the edge adds. */
export function gatewayOrigin(): string {
  const origin = inject('cloud').apiOrigin;
  if (!origin) throw new Error('the test cloud exposes no gateway origin');
  return origin;
}

/** The viewer header the portal's server sends on behalf of a viewer at `address` (web/lib/viewer.ts). */
export function portalViewerHeaders(
  address: string,
  secret = inject('cloud').env.VIEWER_SIGNING_SECRET,
): Record<string, string> {
  if (!secret) throw new Error('the test cloud has no VIEWER_SIGNING_SECRET');
  return { [viewerAssertionHeader]: signViewerAssertion(secret, address) };
}
