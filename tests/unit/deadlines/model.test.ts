import { describe, expect, it } from 'vitest';
import { deadlineClock, maxLimitDays } from '../../../functions/src/deadlines/model.js';

const accepted = '2026-11-02T09:00:00+08:00';

describe('deadlineClock', () => {
  it('parses a clock and defaults to no pauses', () => {
    expect(deadlineClock.parse({ acceptedAt: accepted, limitDays: 20 })).toEqual({
      acceptedAt: accepted,
      limitDays: 20,
      pauses: [],
    });
    const paused = {
      acceptedAt: '2026-11-02T01:00:00Z',
      limitDays: 0,
      pauses: [
        { from: '2026-11-03T10:00:00+08:00', to: '2026-11-04T10:00:00+08:00' },
        { from: '2026-11-05T10:00:00+08:00' },
      ],
    };
    expect(deadlineClock.parse(paused)).toEqual(paused);
  });

  it('takes a limit from 0 to a year of working days, in whole days', () => {
    for (const limitDays of [0, 1, maxLimitDays]) {
      expect(deadlineClock.safeParse({ acceptedAt: accepted, limitDays }).success, String(limitDays)).toBe(true);
    }
    for (const limitDays of [-1, 1.5, maxLimitDays + 1, '20']) {
      expect(deadlineClock.safeParse({ acceptedAt: accepted, limitDays }).success, String(limitDays)).toBe(false);
    }
  });

  it('takes only instants that name their offset', () => {
    for (const acceptedAt of ['2026-11-02T09:00:00', '2026-11-02', 'yesterday']) {
      expect(deadlineClock.safeParse({ acceptedAt, limitDays: 5 }).success, acceptedAt).toBe(false);
    }
  });

  it('rejects a pause that ends before it starts or starts before acceptance', () => {
    const backwards = { from: '2026-11-04T10:00:00+08:00', to: '2026-11-04T09:59:59+08:00' };
    expect(deadlineClock.safeParse({ acceptedAt: accepted, limitDays: 5, pauses: [backwards] }).success).toBe(false);
    const early = { from: '2026-11-02T08:59:59+08:00', to: '2026-11-03T10:00:00+08:00' };
    expect(deadlineClock.safeParse({ acceptedAt: accepted, limitDays: 5, pauses: [early] }).success).toBe(false);
    const instant = { from: '2026-11-04T10:00:00+08:00', to: '2026-11-04T10:00:00+08:00' };
    expect(deadlineClock.safeParse({ acceptedAt: accepted, limitDays: 5, pauses: [instant] }).success).toBe(true);
  });

  it('allows one open pause, the latest', () => {
    const closed = { from: '2026-11-03T10:00:00+08:00', to: '2026-11-04T10:00:00+08:00' };
    const open = { from: '2026-11-05T10:00:00+08:00' };
    const later = { from: '2026-11-06T10:00:00+08:00', to: '2026-11-07T10:00:00+08:00' };
    const parse = (pauses: object[]) => deadlineClock.safeParse({ acceptedAt: accepted, limitDays: 5, pauses }).success;
    expect(parse([closed, open])).toBe(true);
    expect(parse([open, closed])).toBe(true);
    expect(parse([open, { from: '2026-11-06T10:00:00+08:00' }])).toBe(false);
    expect(parse([open, later])).toBe(false);
  });
});
