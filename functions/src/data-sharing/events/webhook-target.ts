import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a subscription's webhook may point (server-side request forgery guard): an https URL on a public address,
 * unless its host is one the operator allowed (config WEBHOOK_ALLOWED_HOSTS, e.g. a consumer next to the local
 * cloud). Checked twice: when the subscription is made (the URL's own host: an IP literal or a localhost name) and
 * by the forwarder before each delivery, after resolving the name once, so a public name pointing at a private
 * address (or re-pointed there later) is refused too, and the delivery connects to the address checked
 * (`pinDeliverable`), so a name answering a public address to the check and a private one to the connection
 * (DNS rebinding) cannot steer it inside.
 */

const ranges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, the cloud metadata service (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  ranges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local, with the metadata service over IPv6 (fd00:ec2::254)
  ['fe80::', 10], // link-local
] as const)
  ranges.addSubnet(net, prefix, 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
const mappedV4 = (address: string) => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];

/** True when the address is in a private, loopback, link-local or metadata range. */
export function isPrivateAddress(address: string): boolean {
  const v4 = mappedV4(address);
  if (v4) return ranges.check(v4, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return ranges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The URL's host as the allow-list spells hosts: lower case, an IPv6 literal without its brackets. */
const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

const isLocalName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/**
 * Why the webhook URL may not be subscribed (undefined when it may): not https, or a private/loopback address or
 * localhost name, on a host the operator did not allow.
 */
export function webhookUrlProblem(webhook: string, allowedHosts: readonly string[]): string | undefined {
  const url = new URL(webhook);
  const host = hostOf(url);
  if (allowedHosts.includes(host)) return undefined;
  if (url.protocol !== 'https:') return 'must be an https URL (plain http only on a host the operator allowed)';
  if (isLocalName(host) || isPrivateAddress(host))
    return 'must not point at a private, loopback, link-local or metadata address';
  return undefined;
}

export type Resolver = (host: string) => Promise<readonly string[]>;

const resolveAll: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * A webhook with the one address the forwarder checked and connects to (DNS rebinding guard): the name is resolved
 * once, every address it resolves to is checked, and the connection goes to the first of them — never to what a
 * second resolution might answer. TLS still verifies the certificate of, and the Host header still names, the URL's
 * host (webhook.ts connects by `lookup`, not by rewriting the URL).
 */
export interface PinnedWebhook {
  readonly url: string;
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * The forwarder's check before a delivery: the URL's rule, then every address its host resolves to, resolved once.
 * A host the operator allowed is resolved but not judged; an IP literal is its own address.
 */
export async function pinDeliverable(
  webhook: string,
  allowedHosts: readonly string[],
  resolve: Resolver = resolveAll,
): Promise<PinnedWebhook> {
  const problem = webhookUrlProblem(webhook, allowedHosts);
  if (problem) throw new WebhookTargetRefused(problem);
  const host = hostOf(new URL(webhook));
  const literal = isIP(host);
  if (literal !== 0) return { url: webhook, address: host, family: literal as 4 | 6 };
  const addresses = await resolve(host);
  if (!allowedHosts.includes(host)) {
    const inside = addresses.find(isPrivateAddress);
    if (inside) throw new WebhookTargetRefused(`${host} resolves to ${inside}, a private address`);
  }
  const address = addresses.find((a) => isIP(a) !== 0);
  if (!address) throw new Error(`webhook host ${host} did not resolve to an address`);
  return { url: webhook, address, family: isIP(address) as 4 | 6 };
}

/** A webhook the forwarder will not post to: not retried, since it stays refused. */
export class WebhookTargetRefused extends Error {
  constructor(reason: string) {
    super(`webhook refused: ${reason}`);
    this.name = 'WebhookTargetRefused';
  }
}
