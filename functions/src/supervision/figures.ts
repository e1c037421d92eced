import { caseStatuses, finalStatuses, type CaseRecord, type CaseStatus } from '../cases/model.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { dueDate } from '../deadlines/clock.js';
import { shanghaiDate, toDayNumber } from '../deadlines/civil-date.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import { maxOverdueListed, onlineTarget, type CaseFigures, type OverdueCase, type SupervisedCase } from './model.js';

/**
 * The pure arithmetic of supervision: what each case says about the handling (facts), and the figures of
 * a group of cases. No I/O, so every rule is unit-tested with made-up cases, a pinned `now` and the
 * working-day calendar passed in.
 */

/** Outcomes that are decisions on the merits, timed against the legal clock. */
const decisions: readonly string[] = ['approved', 'rejected'];

/** What one case contributes to the figures, at `now`. */
export interface CaseFacts {
  /** Acceptance, when the clock started. */
  acceptedAt?: string;
  /** The due date: as it stood at the decision, or (for open cases) as it stands today. */
  dueDate?: string;
  decidedAt?: string;
  /** For decisions with a clock: decided by the end of the due date. */
  onTime?: boolean;
  /** For decisions with a clock: working days from acceptance to decision. */
  handlingDays?: number;
  /** For open cases past due: calendar days since the due date. */
  daysOverdue?: number;
}

/** The handling facts of a case at `now` (an ISO instant). */
export function caseFacts(calendar: WorkingCalendar, c: SupervisedCase, now: string): CaseFacts {
  const acceptedAt = c.clock.acceptedAt;
  if (!acceptedAt) return c.result ? { decidedAt: c.result.decidedAt } : {};
  const clock = { acceptedAt, limitDays: c.clock.limitDays, pauses: c.clock.pauses };
  if (c.result) {
    const due = dueDate(calendar, clock, c.result.decidedAt).date;
    const facts: CaseFacts = { acceptedAt, dueDate: due, decidedAt: c.result.decidedAt };
    if (!decisions.includes(c.result.outcome)) return facts;
    return {
      ...facts,
      onTime: shanghaiDate(c.result.decidedAt) <= due,
      handlingDays: workingDaysBetween(calendar, acceptedAt, c.result.decidedAt).days,
    };
  }
  const due = dueDate(calendar, clock, now).date;
  if (finalStatuses.includes(c.status)) return { acceptedAt, dueDate: due };
  const late = toDayNumber(now) - toDayNumber(due);
  return { acceptedAt, dueDate: due, ...(late > 0 ? { daysOverdue: late } : {}) };
}

/** The facts of each case at `now`, computed once for every figure a request draws from them. */
export function factsOf(
  calendar: WorkingCalendar,
  cases: readonly SupervisedCase[],
  now: string,
): Map<SupervisedCase, CaseFacts> {
  return new Map(cases.map((c) => [c, caseFacts(calendar, c, now)]));
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** The figures of a group of cases at `now` (`facts` may hold their facts already). */
export function figuresOf(
  calendar: WorkingCalendar,
  cases: readonly SupervisedCase[],
  now: string,
  facts: ReadonlyMap<SupervisedCase, CaseFacts> = factsOf(calendar, cases, now),
): CaseFigures {
  const byStatus = Object.fromEntries(caseStatuses.map((s) => [s, 0])) as Record<CaseStatus, number>;
  let finished = 0;
  let open = 0;
  let online = 0;
  let onTime = 0;
  let overdue = 0;
  const handling: number[] = [];
  const scores: number[] = [];
  for (const c of cases) {
    byStatus[c.status] += 1;
    if (finalStatuses.includes(c.status)) finished += 1;
    else if (!c.result) open += 1;
    if (c.channel === 'online') online += 1;
    if (c.rating) scores.push(c.rating.score);
    const f = facts.get(c) ?? caseFacts(calendar, c, now);
    if (f.handlingDays !== undefined) handling.push(f.handlingDays);
    if (f.onTime) onTime += 1;
    if (f.daysOverdue !== undefined) overdue += 1;
  }
  const onlineShare = ratio(online, cases.length);
  return {
    cases: cases.length,
    byStatus,
    finished,
    open,
    decided: handling.length,
    onTime,
    onTimeRate: ratio(onTime, handling.length),
    overdue,
    averageHandlingDays: mean(handling),
    channels: {
      online,
      counter: cases.length - online,
      onlineShare,
      meetsTarget: onlineShare === null ? null : onlineShare >= onlineTarget,
    },
    satisfaction: {
      rated: scores.length,
      average: mean(scores),
      satisfiedShare: ratio(scores.filter((s) => s >= 4).length, scores.length),
    },
  };
}

/** Open cases past due, most overdue first (then by due date and number), at most `limit`. */
export function overdueCases(
  calendar: WorkingCalendar,
  cases: readonly SupervisedCase[],
  now: string,
  limit: number = maxOverdueListed,
  known: ReadonlyMap<SupervisedCase, CaseFacts> = factsOf(calendar, cases, now),
): OverdueCase[] {
  const late: OverdueCase[] = [];
  for (const c of cases) {
    const facts = known.get(c) ?? caseFacts(calendar, c, now);
    if (facts.daysOverdue === undefined || !facts.dueDate) continue;
    late.push({
      caseId: c.caseId,
      caseNumber: c.caseNumber,
      itemCode: c.itemCode,
      itemName: c.itemName,
      department: c.department,
      status: c.status,
      dueDate: facts.dueDate,
      daysOverdue: facts.daysOverdue,
      escalated: c.escalated === true,
    });
  }
  return late
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || a.caseNumber.localeCompare(b.caseNumber),
    )
    .slice(0, limit);
}

/** A case as supervision keeps it: the handling facts only (drops answers, names, materials, tokens). */
export function supervisedCase(record: CaseRecord): SupervisedCase {
  return {
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    itemCode: record.itemCode,
    itemName: record.itemName,
    department: record.department,
    channel: record.channel,
    status: record.status,
    clock: record.clock,
    ...(record.result ? { result: record.result } : {}),
    ...(record.rating ? { rating: record.rating } : {}),
    ...(record.escalated ? { escalated: true } : {}),
    ...(record.decisions?.length ? { decisions: record.decisions } : {}),
    createdAt: record.createdAt,
  };
}

/** Whether a case was filed within [from, to] (China's calendar dates, both optional and inclusive). */
export function filedWithin(c: Pick<SupervisedCase, 'createdAt'>, period: { from?: string; to?: string }): boolean {
  const day = shanghaiDate(c.createdAt);
  return (!period.from || day >= period.from) && (!period.to || day <= period.to);
}
