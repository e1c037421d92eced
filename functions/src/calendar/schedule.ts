import type { YearDates } from '../deadlines/calendar.js';
import { fromDayNumber, toDayNumber, weekdayOf } from '../deadlines/civil-date.js';
import type { CalendarSchedule, HolidayPeriod, MakeUpWorkday } from './model.js';

/**
 * The rules a year's schedule must meet beyond its shape, as pure functions: every date lies in the year,
 * periods run forwards and do not overlap, a make-up working day is a weekend day that is no holiday, and
 * the notice was issued in the year or the one before and not after today.
 */

/** A rule a schedule breaks, with the path of the offending field and the message in English and Chinese. */
export interface ScheduleProblem {
  readonly field: string;
  readonly message: string;
  readonly messageZh: string;
}

/** The longest holiday period the State Council has given (Spring Festival and National Day: 8–9 days). */
export const maxPeriodDays = 15;

const yearOfDate = (date: string) => Number(date.slice(0, 4));

/** Every date of a period, ascending (empty when it runs backwards). */
export function periodDates(period: Pick<HolidayPeriod, 'from' | 'to'>): string[] {
  const dates: string[] = [];
  for (let day = toDayNumber(period.from); day <= toDayNumber(period.to); day += 1) dates.push(fromDayNumber(day));
  return dates;
}

/** The dates off and the make-up working days of a schedule, ascending and without repeats. */
export function scheduleDates(schedule: Pick<CalendarSchedule, 'holidays' | 'makeUpWorkdays'>): {
  holidays: string[];
  makeUpWorkdays: string[];
} {
  const holidays = new Set(schedule.holidays.flatMap(periodDates));
  const makeUpWorkdays = new Set(schedule.makeUpWorkdays.map((m) => m.date));
  return { holidays: [...holidays].sort(), makeUpWorkdays: [...makeUpWorkdays].sort() };
}

/** What a published year contributes to the working calendar. */
export const yearDates = (year: number, schedule: CalendarSchedule): YearDates => ({
  year,
  ...scheduleDates(schedule),
});

function problem(field: string, message: string, messageZh: string): ScheduleProblem {
  return { field, message, messageZh };
}

function periodProblems(year: number, periods: readonly HolidayPeriod[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const valid: Array<{ index: number; from: number; to: number }> = [];
  periods.forEach((period, index) => {
    const at = `holidays.${index}`;
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (yearOfDate(period[end]) !== year) {
        problems.push(problem(`${at}.${end}`, `${period[end]} is not in ${year}`, `${period[end]} 不在 ${year} 年内`));
        ok = false;
      }
    }
    if (!ok) return;
    const from = toDayNumber(period.from);
    const to = toDayNumber(period.to);
    if (to < from) {
      problems.push(problem(`${at}.to`, 'the period ends before it starts', '结束日期早于开始日期'));
    } else if (to - from + 1 > maxPeriodDays) {
      problems.push(
        problem(`${at}.to`, `a period is at most ${maxPeriodDays} days`, `一个假期最长 ${maxPeriodDays} 天`),
      );
    } else {
      const overlap = valid.find((other) => other.from <= to && from <= other.to);
      if (overlap) {
        problems.push(
          problem(
            `${at}.from`,
            `overlaps holidays.${overlap.index} (${periods[overlap.index]!.name.zh})`,
            `与第 ${overlap.index + 1} 个假期（${periods[overlap.index]!.name.zh}）重叠`,
          ),
        );
      } else {
        valid.push({ index, from, to });
      }
    }
  });
  return problems;
}

function makeUpProblems(year: number, schedule: Pick<CalendarSchedule, 'holidays' | 'makeUpWorkdays'>) {
  const problems: ScheduleProblem[] = [];
  const off = new Set(scheduleDates({ holidays: schedule.holidays, makeUpWorkdays: [] }).holidays);
  const seen = new Map<string, number>();
  schedule.makeUpWorkdays.forEach((day: MakeUpWorkday, index) => {
    const field = `makeUpWorkdays.${index}.date`;
    if (yearOfDate(day.date) !== year) {
      problems.push(problem(field, `${day.date} is not in ${year}`, `${day.date} 不在 ${year} 年内`));
    } else if (off.has(day.date)) {
      problems.push(
        problem(field, `${day.date} is both a holiday and a working day`, `${day.date} 既是假日又是调休上班日`),
      );
    } else if (seen.has(day.date)) {
      problems.push(
        problem(
          field,
          `${day.date} is listed twice (makeUpWorkdays.${seen.get(day.date)})`,
          `${day.date} 重复（第 ${(seen.get(day.date) ?? 0) + 1} 个调休日）`,
        ),
      );
    } else if (![0, 6].includes(weekdayOf(toDayNumber(day.date)))) {
      problems.push(
        problem(
          field,
          `${day.date} is a weekday: a make-up working day is a Saturday or Sunday`,
          `${day.date} 是工作日：调休上班日应为周六或周日`,
        ),
      );
    }
    if (!seen.has(day.date)) seen.set(day.date, index);
  });
  return problems;
}

/**
 * The problems of a year's schedule (empty when it may be saved). `today` is China's date from the clock:
 * a notice cannot be dated after it.
 */
export function scheduleProblems(year: number, schedule: CalendarSchedule, today: string): ScheduleProblem[] {
  const problems = [...periodProblems(year, schedule.holidays), ...makeUpProblems(year, schedule)];
  const notice = schedule.notice;
  if (notice) {
    const noticeYear = yearOfDate(notice.date);
    if (noticeYear !== year && noticeYear !== year - 1) {
      problems.push(
        problem(
          'notice.date',
          `a notice for ${year} is dated in ${year - 1} or ${year}`,
          `${year} 年的通知日期应在 ${year - 1} 年或 ${year} 年`,
        ),
      );
    } else if (notice.date > today) {
      problems.push(problem('notice.date', `${notice.date} is after today (${today})`, `${notice.date} 晚于今天`));
    }
  }
  return problems;
}
