import chineseDays from 'chinese-days';
import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarDay,
  coveredYears,
  isCoveredYear,
  isWorkingDay,
  missingCalendarYears,
  mondayToFridayCalendar,
} from '../../../functions/src/deadlines/calendar.js';
import { dateRange, officialPeriods, weekday } from './official-holidays.js';
import { calendarWith, seedCalendar as published, yearWithoutCalendar } from '../../support/calendars.js';

describe('covered years', () => {
  it('are the years with a published calendar: the seed publishes 2004–2026 (chinese-days 1.5.7)', () => {
    expect(coveredYears(published)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(isCoveredYear(published, 2026)).toBe(true);
    expect(isCoveredYear(published, yearWithoutCalendar)).toBe(false);
    expect(isCoveredYear(published, 2003)).toBe(false);
    expect(coveredYears(mondayToFridayCalendar)).toEqual([]);
  });

  it('answers plain Monday–Friday with covered: false in a year without a published calendar, guessing no holiday', () => {
    // 2027-01-01 is New Year's Day but a Friday: without a published calendar it stays a working day.
    expect(calendarDay(published, '2027-01-01')).toEqual({ date: '2027-01-01', working: true, covered: false });
    expect(calendarDay(published, '2027-01-02')).toEqual({ date: '2027-01-02', working: false, covered: false });
    expect(calendarDay(published, '2027-10-01')).toEqual({ date: '2027-10-01', working: true, covered: false });
    expect(calendarDay(published, '2026-12-31')).toEqual({ date: '2026-12-31', working: true, covered: true });
    expect(calendarDay(mondayToFridayCalendar, '2026-10-01')).toEqual({
      date: '2026-10-01',
      working: true,
      covered: false,
    });
  });

  it('counts a year with the holidays and make-up days of its published calendar once it is passed in', () => {
    const with2027 = calendarWith({ year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: ['2027-01-02'] });
    expect(calendarDay(with2027, '2027-01-01')).toEqual({ date: '2027-01-01', working: false, covered: true });
    expect(calendarDay(with2027, '2027-01-02')).toEqual({ date: '2027-01-02', working: true, covered: true });
    expect(calendarDay(with2027, '2027-01-03')).toEqual({ date: '2027-01-03', working: false, covered: true });
  });
});

describe('missing calendar years', () => {
  it('expects this year always and next year from 1 November (China date)', () => {
    expect(missingCalendarYears(published, '2026-10-31')).toEqual([]);
    expect(missingCalendarYears(published, '2026-11-01')).toEqual([2027]);
    expect(missingCalendarYears(published, '2027-03-01')).toEqual([2027]);
    expect(missingCalendarYears(calendarWith({ year: 2027, holidays: ['2027-01-01'] }), '2026-12-31')).toEqual([]);
    expect(missingCalendarYears(mondayToFridayCalendar, '2026-11-01')).toEqual([2026, 2027]);
  });
});

describe('official holiday arrangements', () => {
  for (const period of officialPeriods) {
    describe(period.name, () => {
      it('has its days off as non-working days', () => {
        for (const date of period.off)
          expect(calendarDay(published, date), date).toMatchObject({ working: false, covered: true });
      });

      it('counts its make-up weekend days (调休) as working days', () => {
        for (const date of period.makeUp) {
          expect([0, 6], `${date} is a weekend day`).toContain(weekday(date));
          expect(isWorkingDay(published, date), date).toBe(true);
        }
      });

      it('is bounded by the last working day before and the first after', () => {
        expect(isWorkingDay(published, period.lastBefore)).toBe(true);
        expect(isWorkingDay(published, period.firstAfter)).toBe(true);
        const gap = dateRange(period.lastBefore, period.firstAfter).slice(1, -1);
        for (const date of gap) expect(isWorkingDay(published, date), date).toBe(false);
      });
    });
  }

  it('has no other exceptions to Monday–Friday in 2024–2026', () => {
    const off = new Set(officialPeriods.flatMap((p) => p.off));
    const makeUp = new Set(officialPeriods.flatMap((p) => p.makeUp));
    for (const date of dateRange('2024-01-01', '2026-12-31')) {
      const plain = weekday(date) >= 1 && weekday(date) <= 5;
      expect(isWorkingDay(published, date), date).toBe(makeUp.has(date) || (plain && !off.has(date)));
    }
  });
});

describe('dates in Shanghai', () => {
  it('reads an instant as its Shanghai date', () => {
    // 17:00Z on Friday 13 February is 01:00 on Saturday 14 February in Shanghai, a make-up working day.
    expect(calendarDay(published, '2026-02-13T17:00:00Z')).toEqual({
      date: '2026-02-14',
      working: true,
      covered: true,
    });
    expect(calendarDay(published, '2026-02-14T15:59:59Z').date).toBe('2026-02-14');
    expect(calendarDay(published, '2026-02-14T16:00:00Z')).toEqual({
      date: '2026-02-15',
      working: false,
      covered: true,
    });
    expect(calendarDay(published, '2026-02-15T07:59:59+08:00').date).toBe('2026-02-15');
    expect(calendarDay(published, '2026-02-14T23:00:00-05:00').date).toBe('2026-02-15');
  });

  it('rejects what is not a date, an impossible date and an instant without an offset', () => {
    for (const input of ['', 'tomorrow', '2026-02-30', '2026-2-3', '2026-02-13T17:00:00', '2026-02-30T10:00:00Z']) {
      expect(() => calendarDay(published, input), input).toThrow(RangeError);
    }
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('gives the same answers in Los Angeles and in Kiritimati', () => {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(calendarDay(published, '2026-02-14'), tz).toEqual({ date: '2026-02-14', working: true, covered: true });
        expect(calendarDay(published, '2026-02-15'), tz).toEqual({ date: '2026-02-15', working: false, covered: true });
        expect(calendarDay(published, '2026-02-13T17:00:00Z').date, tz).toBe('2026-02-14');
      }
    });
  });
});

describe('the seed read from chinese-days', () => {
  it("agrees with the package's own isWorkday on every covered day", () => {
    // Dates at local noon, since the package reads dates in the process time zone.
    const disagreements = dateRange('2004-01-01', '2026-12-31').filter((date) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return isWorkingDay(published, date) !== chineseDays.isWorkday(new Date(y, m - 1, d, 12));
    });
    expect(disagreements).toEqual([]);
  });
});
