/**
 * How much API traffic the platform takes at once before it refuses more (503 / 429 at once) rather than
 * letting requests queue for seconds. The one source for the local gateway's admission control
 * (infra/local/admission.ts) and, on AWS, for the API functions' reserved concurrency and the HTTP API
 * stage's throttling (infra/lib). Per-client limits are separate: rate-limits.ts.
 */
export interface ApiCapacity {
  /**
   * Requests the local gateway runs at once (all route groups share its one process); on AWS each API
   * function reserves its own group's share instead (functions/src/route-group-capacity.ts).
   */
  readonly concurrency: number;
  /** Requests that may wait for a free slot (local gateway); beyond, 503 at once. */
  readonly queue: number;
  /** Longest wait for a slot before 503 (local gateway). */
  readonly maxWaitMs: number;
  /** Seconds a refused client is asked to wait (Retry-After). */
  readonly retryAfterSeconds: number;
  /** HTTP API stage throttling on AWS: steady requests per second and the burst above it. */
  readonly stageRateLimit: number;
  readonly stageBurstLimit: number;
}

export const apiCapacity: ApiCapacity = {
  // Tuned with `npm run bench:overload` (docs/benchmarks.md): on 2 shared cores a request's own time
  // grows with every request run beside it, so few at once and a short wait keep served requests under 2 s.
  concurrency: 8,
  queue: 16,
  maxWaitMs: 600,
  retryAfterSeconds: 1,
  stageRateLimit: 500,
  stageBurstLimit: 1_000,
};
