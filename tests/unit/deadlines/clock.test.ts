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
import { calendarWith, seedCalendar as published, yearWithoutCalendar } from '../../support/calendars.js';

/** A Shanghai wall-clock time on a date. */
const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;

const clock = (acceptedAt: string, limitDays: number, pauses: ClockPause[] = []): DeadlineClock =>
  deadlineClock.parse({ acceptedAt, limitDays, pauses });

/** Monday 2026-11-02, 10 working days: due Monday 2026-11-16 without pauses. */
const accepted = at('2026-11-02');

describe('due date', () => {
  it('is the limit in working days after the day of acceptance', () => {
    expect(dueDate(published, clock(accepted, 10), at('2026-11-02'))).toEqual({ date: '2026-11-16', covered: true });
    // Same Shanghai day, any hour: same due date.
    expect(dueDate(published, clock(at('2026-11-02', '00:00'), 10), at('2026-11-02')).date).toBe('2026-11-16');
    expect(dueDate(published, clock(at('2026-11-02', '23:59'), 10), at('2026-11-02')).date).toBe('2026-11-16');
  });

  it('counts from the Shanghai date of acceptance, not the UTC one', () => {
    // Accepted 01:00 on Saturday 2026-02-14 in Shanghai (a make-up working day, but the day of
    // acceptance never counts): 1 working day is 2026-02-24, after the Spring Festival.
    expect(dueDate(published, clock('2026-02-13T17:00:00Z', 1), '2026-02-13T17:00:00Z').date).toBe('2026-02-24');
    expect(dueDate(published, clock('2026-02-13T15:00:00Z', 1), '2026-02-13T15:00:00Z').date).toBe('2026-02-14');
  });

  it('runs through the Spring Festival as the calendar does', () => {
    const c = clock(at('2026-02-10'), 20);
    expect(dueDate(published, c, at('2026-02-10')).date).toBe('2026-03-16');
    // Waiting for the citizen over days that are off anyway costs nothing.
    const overHoliday = clock(at('2026-02-10'), 20, [{ from: at('2026-02-16'), to: at('2026-02-20') }]);
    expect(dueDate(published, overHoliday, at('2026-03-01')).date).toBe('2026-03-16');
  });

  it('adds back the working days the case spent with the citizen, both ends included', () => {
    // Wednesday 15:00 to Monday 10:00: Wed, Thu, Fri and Mon are off the clock.
    const c = clock(accepted, 10, [{ from: at('2026-11-04', '15:00'), to: at('2026-11-09', '10:00') }]);
    expect(dueDate(published, c, at('2026-11-10')).date).toBe('2026-11-20');
    expect(dueDate(published, c, at('2026-11-10')).date).toBe(addWorkingDays(published, '2026-11-16', 4).date);
  });

  it('takes off one whole working day for a pause within one day', () => {
    const sameDay = clock(accepted, 10, [{ from: at('2026-11-04', '10:00'), to: at('2026-11-04', '16:00') }]);
    expect(dueDate(published, sameDay, at('2026-11-05')).date).toBe('2026-11-17');
    // Overnight: both days touched.
    const overnight = clock(accepted, 10, [{ from: at('2026-11-04', '17:00'), to: at('2026-11-05', '09:00') }]);
    expect(dueDate(published, overnight, at('2026-11-05')).date).toBe('2026-11-18');
    // On a Saturday, or on the day of acceptance (which does not count anyway): nothing.
    const saturday = clock(accepted, 10, [{ from: at('2026-11-07', '10:00'), to: at('2026-11-07', '16:00') }]);
    expect(dueDate(published, saturday, at('2026-11-09')).date).toBe('2026-11-16');
    const acceptanceDay = clock(accepted, 10, [{ from: at('2026-11-02', '11:00'), to: at('2026-11-02', '15:00') }]);
    expect(dueDate(published, acceptanceDay, at('2026-11-03')).date).toBe('2026-11-16');
  });

  it('counts overlapping pauses once', () => {
    const c = clock(accepted, 10, [
      { from: at('2026-11-04'), to: at('2026-11-05') },
      { from: at('2026-11-05', '10:00'), to: at('2026-11-06') },
    ]);
    expect(dueDate(published, c, at('2026-11-09')).date).toBe('2026-11-19');
  });

  it('takes an open pause to last through today', () => {
    const c = clock(accepted, 10, [{ from: at('2026-11-04', '10:00') }]);
    // Wed–Fri paused so far: if the materials come back today, Friday, three days are added.
    expect(dueDate(published, c, at('2026-11-06', '12:00')).date).toBe('2026-11-19');
    // By Tuesday the 10th, five.
    expect(dueDate(published, c, at('2026-11-10', '12:00')).date).toBe('2026-11-23');
  });

  it('is not moved by a pause after it', () => {
    const c = clock(accepted, 3, [{ from: at('2026-11-09', '10:00') }]);
    expect(dueDate(published, c, at('2026-11-09', '12:00')).date).toBe('2026-11-05');
  });

  it('is the day of acceptance for a 即办件, or the day the materials come back', () => {
    expect(dueDate(published, clock(at('2026-11-27', '10:00'), 0), at('2026-11-27', '10:00'))).toEqual({
      date: '2026-11-27',
      covered: true,
    });
    const sentBack = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-27', '11:00'), to: at('2026-11-30') }]);
    expect(dueDate(published, sentBack, at('2026-11-30', '12:00')).date).toBe('2026-11-30');
    const chained = clock(at('2026-11-27', '10:00'), 0, [
      { from: at('2026-11-27', '11:00'), to: at('2026-11-30') },
      { from: at('2026-11-30', '10:00'), to: at('2026-12-02') },
    ]);
    expect(dueDate(published, chained, at('2026-12-02', '12:00')).date).toBe('2026-12-02');
    const waiting = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-27', '11:00') }]);
    expect(dueDate(published, waiting, at('2026-11-29', '12:00')).date).toBe('2026-11-29');
    const later = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-30', '11:00') }]);
    expect(dueDate(published, later, at('2026-11-30', '12:00')).date).toBe('2026-11-27');
  });

  it('says when it is provisional because it reaches into a year without a published calendar', () => {
    expect(published.years.has(yearWithoutCalendar)).toBe(false);
    expect(dueDate(published, clock(at('2026-12-01'), 30), at('2026-12-01'))).toEqual({
      date: '2027-01-12',
      covered: false,
    });
    expect(dueDate(published, clock(at('2026-12-01'), 20), at('2026-12-01'))).toEqual({
      date: '2026-12-29',
      covered: true,
    });
    // Once 2027 is published with New Year's Day off, the same case is due a working day later, for sure.
    const with2027 = calendarWith({ year: 2027, holidays: ['2027-01-01'] });
    expect(dueDate(with2027, clock(at('2026-12-01'), 30), at('2026-12-01'))).toEqual({
      date: '2027-01-13',
      covered: true,
    });
  });
});

describe('used days, fraction and warning level', () => {
  /** Monday 2026-11-23, 5 working days: due Monday 2026-11-30. */
  const five = clock(at('2026-11-23', '10:00'), 5);
  const status = (c: DeadlineClock, now: string) => [
    usedWorkingDays(published, c, now).days,
    fractionUsed(published, c, now),
    warningLevel(published, c, now),
  ];

  it('counts the working days already over, from green through yellow on the due date to red after it', () => {
    expect(dueDate(published, five, at('2026-11-23')).date).toBe('2026-11-30');
    expect(status(five, at('2026-11-23', '15:00'))).toEqual([0, 0, 'green']);
    expect(status(five, at('2026-11-24', '17:00'))).toEqual([0, 0, 'green']);
    expect(status(five, at('2026-11-27', '10:00'))).toEqual([3, 0.6, 'green']);
    expect(status(five, at('2026-11-28', '10:00'))).toEqual([4, 0.8, 'yellow']);
    expect(status(five, at('2026-11-30', '23:59'))).toEqual([4, 0.8, 'yellow']);
    expect(status(five, at('2026-12-01', '00:00'))).toEqual([5, 1, 'red']);
    expect(status(five, at('2026-12-08', '10:00'))).toEqual([10, 2, 'red']);
  });

  it('turns red at midnight in Shanghai, not in UTC', () => {
    expect(warningLevel(published, five, '2026-11-30T15:59:59Z')).toBe('yellow');
    expect(warningLevel(published, five, '2026-11-30T16:00:00Z')).toBe('red');
  });

  it('is zero before acceptance', () => {
    expect(status(five, at('2026-11-20'))).toEqual([0, 0, 'green']);
  });

  it('turns yellow at 80 % exactly', () => {
    // 20 days: yellow once 16 are used, i.e. on the 17th working day.
    const twenty = clock(at('2026-11-02'), 20);
    expect(usedWorkingDays(published, twenty, at('2026-11-24')).days).toBe(15);
    expect(warningLevel(published, twenty, at('2026-11-24'))).toBe('green');
    expect(usedWorkingDays(published, twenty, at('2026-11-25')).days).toBe(16);
    expect(warningLevel(published, twenty, at('2026-11-25'))).toBe('yellow');
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
    expect(warningLevel(published, c, at('2026-12-31'))).toBe('paused');
    expect(usedWorkingDays(published, c, at('2026-12-31')).days).toBe(1);
  });

  it('stays red while paused once the limit was missed', () => {
    const c = clock(accepted, 3, [{ from: at('2026-11-09', '10:00') }]);
    // Due Thursday 11-05; on Monday 11-09 Tue–Fri are used: 4 of 3.
    expect(warningLevel(published, c, at('2026-11-09', '12:00'))).toBe('red');
    expect(fractionUsed(published, c, at('2026-11-09', '12:00'))).toBe(4 / 3);
  });

  it('keeps a 即办件 green on its day and red from the next', () => {
    const c = clock(at('2026-11-27', '10:00'), 0);
    expect(status(c, at('2026-11-27', '23:59'))).toEqual([0, 0, 'green']);
    expect(status(c, at('2026-11-28', '00:00'))).toEqual([0, 1, 'red']);
    const sentBack = clock(at('2026-11-27', '10:00'), 0, [{ from: at('2026-11-27', '11:00'), to: at('2026-11-30') }]);
    expect(warningLevel(published, sentBack, at('2026-11-28'))).toBe('paused');
    expect(warningLevel(published, sentBack, at('2026-11-30', '12:00'))).toBe('green');
    expect(warningLevel(published, sentBack, at('2026-12-01'))).toBe('red');
  });

  it('says when the count rests on a year without a published calendar', () => {
    expect(usedWorkingDays(published, clock(at('2026-12-21'), 20), at('2027-01-05')).covered).toBe(false);
    expect(usedWorkingDays(published, clock(at('2026-12-21'), 20), at('2026-12-31')).covered).toBe(true);
  });

  it('rejects a time that is not an instant with an offset', () => {
    for (const now of ['2026-11-27', '2026-11-27T10:00:00', 'now']) {
      expect(() => warningLevel(published, five, now), now).toThrow(RangeError);
      expect(() => dueDate(published, five, now), now).toThrow(RangeError);
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
        expect(dueDate(published, c, iso(acceptedMs + nowH * hour))).toEqual(
          addWorkingDays(published, c.acceptedAt, limitDays),
        );
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
        expect(dueDate(published, fewer, now).date >= addWorkingDays(published, fewer.acceptedAt, limitDays).date).toBe(
          true,
        );
        expect(dueDate(published, extra, now).date >= dueDate(published, fewer, now).date).toBe(true);
      }),
    );
  });

  it('has a monotone warning level over time while not paused', () => {
    fc.assert(
      fc.property(acceptance, limit, pauseSpecs, later, later, (acceptedMs, limitDays, specs, h1, h2) => {
        const c = build(acceptedMs, limitDays, specs);
        fc.pre(c !== undefined);
        const [early, late] = [Math.min(h1, h2), Math.max(h1, h2)].map((h) =>
          warningLevel(published, c, iso(acceptedMs + h * hour)),
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
        expect(usedWorkingDays(published, c, t1).days).toBeLessThanOrEqual(usedWorkingDays(published, c, t2).days);
        const overdue = shanghaiDate(t2) > dueDate(published, c, t2).date;
        expect(warningLevel(published, c, t2) === 'red').toBe(overdue);
        expect(fractionUsed(published, c, t2) >= 1).toBe(overdue);
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
        const due = dueDate(published, c, c.acceptedAt).date;
        const dayAfter = iso(Date.parse(`${due}T00:00:00+08:00`) + 24 * hour);
        expect(usedWorkingDays(published, c, dayAfter).days).toBe(limitDays);
        expect(usedWorkingDays(published, c, at(due, '23:59')).days).toBe(limitDays - 1);
      }),
    );
  });
});
