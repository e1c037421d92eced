import { isIP } from 'node:net';

/**
 * The header the edge puts the viewer's address in: CloudFront's `CloudFront-Viewer-Address` (`ip:port`;
 * IPv6 unbracketed). The edge overwrites whatever a client sent (infra/local/edge.ts; on AWS the API
 * behaviour's viewer-request function, web-stack.ts), so the API can trust it.
 */
export const viewerAddressHeader = 'cloudfront-viewer-address';

/** `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) → `1.2.3.4`. */
function plain(ip: string): string {
  return ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

/** The address of a `CloudFront-Viewer-Address` value (`ip:port`, or a bare ip), or undefined when malformed. */
export function parseViewerAddress(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const colon = text.lastIndexOf(':');
  const withoutPort = colon > 0 && /^\d{1,5}$/.test(text.slice(colon + 1)) ? text.slice(0, colon) : undefined;
  if (withoutPort && isIP(withoutPort)) return plain(withoutPort);
  return isIP(text) ? plain(text) : undefined;
}

/**
 * The one answer to "who is the viewer" for audit records and rate logic: the edge's viewer address,
 * else the connection's source address (API Gateway's `sourceIp`, the local gateway's socket).
 */
export function viewerAddress(
  headers: Readonly<Record<string, string | undefined>> | undefined,
  sourceIp: string | undefined,
): string {
  return parseViewerAddress(headers?.[viewerAddressHeader]) ?? (sourceIp ? plain(sourceIp) : 'unknown');
}
