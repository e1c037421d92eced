import { isWorkingDay, type WorkingCalendar } from '../../../functions/src/deadlines/calendar.js';
import { dueDate, warningLevel, type WarningLevel } from '../../../functions/src/deadlines/clock.js';
import { chinaDate } from '../../../functions/src/platform/clock.js';
import type { SeededRandom } from './random.js';

/**
 * The past the demo stories play in, counted in days before today (0 = today) by China's calendar, with
 * the platform's own working-day calendar and deadline rules, so that a case meant to be yellow or red
 * is exactly that when the seeding ends.
 */

const dayMs = 86_400_000;

/** How far back the oldest demo case was filed. */
export const oldestDay = 50;

/** The times of day events of one day happen at, in order (China time, 45 minutes apart from 09:30). */
export const maxSlot = 10;

export class PastDays {
  readonly #nowMs: number;
  readonly #now: string;
  readonly #calendar: WorkingCalendar;

  /** `calendar` is the published working-day calendar the deadlines of the seeded cases count on. */
  constructor(nowMs: number, calendar: WorkingCalendar) {
    this.#calendar = calendar;
    this.#nowMs = nowMs;
    this.#now = new Date(nowMs).toISOString();
  }

  /** The China calendar date `daysAgo` days before today. */
  date(daysAgo: number): string {
    return chinaDate(this.#nowMs - daysAgo * dayMs);
  }

  /** The instant of slot `slot` on that day (slot 0 at 09:30 China time, then every 45 minutes). */
  instant(daysAgo: number, slot: number): string {
    const minutes = 9 * 60 + 30 + Math.min(slot, maxSlot) * 45;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return new Date(`${this.date(daysAgo)}T${time}:00+08:00`).toISOString();
  }

  isWorking(daysAgo: number): boolean {
    return isWorkingDay(this.#calendar, this.date(daysAgo));
  }

  /** The nearest working day at or before `daysAgo` (further back in time); today counts as one. */
  workingAtOrBefore(daysAgo: number): number {
    let day = daysAgo;
    while (day > 0 && !this.isWorking(day)) day++;
    return day;
  }

  /** A random working day between `newest` and `oldest` days ago (both included), or `newest` if none. */
  workingBetween(random: SeededRandom, newest: number, oldest: number): number {
    const days: number[] = [];
    for (let d = Math.max(0, newest); d <= oldest; d++) if (d === 0 || this.isWorking(d)) days.push(d);
    return days.length ? random.pick(days) : Math.max(0, newest);
  }

  /** Days before today of the due date of a case accepted `acceptedAgo` days ago (negative: still to come). */
  dueAgo(acceptedAgo: number, limitDays: number): number {
    const due = dueDate(
      this.#calendar,
      { acceptedAt: this.instant(acceptedAgo, 0), limitDays, pauses: [] },
      this.#now,
    ).date;
    return Math.round((Date.parse(`${this.date(0)}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / dayMs);
  }

  /** The deadline level today of a case accepted `acceptedAgo` days ago and still open. */
  levelToday(acceptedAgo: number, limitDays: number): WarningLevel {
    return warningLevel(this.#calendar, { acceptedAt: this.instant(acceptedAgo, 0), limitDays, pauses: [] }, this.#now);
  }

  /**
   * A working day to accept a case on so that it shows `level` today, at least `newest` days ago; the
   * most recent few days that qualify are preferred (a red case is a little overdue, not months).
   * Undefined when no day within `oldestDay` gives that level.
   */
  acceptanceFor(random: SeededRandom, level: WarningLevel, limitDays: number, newest = 0): number | undefined {
    const days: number[] = [];
    for (let d = newest; d <= oldestDay - 5 && days.length < 6; d++) {
      if ((d === 0 || this.isWorking(d)) && this.levelToday(d, limitDays) === level) days.push(d);
    }
    return days.length ? random.pick(days) : undefined;
  }
}
