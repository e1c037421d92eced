import { rateLimits, signedInRequestCeiling, type RateLimit } from '../../functions/src/platform/rate-limits.js';
import type { RateClass } from '../../functions/src/platform/route-table.js';

/** One budget a request spends: whose, of which class, with which limit. */
export interface Budget {
  readonly client: string;
  readonly name: string;
  readonly limit: RateLimit;
}

/**
 * The budgets one API request spends, as the WAF counts them (infra/lib/waf-rules.ts, waf-viewer-rules.ts):
 * a signed-in caller's own budget by token subject, plus the ceiling of its address for all signed-in
 * callers together (a shared NAT); anyone else the budget of their viewer address. `subjectScale` multiplies
 * the caller's own budget only (a shared test cloud whose thousands of fixture writes come from a few demo users).
 */
export function budgetsFor(rateClass: RateClass, viewer: string, subject?: string, subjectScale = 1): Budget[] {
  if (!subject || rateClass === 'signIn') return [{ client: viewer, name: rateClass, limit: rateLimits[rateClass] }];
  const own = rateLimits[rateClass];
  return [
    {
      client: `sub:${subject}`,
      name: rateClass,
      limit: subjectScale === 1 ? own : { ...own, requests: Math.round(own.requests * subjectScale) },
    },
    { client: viewer, name: `${rateClass}Ceiling`, limit: signedInRequestCeiling[rateClass] },
  ];
}

/**
 * A sliding-window counter per client and class, the local stand-in for WAF's rate-based rules.
 * Memory is bounded: empty windows are dropped on each check.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a request; returns seconds to wait when over the limit, or 0 when allowed. */
  check(client: string, name: string, limit: RateLimit): number {
    const key = `${name}:${client}`;
    const now = this.now();
    const since = now - limit.windowSeconds * 1000;
    const hits = (this.#hits.get(key) ?? []).filter((t) => t > since);
    if (hits.length >= limit.requests) {
      this.#hits.set(key, hits);
      return Math.max(1, Math.ceil(((hits[0] as number) + limit.windowSeconds * 1000 - now) / 1000));
    }
    hits.push(now);
    this.#hits.set(key, hits);
    if (this.#hits.size > 10_000) this.#prune(since);
    return 0;
  }

  #prune(since: number): void {
    for (const [key, hits] of this.#hits) if (!hits.some((t) => t > since)) this.#hits.delete(key);
  }
}
