import { calendarDayNumber, type WorkingCalendar } from './calendar.js';
import { fromDayNumber, instantDayNumber, instantMs, toDayNumber } from './civil-date.js';
import type { DeadlineClock } from './model.js';
import type { WorkingDate, WorkingDayCount } from './working-days.js';

/**
 * A case's deadline clock (电子监察). The limit is counted in working days after the day of
 * acceptance (working-days.ts); while the case waits for the citizen (补正) the clock stops.
 *
 * Rules:
 * - A day spent with the citizen does not count, even in part: every working day from the Shanghai
 *   date a pause starts through the date it ends, both included, is paused. A pause that starts and
 *   ends within one day therefore takes that whole day off the clock, as does the day the materials
 *   come back — which, like the day of acceptance, is not counted; counting resumes the next working day.
 * - The due date is the `limitDays`-th counted (working, not paused) day after acceptance, so every
 *   paused working day before it moves it one working day later; a pause after the due date moves
 *   nothing (it cannot make an overdue case timely).
 * - A pause still open is taken to last through today: the due date shown is the earliest the case
 *   can be due, the one that holds if the materials come back today.
 * - 即办件 (`limitDays` 0) are due on the day of acceptance. If the case goes back to the citizen that
 *   very day, it is due on the day the materials come back (handled on the spot again).
 * - Used days are the counted days already over: after the day of acceptance and before today. On the
 *   due date itself a case is therefore not yet at 100 %; it is overdue (red) from the next day on.
 * - Warning levels: 'red' when overdue (used ≥ limit; for a 即办件, once its due date is over),
 *   'paused' while the case waits for the citizen, 'yellow' when used ≥ 80 % of the limit, else 'green'.
 *   An overdue case stays red while paused: requesting a correction does not hide a missed deadline.
 *
 * The clock is taken as `deadlineClock` (model.ts) parses it. `now` is an ISO instant with an
 * offset; `calendar` is the working-day calendar to count with (calendar.ts); results carry
 * `covered: false` when a day they rest on lies in a year without a published calendar.
 */

/** The traffic light of a case's time limit. */
export type WarningLevel = 'green' | 'yellow' | 'red' | 'paused';

/** Yellow from 4/5 = 80 % of the limit used, compared in integers. */
const yellowNumerator = 4;
const yellowDenominator = 5;

/** Inclusive day-number ranges the clock is stopped on; an open pause runs through today. */
function pausedRanges(clock: DeadlineClock, today: number): Array<[number, number]> {
  return clock.pauses.map((pause) => {
    const start = instantDayNumber(pause.from);
    return [start, pause.to === undefined ? Math.max(start, today) : instantDayNumber(pause.to)];
  });
}

const isPausedDay = (ranges: Array<[number, number]>, day: number) =>
  ranges.some(([start, end]) => start <= day && day <= end);

/** The last day of the paused stretch that covers `day` (overlapping pauses chained), or `day`. */
function endOfPauseCovering(ranges: Array<[number, number]>, day: number): number {
  let end = day;
  for (let grown = true; grown;) {
    grown = false;
    for (const [start, last] of ranges) {
      if (start <= end && last > end) {
        end = last;
        grown = true;
      }
    }
  }
  return end;
}

/**
 * The date by whose end the case must be done (see the rules above).
 * @throws RangeError when a timestamp is not an ISO instant with an offset.
 */
export function dueDate(calendar: WorkingCalendar, clock: DeadlineClock, now: string): WorkingDate {
  const accepted = instantDayNumber(clock.acceptedAt);
  const ranges = pausedRanges(clock, instantDayNumber(now));
  if (clock.limitDays === 0) return { date: fromDayNumber(endOfPauseCovering(ranges, accepted)), covered: true };
  let day = accepted;
  let covered = true;
  for (let counted = 0; counted < clock.limitDays;) {
    day += 1;
    const entry = calendarDayNumber(calendar, day);
    covered &&= entry.covered;
    if (entry.working && !isPausedDay(ranges, day)) counted += 1;
  }
  return { date: fromDayNumber(day), covered };
}

/**
 * The counted working days already over at `now`: after the day of acceptance, before today, not paused.
 * @throws RangeError when a timestamp is not an ISO instant with an offset.
 */
export function usedWorkingDays(calendar: WorkingCalendar, clock: DeadlineClock, now: string): WorkingDayCount {
  const today = instantDayNumber(now);
  const ranges = pausedRanges(clock, today);
  let days = 0;
  let covered = true;
  for (let day = instantDayNumber(clock.acceptedAt) + 1; day < today; day += 1) {
    const entry = calendarDayNumber(calendar, day);
    covered &&= entry.covered;
    if (entry.working && !isPausedDay(ranges, day)) days += 1;
  }
  return { days, covered };
}

/** Whether the due date is over at `now`. */
const isOverdue = (calendar: WorkingCalendar, clock: DeadlineClock, now: string) =>
  instantDayNumber(now) > toDayNumber(dueDate(calendar, clock, now).date);

/**
 * The share of the limit used at `now`: used days / limit, above 1 once overdue. A 即办件 has used
 * 0 until its due date is over and 1 from then on.
 * @throws RangeError when a timestamp is not an ISO instant with an offset.
 */
export function fractionUsed(calendar: WorkingCalendar, clock: DeadlineClock, now: string): number {
  if (clock.limitDays === 0) return isOverdue(calendar, clock, now) ? 1 : 0;
  return usedWorkingDays(calendar, clock, now).days / clock.limitDays;
}

/** Whether the case is waiting for the citizen at the instant `now`. */
function isPausedAt(clock: DeadlineClock, now: string): boolean {
  const at = instantMs(now);
  return clock.pauses.some(
    (pause) => instantMs(pause.from) <= at && (pause.to === undefined || at < instantMs(pause.to)),
  );
}

/**
 * The warning level at `now`: 'red' when overdue (even while paused), else 'paused' while the case
 * waits for the citizen, 'yellow' from 80 % of the limit used, else 'green'.
 * @throws RangeError when a timestamp is not an ISO instant with an offset.
 */
export function warningLevel(calendar: WorkingCalendar, clock: DeadlineClock, now: string): WarningLevel {
  if (isOverdue(calendar, clock, now)) return 'red';
  if (isPausedAt(clock, now)) return 'paused';
  const used = usedWorkingDays(calendar, clock, now).days;
  return clock.limitDays > 0 && used * yellowDenominator >= clock.limitDays * yellowNumerator ? 'yellow' : 'green';
}
