import type { RateLimit } from '../../functions/src/platform/rate-limits.js';

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
