import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineTimer, MAX_TIMER_MS, clampedMs, scaledMs } from '../../../infra/local/stepfunctions/timers.js';

afterEach(() => vi.useRealTimers());

describe('engine timers', () => {
  it('scales definition seconds and clamps what Node cannot wait for', () => {
    expect(scaledMs(432_000, 1e-6)).toBe(432);
    expect(clampedMs(99_999_999, 1)).toBe(MAX_TIMER_MS);
  });

  it('waits past Node’s 24.8-day timer limit instead of firing at once', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    new DeadlineTimer(Date.now() + 30 * 86_400_000, fired);
    vi.advanceTimersByTime(MAX_TIMER_MS + 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * 86_400_000 - MAX_TIMER_MS);
    expect(fired).toHaveBeenCalledOnce();
  });
});
