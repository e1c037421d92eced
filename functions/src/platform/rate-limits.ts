import type { RateClass } from './route-table.js';

/**
 * Request-rate limits per client: per token subject for a signed-in caller, else per viewer address. The one source for the WAF rate-based rules (infra/lib) and the
 * local gateway (infra/local/rate-limiter.ts), so both clouds refuse the same traffic (429).
 * WAF evaluates rate rules over windows of 60, 120, 300 or 600 seconds.
 */
export interface RateLimit {
  readonly requests: number;
  readonly windowSeconds: 60 | 120 | 300 | 600;
  readonly description: string;
}

export const rateLimits: Readonly<Record<RateClass, RateLimit>> = {
  signIn: { requests: 20, windowSeconds: 300, description: 'sign-in attempts per IP' },
  write: {
    requests: 600,
    windowSeconds: 300,
    description: 'API writes (POST, PUT, PATCH, DELETE) per signed-in caller, else per IP',
  },
  read: { requests: 6000, windowSeconds: 300, description: 'API reads per signed-in caller, else per IP' },
};

/**
 * Page loads and server actions of the portal per viewer address, at the edge (the WAF on AWS, the local
 * edge in infra/local/edge.ts). Static assets (`/_next/static/`) and the API (limited above) do not count.
 */
export const portalPageLimit: RateLimit = {
  requests: 3000,
  windowSeconds: 300,
  description: 'portal page loads and server actions per viewer address',
};

/**
 * The API requests one sending address may make with a portal viewer assertion (the portal servers'
 * egress). The WAF cannot check the assertion's signature (the API does), so a client that makes up
 * assertions to spread its requests over many "viewers" still meets this ceiling.
 */
export const assertedRequestCeiling: RateLimit = {
  requests: 200_000,
  windowSeconds: 300,
  description: 'API requests carrying a viewer assertion per sending address',
};

/**
 * The API requests one address may make for all its signed-in callers together: many people behind one
 * NAT each have their own budget above, up to ten of them at full rate. On AWS the WAF counts signed-in
 * calls per access token (it cannot read the subject inside; a refreshed token starts afresh, at most
 * hourly) under this ceiling per address — so a made-up token buys at most this, never more; locally the
 * gateway counts per verified subject under the same ceiling.
 */
export const signedInRequestCeiling: Readonly<Record<'write' | 'read', RateLimit>> = {
  write: { requests: 6_000, windowSeconds: 300, description: 'API writes with an access token per sending address' },
  read: { requests: 60_000, windowSeconds: 300, description: 'API reads with an access token per sending address' },
};
