import type { RateClass } from './route-table.js';

/**
 * Request-rate limits per client IP. The one source for the WAF rate-based rules (infra/lib) and the
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
  write: { requests: 600, windowSeconds: 300, description: 'API writes (POST, PUT, PATCH, DELETE) per IP' },
  read: { requests: 6000, windowSeconds: 300, description: 'API reads per IP' },
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
