import { headers } from 'next/headers';
import { parseViewerAddress, viewerAddressHeader } from '../../functions/src/platform/viewer-address';
import { signViewerAssertion, viewerAssertionHeader } from '../../functions/src/platform/viewer-assertion';
import { config } from './config';

/**
 * The header that tells the API who is viewing this page or running this action (issue 10 items 3 and 8).
 * The portal's server calls the API from its own address; without this every citizen would share that
 * address's rate budget and audit records would name the portal. The address is the one the edge gave this
 * request (`CloudFront-Viewer-Address`, overwritten by the edge), signed with VIEWER_SIGNING_SECRET so that
 * nobody but the portal can state it (functions/src/platform/edge-trust.ts verifies it).
 */
export async function viewerHeaders(): Promise<Record<string, string>> {
  let incoming: Headers;
  try {
    incoming = await headers();
  } catch {
    // Outside a request (prerendering at build time): there is no viewer to speak for.
    return {};
  }
  const address = parseViewerAddress(incoming.get(viewerAddressHeader) ?? undefined);
  if (!address) return {};
  return { [viewerAssertionHeader]: signViewerAssertion(config().viewerSigningSecret, address) };
}
