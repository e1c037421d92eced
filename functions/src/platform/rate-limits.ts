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
