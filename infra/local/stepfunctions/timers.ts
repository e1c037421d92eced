/** Timers that may run longer than Node's limit (2^31−1 ms, ~24.8 days), beyond which they fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `fire` at `deadline` (epoch ms), re-arming in steps below Node's timer limit. */
export class DeadlineTimer {
  #handle: NodeJS.Timeout | undefined;

  constructor(
    deadline: number,
    private readonly fire: () => void,
  ) {
    this.#arm(deadline);
  }

  #arm(deadline: number): void {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      this.#handle = setTimeout(this.fire, 0);
      return;
    }
    this.#handle = setTimeout(
      () => (remaining > MAX_TIMER_MS ? this.#arm(deadline) : this.fire()),
      Math.min(remaining, MAX_TIMER_MS),
    );
  }

  clear(): void {
    clearTimeout(this.#handle);
    this.#handle = undefined;
  }
}

/** Milliseconds for `seconds` of definition time, scaled (tests) and kept within Node's timer limit. */
export function scaledMs(seconds: number, timeScale: number): number {
  return Math.max(0, Math.round(seconds * 1000 * timeScale));
}

/** Same as `scaledMs`, clamped for timers that the engine does not re-arm itself. */
export function clampedMs(seconds: number, timeScale: number): number {
  return Math.min(scaledMs(seconds, timeScale), MAX_TIMER_MS);
}
