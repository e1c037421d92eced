import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../functions/src/deadlines/calendar.js';
import { addWorkingDays, workingDaysBetween } from '../../../functions/src/deadlines/working-days.js';
import { officialPeriods } from './official-holidays.js';
import { calendarWith, seedCalendar as published, yearWithoutCalendar } from '../../support/calendars.js';

/** A date from 2024-01-01 to 2026-11-30, where every answer rests on official data. */
const coveredDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-11-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const previousDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Up to about a quarter of working days: limits of this size keep every result inside 2024–2026. */
const count = fc.integer({ min: 0, max: 20 });

describe('addWorkingDays', () => {
  it('does not count the day of acceptance and ends on the n-th working day after it', () => {
    // Monday 2026-11-23 + 5: Tuesday to Friday are 4, the next Monday is the 5th.
    expect(addWorkingDays(published, '2026-11-23', 1)).toEqual({ date: '2026-11-24', covered: true });
    expect(addWorkingDays(published, '2026-11-23', 5)).toEqual({ date: '2026-11-30', covered: true });
    // Accepted on a Friday, 1 day: due Monday.
    expect(addWorkingDays(published, '2026-11-27', 1).date).toBe('2026-11-30');
    // Accepted on a Saturday, 1 day: the first working day after it.
    expect(addWorkingDays(published, '2026-11-28', 1).date).toBe('2026-11-30');
  });

  it('gives the same day for 0 days (即办件), even on a non-working day', () => {
    expect(addWorkingDays(published, '2026-11-27', 0)).toEqual({ date: '2026-11-27', covered: true });
    expect(addWorkingDays(published, '2026-10-01', 0).date).toBe('2026-10-01');
  });

  it('reads an instant as its Shanghai date', () => {
    // 2026-02-13T17:00Z is Saturday 2026-02-14 in Shanghai (a make-up working day): the next
    // working day after it is 2026-02-24, past the Spring Festival. In UTC it would be 02-14.
    expect(addWorkingDays(published, '2026-02-13T17:00:00Z', 1).date).toBe('2026-02-24');
    expect(addWorkingDays(published, '2026-02-13T15:59:59Z', 1).date).toBe('2026-02-14');
  });

  describe('across each official holiday', () => {
    for (const period of officialPeriods) {
      it(`${period.name}: the day after ${period.lastBefore} is ${period.firstAfter}`, () => {
        expect(addWorkingDays(published, period.lastBefore, 1)).toEqual({ date: period.firstAfter, covered: true });
        expect(workingDaysBetween(published, period.lastBefore, period.firstAfter)).toEqual({ days: 1, covered: true });
      });
    }

    for (const period of officialPeriods.filter((p) => p.makeUp.length > 0)) {
      it(`${period.name}: counts the make-up days ${period.makeUp.join(', ')}`, () => {
        for (const date of period.makeUp) {
          // The working day just before a make-up weekend day is followed by that day itself.
          let before = previousDay(date);
          while (!isWorkingDay(published, before)) before = previousDay(before);
          expect(addWorkingDays(published, before, 1).date, date).toBe(date);
        }
      });
    }
  });

  it('counts whole periods as the notices give them', () => {
    // Spring Festival 2024: Friday 02-09 + 1 is Sunday 02-18 (make-up), + 2 is Monday 02-19.
    expect(addWorkingDays(published, '2024-02-09', 2).date).toBe('2024-02-19');
    // Sunday 2024-02-04 is worked: from Friday 02-02, it is the first working day.
    expect(addWorkingDays(published, '2024-02-02', 1).date).toBe('2024-02-04');
    // National Day 2024: from Friday 09-27, Sunday 09-29 and Monday 09-30 are the 1st and 2nd, then 10-08.
    expect(addWorkingDays(published, '2024-09-27', 3).date).toBe('2024-10-08');
    // Labour Day 2025: from Friday 04-25, Sunday 04-27 (make-up) is the 1st; 04-28..04-30 the 2nd–4th; 05-06 the 5th.
    expect(addWorkingDays(published, '2025-04-25', 5).date).toBe('2025-05-06');
    // Spring Festival 2025: 01-26 (Sunday, worked) and 01-27 then 02-05; Saturday 02-08 is worked.
    expect(addWorkingDays(published, '2025-01-24', 3).date).toBe('2025-02-05');
    expect(addWorkingDays(published, '2025-02-07', 1).date).toBe('2025-02-08');
    // Spring Festival 2026: Saturday 02-14 and Saturday 02-28 are worked, 02-15..02-23 are not.
    expect(addWorkingDays(published, '2026-02-13', 1).date).toBe('2026-02-14');
    expect(addWorkingDays(published, '2026-02-13', 2).date).toBe('2026-02-24');
    expect(addWorkingDays(published, '2026-02-27', 1).date).toBe('2026-02-28');
    // A 20-working-day limit accepted on 2026-02-10 runs through the whole festival.
    expect(addWorkingDays(published, '2026-02-10', 20).date).toBe('2026-03-16');
    // National Day 2026: Sunday 09-20 and Saturday 10-10 are worked.
    expect(addWorkingDays(published, '2026-09-18', 1).date).toBe('2026-09-20');
    expect(addWorkingDays(published, '2026-09-29', 2).date).toBe('2026-10-08');
    expect(addWorkingDays(published, '2026-10-09', 1).date).toBe('2026-10-10');
  });

  it('flags a result that reaches into a year without a published calendar, and counts it once published', () => {
    // The calendar passed in has no 2027 (the seed's years end in 2026): from Friday 2026-12-25, 5 working
    // days are 12-28..12-31 and 2027-01-01 — New Year's Day, which that calendar cannot know: provisional.
    expect(published.years.has(yearWithoutCalendar)).toBe(false);
    expect(addWorkingDays(published, '2026-12-25', 4)).toEqual({ date: '2026-12-31', covered: true });
    expect(addWorkingDays(published, '2026-12-25', 5)).toEqual({ date: '2027-01-01', covered: false });
    expect(addWorkingDays(published, '2026-11-27', 30)).toEqual({ date: '2027-01-08', covered: false });
    const with2027 = calendarWith({ year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'] });
    expect(addWorkingDays(with2027, '2026-12-25', 5)).toEqual({ date: '2027-01-04', covered: true });
  });

  it('rejects a count that is negative or not an integer', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays(published, '2026-11-27', n), String(n)).toThrow(RangeError);
    }
  });

  it('ends on a working day after the start for n ≥ 1', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 20 }), (start, n) => {
        const { date } = addWorkingDays(published, start, n);
        expect(isWorkingDay(published, date)).toBe(true);
        expect(date > start).toBe(true);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(coveredDate, count, (start, n) => {
        expect(addWorkingDays(published, start, n + 1).date > addWorkingDays(published, start, n).date).toBe(true);
      }),
    );
  });

  it('is undone by workingDaysBetween', () => {
    fc.assert(
      fc.property(coveredDate, count, (start, n) => {
        expect(workingDaysBetween(published, start, addWorkingDays(published, start, n).date)).toEqual({
          days: n,
          covered: true,
        });
      }),
    );
  });

  it('adds m then n as m + n from a working day', () => {
    fc.assert(
      fc.property(
        coveredDate.filter((d) => isWorkingDay(published, d)),
        count,
        count,
        (start, m, n) => {
          expect(addWorkingDays(published, addWorkingDays(published, start, m).date, n)).toEqual(
            addWorkingDays(published, start, m + n),
          );
        },
      ),
    );
  });

  it('adds m then n as m + n from any day once m ≥ 1', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 20 }), count, (start, m, n) => {
        expect(addWorkingDays(published, addWorkingDays(published, start, m).date, n)).toEqual(
          addWorkingDays(published, start, m + n),
        );
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    // Monday to Friday of one week: Tuesday–Friday.
    expect(workingDaysBetween(published, '2026-11-23', '2026-11-27')).toEqual({ days: 4, covered: true });
    expect(workingDaysBetween(published, '2026-11-23', '2026-11-23')).toEqual({ days: 0, covered: true });
    // National Day 2026: 09-30 .. 10-10 holds 10-08, 10-09 and Saturday 10-10.
    expect(workingDaysBetween(published, '2026-09-30', '2026-10-10')).toEqual({ days: 3, covered: true });
  });

  it('is negative when the second date is earlier', () => {
    expect(workingDaysBetween(published, '2026-11-27', '2026-11-23')).toEqual({ days: -4, covered: true });
    expect(Object.is(workingDaysBetween(published, '2026-11-28', '2026-11-29').days, 0)).toBe(true);
    expect(Object.is(workingDaysBetween(published, '2026-11-29', '2026-11-28').days, 0)).toBe(true);
  });

  it('flags a count over a year without a published calendar', () => {
    expect(workingDaysBetween(published, '2026-12-30', '2027-01-04')).toEqual({ days: 3, covered: false });
  });

  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, coveredDate, (a, b, c) => {
        expect(workingDaysBetween(published, b, a).days).toBe(0 - workingDaysBetween(published, a, b).days);
        expect(workingDaysBetween(published, a, b).days + workingDaysBetween(published, b, c).days).toBe(
          workingDaysBetween(published, a, c).days,
        );
      }),
    );
  });
});
