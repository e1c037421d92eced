import { describe, expect, it } from 'vitest';
import { calendarDraftInput, type CalendarSchedule } from '../../../functions/src/calendar/model.js';
import { scheduleDates, scheduleProblems } from '../../../functions/src/calendar/schedule.js';
import { seedSchedules } from '../../../functions/src/calendar/seed/index.js';

const newYear = { zh: '元旦', en: "New Year's Day" };
const spring = { zh: '春节', en: 'Spring Festival' };
const schedule2027 = (over: Partial<CalendarSchedule> = {}): CalendarSchedule => ({
  notice: { number: '国办发明电〔2026〕7号', date: '2026-11-04' },
  holidays: [
    { name: newYear, from: '2027-01-01', to: '2027-01-03' },
    { name: spring, from: '2027-02-06', to: '2027-02-13' },
  ],
  makeUpWorkdays: [{ date: '2027-02-14', name: spring }],
  ...over,
});
const today = '2026-12-05';
const fields = (s: CalendarSchedule, on = today) => scheduleProblems(2027, s, on).map((p) => p.field);

describe('a year schedule', () => {
  it('accepts a consistent schedule and expands its periods into dates', () => {
    expect(scheduleProblems(2027, schedule2027(), today)).toEqual([]);
    const dates = scheduleDates(schedule2027());
    expect(dates.holidays).toHaveLength(11);
    expect(dates.holidays[0]).toBe('2027-01-01');
    expect(dates.makeUpWorkdays).toEqual(['2027-02-14']);
  });

  it('names a date not in that year by its path', () => {
    const s = schedule2027({ holidays: [{ name: newYear, from: '2026-12-31', to: '2027-01-01' }] });
    expect(fields(s)).toEqual(['holidays.0.from']);
    expect(fields(schedule2027({ makeUpWorkdays: [{ date: '2028-01-01', name: newYear }] }))).toEqual([
      'makeUpWorkdays.0.date',
    ]);
  });

  it('refuses a day that is both a holiday and a working day, a weekday make-up day and a repeat', () => {
    const both = scheduleProblems(
      2027,
      schedule2027({ makeUpWorkdays: [{ date: '2027-01-02', name: newYear }] }),
      today,
    );
    expect(both).toMatchObject([{ field: 'makeUpWorkdays.0.date', message: expect.stringContaining('both') }]);
    expect(both[0]!.messageZh).toContain('既是假日又是调休上班日');
    // 2027-02-15 is a Monday.
    expect(fields(schedule2027({ makeUpWorkdays: [{ date: '2027-02-15', name: spring }] }))).toEqual([
      'makeUpWorkdays.0.date',
    ]);
    const twice = [
      { date: '2027-02-14', name: spring },
      { date: '2027-02-14', name: spring },
    ];
    expect(fields(schedule2027({ makeUpWorkdays: twice }))).toEqual(['makeUpWorkdays.1.date']);
  });

  it('refuses periods that run backwards or overlap', () => {
    const backwards = schedule2027({ holidays: [{ name: spring, from: '2027-02-13', to: '2027-02-06' }] });
    expect(fields(backwards)).toEqual(['holidays.0.to']);
    const overlap = schedule2027({
      holidays: [
        { name: spring, from: '2027-02-06', to: '2027-02-13' },
        { name: newYear, from: '2027-02-13', to: '2027-02-14' },
      ],
      makeUpWorkdays: [],
    });
    expect(fields(overlap)).toEqual(['holidays.1.from']);
  });

  it('refuses a notice dated outside the year before and the year, or after today', () => {
    expect(fields(schedule2027({ notice: { number: 'x', date: '2025-11-04' } }))).toEqual(['notice.date']);
    expect(fields(schedule2027({ notice: { number: 'x', date: '2026-12-24' } }))).toEqual(['notice.date']);
    expect(fields(schedule2027({ notice: { number: 'x', date: '2026-12-24' } }), '2026-12-24')).toEqual([]);
  });

  it('refuses a notice date that is not a calendar date in the input shape', () => {
    const input = { ...schedule2027(), revision: 0, reason: 'notice', notice: { number: 'x', date: '2026-02-30' } };
    const parsed = calendarDraftInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['notice.date']);
  });
});

describe('the seed', () => {
  it('has 2004–2026 from the package, each year meeting every rule', () => {
    const seeds = seedSchedules();
    expect([...seeds.keys()]).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    for (const [year, schedule] of seeds) expect(scheduleProblems(year, schedule, today), String(year)).toEqual([]);
  });

  it('groups consecutive days of a holiday into one named period', () => {
    const spring2026 = seedSchedules()
      .get(2026)!
      .holidays.find((h) => h.name.zh === '春节');
    expect(spring2026).toEqual({ name: spring, from: '2026-02-15', to: '2026-02-23' });
  });
});
