/**
 * Admission control of the local gateway: at most `concurrency` requests run at once, at most `queue` more
 * wait for a slot, and none waits longer than `maxWaitMs`. Past that the request is refused at once (the
 * gateway answers 503 with Retry-After) instead of waiting 10–20 s behind everyone else. On AWS the same
 * role falls to the API functions' reserved concurrency and the HTTP API stage's throttling.
 */
export interface AdmissionLimits {
  readonly concurrency: number;
  readonly queue: number;
  readonly maxWaitMs: number;
}

/** Why a request was refused: the queue was full, or it waited too long for a slot. */
export type Refusal = 'queue-full' | 'waited-too-long';

export type Admission = { readonly admitted: true; release(): void } | { readonly admitted: false; reason: Refusal };

interface Waiter {
  admit(): void;
  timer: NodeJS.Timeout;
}

export class AdmissionControl {
  #running = 0;
  readonly #waiting: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits) {
    if (limits.concurrency < 1 || limits.queue < 0 || limits.maxWaitMs < 0) {
      throw new RangeError('admission limits: concurrency ≥ 1, queue ≥ 0, maxWaitMs ≥ 0');
    }
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves when the request may run (call `release` when it is done) or is refused. */
  enter(): Promise<Admission> {
    if (this.#running < this.limits.concurrency) {
      this.#running += 1;
      return Promise.resolve(this.#ticket());
    }
    if (this.#waiting.length >= this.limits.queue) return Promise.resolve({ admitted: false, reason: 'queue-full' });
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => resolve(this.#ticket()),
        timer: setTimeout(() => {
          const at = this.#waiting.indexOf(waiter);
          if (at >= 0) this.#waiting.splice(at, 1);
          resolve({ admitted: false, reason: 'waited-too-long' });
        }, this.limits.maxWaitMs),
      };
      this.#waiting.push(waiter);
    });
  }

  #ticket(): Admission {
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        const next = this.#waiting.shift();
        if (next) {
          // The slot passes straight to the oldest waiter: the count of running requests stays the same.
          clearTimeout(next.timer);
          next.admit();
        } else {
          this.#running -= 1;
        }
      },
    };
  }
}
