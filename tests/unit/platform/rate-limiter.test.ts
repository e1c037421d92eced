import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../infra/local/rate-limiter.js';

describe('RateLimiter', () => {
  it('allows up to the limit in a window, then tells how long to wait, then allows again', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(() => now);
    const limit = { requests: 3, windowSeconds: 60, description: 'test' } as const;
    expect([1, 2, 3].map(() => limiter.check('a', 'signIn', limit))).toEqual([0, 0, 0]);
    expect(limiter.check('a', 'signIn', limit)).toBe(60);
    expect(limiter.check('b', 'signIn', limit)).toBe(0);
    now += 30_000;
    expect(limiter.check('a', 'signIn', limit)).toBe(30);
    now += 30_001;
    expect(limiter.check('a', 'signIn', limit)).toBe(0);
  });
});
