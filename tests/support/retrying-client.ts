import { api, type ApiResponse } from './api.js';

/**
 * A client that behaves as the portal and a well-made script should under faults and overload: it sends
 * a request again when the answer is a 5xx, a 429 or a 503 (waiting what Retry-After asks, else an
 * exponential back-off with jitter), or when the connection broke. Only requests that are safe to repeat
 * go through it: reads, and writes the API makes idempotent (a case carries its submission token, a
 * decision is resumed by the same decider, a document registration is simply made again — the unused one
 * stays pending and is never attached).
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** First back-off; doubles each try, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 8, baseDelayMs: 100, maxDelayMs: 2_000 };

export interface RetryFigures {
  /** Requests made by callers. */
  requests: number;
  /** Extra tries sent because of a 5xx, 429 or broken connection. */
  retries: number;
  /** Requests that still failed after every try. */
  gaveUp: number;
}

/** The answers the client sends again by default: a 5xx or a 429. */
export const retryable = (response: Pick<ApiResponse, 'status'>) => response.status >= 500 || response.status === 429;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RetryingClient {
  readonly figures: RetryFigures = { requests: 0, retries: 0, gaveUp: 0 };

  constructor(readonly policy: RetryPolicy = defaultRetryPolicy) {}

  /**
   * Like `api()`, with retries; answers the last response (or throws the last connection error). `retryOn`
   * narrows which answers are sent again (a caller that handles one itself, as a person would).
   */
  async call<T = any>(
    method: string,
    path: string,
    options: Parameters<typeof api>[2] = {},
    retryOn: (response: ApiResponse<T>) => boolean = retryable,
  ): Promise<ApiResponse<T>> {
    this.figures.requests++;
    for (let attempt = 1; ; attempt++) {
      let response: ApiResponse<T> | undefined;
      let failure: unknown;
      try {
        response = await api<T>(method, path, options);
        if (!retryOn(response)) return response;
      } catch (error) {
        failure = error;
      }
      if (attempt >= this.policy.attempts) {
        this.figures.gaveUp++;
        if (response) return response;
        throw failure;
      }
      this.figures.retries++;
      await sleep(this.delay(attempt, response?.headers.get('retry-after')));
    }
  }

  /** Retry-After in seconds when the server gave one, else exponential back-off with full jitter. */
  delay(attempt: number, retryAfter: string | null | undefined): number {
    const asked = Number(retryAfter);
    if (retryAfter && Number.isFinite(asked) && asked >= 0) return asked * 1000;
    const cap = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.random() * cap;
  }
}
