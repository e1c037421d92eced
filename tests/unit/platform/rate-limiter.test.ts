import { describe, expect, it } from 'vitest';
import { rateLimits, signedInRequestCeiling } from '../../../functions/src/platform/rate-limits.js';
import { budgetsFor, RateLimiter } from '../../../infra/local/rate-limiter.js';

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

describe('budgetsFor (issue 10 item 3: per token subject, else per viewer address)', () => {
  it('counts an anonymous caller by viewer address', () => {
    expect(budgetsFor('write', '198.51.100.7')).toEqual([
      { client: '198.51.100.7', name: 'write', limit: rateLimits.write },
    ]);
  });

  it('counts a signed-in caller by subject, under a higher ceiling for its address', () => {
    expect(budgetsFor('read', '198.51.100.7', 'alice')).toEqual([
      { client: 'sub:alice', name: 'read', limit: rateLimits.read },
      { client: '198.51.100.7', name: 'readCeiling', limit: signedInRequestCeiling.read },
    ]);
    expect(signedInRequestCeiling.write.requests).toBeGreaterThan(rateLimits.write.requests);
  });

  it('lets a second user behind the same address work on when the first has spent their budget', () => {
    const limiter = new RateLimiter(() => 1_000_000);
    const spend = (subject: string) =>
      Math.max(...budgetsFor('write', '203.0.113.1', subject).map((b) => limiter.check(b.client, b.name, b.limit)));
    for (let i = 0; i < rateLimits.write.requests; i++) expect(spend('alice')).toBe(0);
    expect(spend('alice')).toBeGreaterThan(0);
    expect(spend('bob')).toBe(0);
  });
});
