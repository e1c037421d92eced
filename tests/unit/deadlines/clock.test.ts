import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../../functions/src/deadlines/civil-date.js';
import {
  dueDate,
  fractionUsed,
  usedWorkingDays,
  warningLevel,
  type WarningLevel,
} from '../../../functions/src/deadlines/clock.js';
import { deadlineClock, type ClockPause, type DeadlineClock } from '../../../functions/src/deadlines/model.js';
import { addWorkingDays } from '../../../functions/src/deadlines/working-days.js';

/** A Shanghai wall-clock time on a date. */
const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;

const clock = (acceptedAt: string, limitDays: number, pauses: ClockPause[] = []): DeadlineClock =>
  deadlineClock.parse({ acceptedAt, limitDays, pauses });

/** Monday 2026-11-02, 10 working days: due Monday 2026-11-16 without pauses. */
const accepted = at('2026-11-02');

describe('due date', () => {
  it('is the limit in working days after the day of acceptance', () => {
    expect(dueDate(clock(accepted, 10), at('2026-11-02'))).toEqual({ date: '2026-11-16', covered: true });
    // Same Shanghai day, any hour: same due date.
    expect(dueDate(clock(at('2026-11-02', '00:00'), 10), at('2026-11-02')).date).toBe('2026-11-16');
    expect(dueDate(clock(at('2026-11-02', '23:59'), 10), at('2026-11-02')).date).toBe('2026-11-16');
  });

  it('counts from the Shanghai date of acceptance, not the UTC one', () => {
    // Accepted 01:00 on Saturday 2026-02-14 in Shanghai (a make-up working day, but the day of
    // acceptance never counts): 1 working day is 2026-02-24, after the Spring Festival.
    expect(dueDate(clock('2026-02-13T17:00:00Z', 1), '2026-02-13T17:00:00Z').date).toBe('2026-02-24');
    expect(dueDate(clock('2026-02-13T15:00:00Z', 1), '2026-02-13T15:00:00Z').date).toBe('2026-02-14');
  });

  it('runs through the Spring Festival as the calendar does', () => {
    const c = clock(at('2026-02-10'), 20);
    expect(dueDate(c, at('2026-02-10')).date).toBe('2026-03-16');
    // Waiting for the citizen over days that are off anyway costs nothing.
    const overHoliday = clock(at('2026-02-10'), 20, [{ from: at('2026-02-16'), to: at('2026-02-20') }]);
    expect(dueDate(overHoliday, at('2026-03-01')).date).toBe('2026-03-16');
  });

  it('adds back the working days the case spent with the citizen, both ends included', () => {
    // Wednesday 15:00 to Monday 10:00: Wed, Thu, Fri and Mon are off the clock.
    const c = clock(accepted, 10, [{ from: at('2026-11-04', '15:00'), to: at('2026-11-09', '10:00') }]);
    expect(dueDate(c, at('2026-11-10')).date).toBe('2026-11-20');
    expect(dueDate(c, at('2026-11-10')).date).toBe(addWorkingDays('2026-11-16', 4).date);
  });

  it('takes off one whole working day for a pause within one day', () => {
    const sameDay = clock(accepted, 10, [{ from: at('2026-11-04', '10:00'), to: at('2026-11-04', '16:00') }]);
    expect(dueDate(sameDay, at('2026-11-05')).date).toBe('2026-11-17');
    // Overnight: both days touched.
    const overnight = clock(accepted, 10, [{ from: at('2026-11-04', '17:00'), to: at('2026-11-05', '09:00') }]);
    expect(dueDate(overnight, at('2026-11-05')).date).toBe('2026-11-18');
    // On a Saturday, or on the day of acceptance (which does not count anyway): nothing.
    const saturday = clock(accepted, 10, [{ from: at('2026-11-07', '10:00'), to: at('2026-11-07', '16:00') }]);
    expect(dueDate(saturday, at('2026-11-09')).date).toBe('2026-11-16');
    const acceptanceDay = clock(accepted, 10, [{ from: at('2026-11-02', '11:00'), to: at('2026-11-02', '15:00') }]);
    expect(dueDate(acceptanceDay, at('2026-11-03')).date).toBe('2026-11-16');
  });

  it('counts overlapping pauses once', () => {
    const c = clock(accepted, 10, [
      { from: at('2026-11-04'), to: at('2026-11-05') },
      { from: at('2026-11-05', '10:00'), to: at('2026-11-06') },
    ]);
    expect(dueDate(c, at('2026-11-09')).date).toBe('2026-11-19');
  });

  it('takes an open pause to last through today', () => {
    const c = clock(accepted, 10, [{ from: at('2026-11-04', '10:00') }]);
    // Wed–Fri paused so far: if the materials come back today, Friday, three days are added.
    expect(dueDate(c, at('2026-11-06', '12:00')).date).toBe('2026-11-19');
    // By Tuesday the 10th, five.
    expect(dueDate(c, at('2026-11-10', '12:00')).date).toBe('2026-11-23');
  });

  it('is not moved by a pause after it', () => {
    const c = clock(accepted, 3, [{ from: at('2026-11-09', '10:00') }]);
    expect(dueDate(c, at('2026-11-09', '12:00')).date).toBe('2026-11-05');
  });

  it('is the day of acceptance for a 即办件, or the day the materials come back', () => {
    expect(dueDate(clock(at('2026-11-27', '10:00'), 0), at('2026-11-27', '10:00'))).toEqual({
      date: '2026-11-27',
      covered: true,
    });
    const sentBack = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-27', '11:00'), to: at('2026-11-30') }]);
    expect(dueDate(sentBack, at('2026-11-30', '12:00')).date).toBe('2026-11-30');
    const chained = clock(at('2026-11-27', '10:00'), 0, [
      { from: at('2026-11-27', '11:00'), to: at('2026-11-30') },
      { from: at('2026-11-30', '10:00'), to: at('2026-12-02') },
    ]);
    expect(dueDate(chained, at('2026-12-02', '12:00')).date).toBe('2026-12-02');
    const waiting = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-27', '11:00') }]);
    expect(dueDate(waiting, at('2026-11-29', '12:00')).date).toBe('2026-11-29');
    const later = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-30', '11:00') }]);
    expect(dueDate(later, at('2026-11-30', '12:00')).date).toBe('2026-11-27');
  });

  it('says when it is provisional because it reaches into a year without official data', () => {
    expect(dueDate(clock(at('2026-12-01'), 30), at('2026-12-01'))).toEqual({ date: '2027-01-12', covered: false });
    expect(dueDate(clock(at('2026-12-01'), 20), at('2026-12-01'))).toEqual({ date: '2026-12-29', covered: true });
  });
});

describe('used days, fraction and warning level', () => {
  /** Monday 2026-11-23, 5 working days: due Monday 2026-11-30. */
  const five = clock(at('2026-11-23', '10:00'), 5);
  const status = (c: DeadlineClock, now: string) => [
    usedWorkingDays(c, now).days,
    fractionUsed(c, now),
    warningLevel(c, now),
  ];

  it('counts the working days already over, from green through yellow on the due date to red after it', () => {
    expect(dueDate(five, at('2026-11-23')).date).toBe('2026-11-30');
    expect(status(five, at('2026-11-23', '15:00'))).toEqual([0, 0, 'green']);
    expect(status(five, at('2026-11-24', '17:00'))).toEqual([0, 0, 'green']);
    expect(status(five, at('2026-11-27', '10:00'))).toEqual([3, 0.6, 'green']);
    expect(status(five, at('2026-11-28', '10:00'))).toEqual([4, 0.8, 'yellow']);
    expect(status(five, at('2026-11-30', '23:59'))).toEqual([4, 0.8, 'yellow']);
    expect(status(five, at('2026-12-01', '00:00'))).toEqual([5, 1, 'red']);
    expect(status(five, at('2026-12-08', '10:00'))).toEqual([10, 2, 'red']);
  });

  it('turns red at midnight in Shanghai, not in UTC', () => {
    expect(warningLevel(five, '2026-11-30T15:59:59Z')).toBe('yellow');
    expect(warningLevel(five, '2026-11-30T16:00:00Z')).toBe('red');
  });

  it('is zero before acceptance', () => {
    expect(status(five, at('2026-11-20'))).toEqual([0, 0, 'green']);
  });

  it('turns yellow at 80 % exactly', () => {
    // 20 days: yellow once 16 are used, i.e. on the 17th working day.
    const twenty = clock(at('2026-11-02'), 20);
    expect(usedWorkingDays(twenty, at('2026-11-24')).days).toBe(15);
    expect(warningLevel(twenty, at('2026-11-24'))).toBe('green');
    expect(usedWorkingDays(twenty, at('2026-11-25')).days).toBe(16);
    expect(warningLevel(twenty, at('2026-11-25'))).toBe('yellow');
  });

  it('shows paused while the case waits for the citizen, and does not count those days', () => {
    const c = clock(accepted, 10, [{ from: at('2026-11-04', '15:00'), to: at('2026-11-09', '10:00') }]);
    expect(status(c, at('2026-11-04', '14:59'))).toEqual([1, 0.1, 'green']);
    expect(status(c, at('2026-11-04', '15:00'))).toEqual([1, 0.1, 'paused']);
    expect(status(c, at('2026-11-09', '09:59'))).toEqual([1, 0.1, 'paused']);
    expect(status(c, at('2026-11-09', '10:00'))).toEqual([1, 0.1, 'green']);
    expect(status(c, at('2026-11-10', '10:00'))).toEqual([1, 0.1, 'green']);
    expect(status(c, at('2026-11-11', '10:00'))).toEqual([2, 0.2, 'green']);
    expect(status(c, at('2026-11-21', '10:00'))).toEqual([10, 1, 'red']);
  });

  it('shows paused for an open pause, however long', () => {
    const c = clock(accepted, 10, [{ from: at('2026-11-04', '10:00') }]);
    expect(warningLevel(c, at('2026-12-31'))).toBe('paused');
    expect(usedWorkingDays(c, at('2026-12-31')).days).toBe(1);
  });

  it('stays red while paused once the limit was missed', () => {
    const c = clock(accepted, 3, [{ from: at('2026-11-09', '10:00') }]);
    // Due Thursday 11-05; on Monday 11-09 Tue–Fri are used: 4 of 3.
    expect(warningLevel(c, at('2026-11-09', '12:00'))).toBe('red');
    expect(fractionUsed(c, at('2026-11-09', '12:00'))).toBe(4 / 3);
  });

  it('keeps a 即办件 green on its day and red from the next', () => {
    const c = clock(at('2026-11-27', '10:00'), 0);
    expect(status(c, at('2026-11-27', '23:59'))).toEqual([0, 0, 'green']);
    expect(status(c, at('2026-11-28', '00:00'))).toEqual([0, 1, 'red']);
    const sentBack = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-27', '11:00'), to: at('2026-11-30') }]);
    expect(warningLevel(sentBack, at('2026-11-28'))).toBe('paused');
    expect(warningLevel(sentBack, at('2026-11-30', '12:00'))).toBe('green');
    expect(warningLevel(sentBack, at('2026-12-01'))).toBe('red');
  });

  it('says when the count is provisional', () => {
    expect(usedWorkingDays(clock(at('2026-12-21'), 20), at('2027-01-05')).covered).toBe(false);
    expect(usedWorkingDays(clock(at('2026-12-21'), 20), at('2026-12-31')).covered).toBe(true);
  });

  it('rejects a time that is not an instant with an offset', () => {
    for (const now of ['2026-11-27', '2026-11-27T10:00:00', 'now']) {
      expect(() => warningLevel(five, now), now).toThrow(RangeError);
      expect(() => dueDate(five, now), now).toThrow(RangeError);
    }
  });
});

describe('clock properties', () => {
  const hour = 3_600_000;
  const base = Date.parse('2024-01-01T00:00:00+08:00');
  const iso = (ms: number) => new Date(ms).toISOString();
  const acceptance = fc.integer({ min: 0, max: 2 * 365 * 24 }).map((h) => base + h * hour + 17 * 60_000);
  const limit = fc.integer({ min: 0, max: 30 });
  /** Pauses as [start, length] in hours after acceptance; a null length is an open pause. */
  const pauseSpecs = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 60 * 24 }), fc.option(fc.integer({ min: 0, max: 10 * 24 }), { freq: 4 })),
    { maxLength: 3 },
  );
  const later = fc.integer({ min: -2 * 24, max: 120 * 24 });

  /** The clock of these specs, or undefined when the schema rejects it (two open pauses, say). */
  function build(acceptedMs: number, limitDays: number, specs: Array<[number, number | null]>) {
    const pauses = specs.map(([start, length]) => {
      const from = iso(acceptedMs + start * hour);
      return length === null ? { from } : { from, to: iso(acceptedMs + (start + length) * hour) };
    });
    const parsed = deadlineClock.safeParse({ acceptedAt: iso(acceptedMs), limitDays, pauses });
    return parsed.success ? parsed.data : undefined;
  }

  const rank: Record<Exclude<WarningLevel, 'paused'>, number> = { green: 0, yellow: 1, red: 2 };

  it('with no pauses, is due when addWorkingDays says', () => {
    fc.assert(
      fc.property(acceptance, limit, later, (acceptedMs, limitDays, nowH) => {
        const c = build(acceptedMs, limitDays, [])!;
        expect(dueDate(c, iso(acceptedMs + nowH * hour))).toEqual(addWorkingDays(c.acceptedAt, limitDays));
      }),
    );
  });

  it('never gets an earlier due date from a pause', () => {
    fc.assert(
      fc.property(acceptance, limit, pauseSpecs, pauseSpecs, later, (acceptedMs, limitDays, some, more, nowH) => {
        const now = iso(acceptedMs + nowH * hour);
        const fewer = build(acceptedMs, limitDays, some);
        const extra = build(acceptedMs, limitDays, [...some, ...more]);
        fc.pre(fewer !== undefined && extra !== undefined);
        expect(dueDate(fewer, now).date >= addWorkingDays(fewer.acceptedAt, limitDays).date).toBe(true);
        expect(dueDate(extra, now).date >= dueDate(fewer, now).date).toBe(true);
      }),
    );
  });

  it('has a monotone warning level over time while not paused', () => {
    fc.assert(
      fc.property(acceptance, limit, pauseSpecs, later, later, (acceptedMs, limitDays, specs, h1, h2) => {
        const c = build(acceptedMs, limitDays, specs);
        fc.pre(c !== undefined);
        const [early, late] = [Math.min(h1, h2), Math.max(h1, h2)].map((h) =>
          warningLevel(c, iso(acceptedMs + h * hour)),
        );
        fc.pre(early !== 'paused' && late !== 'paused');
        expect(rank[early as keyof typeof rank]).toBeLessThanOrEqual(rank[late as keyof typeof rank]);
      }),
    );
  });

  it('uses days monotonically, and is red exactly when the due date is over', () => {
    fc.assert(
      fc.property(acceptance, limit, pauseSpecs, later, later, (acceptedMs, limitDays, specs, h1, h2) => {
        const c = build(acceptedMs, limitDays, specs);
        fc.pre(c !== undefined);
        const [t1, t2] = [Math.min(h1, h2), Math.max(h1, h2)].map((h) => iso(acceptedMs + h * hour)) as [
          string,
          string,
        ];
        expect(usedWorkingDays(c, t1).days).toBeLessThanOrEqual(usedWorkingDays(c, t2).days);
        const overdue = shanghaiDate(t2) > dueDate(c, t2).date;
        expect(warningLevel(c, t2) === 'red').toBe(overdue);
        expect(fractionUsed(c, t2) >= 1).toBe(overdue);
      }),
    );
  });

  it('with closed pauses, has used exactly the limit when its due date is over', () => {
    fc.assert(
      fc.property(acceptance, fc.integer({ min: 1, max: 30 }), pauseSpecs, (acceptedMs, limitDays, specs) => {
        const c = build(
          acceptedMs,
          limitDays,
          specs.map(([start, length]) => [start, length ?? 0]),
        );
        fc.pre(c !== undefined);
        const due = dueDate(c, c.acceptedAt).date;
        const dayAfter = iso(Date.parse(`${due}T00:00:00+08:00`) + 24 * hour);
        expect(usedWorkingDays(c, dayAfter).days).toBe(limitDays);
        expect(usedWorkingDays(c, at(due, '23:59')).days).toBe(limitDays - 1);
      }),
    );
  });
});
