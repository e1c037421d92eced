import type { WorkingCalendar } from '../deadlines/calendar.js';
import { dueDate } from '../deadlines/clock.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import type { LetterRecord } from '../letters/model.js';
import type { LetterFigures } from './letters-model.js';

/**
 * The pure arithmetic of the mailbox's figures: what each letter says about its handling, and the figures of a
 * group of letters. No I/O: unit-tested with made-up letters, a pinned `now` and the calendar passed in.
 */

/** What supervision reads of a letter: the handling, never the writer, the text or the answers' words. */
export type SupervisedLetter = Pick<
  LetterRecord,
  'letterId' | 'type' | 'topic' | 'department' | 'status' | 'round' | 'writtenAt' | 'limitDays' | 'dueDate'
> & {
  answers: Pick<LetterRecord['answers'][number], 'round' | 'answeredAt'>[];
  ratings: Pick<LetterRecord['ratings'][number], 'round' | 'satisfaction'>[];
  history: Pick<LetterRecord['history'][number], 'event' | 'round' | 'at'>[];
};

/** A letter as supervision keeps it (drops the subject, body, answers' text, writer and credentials). */
export function supervisedLetter(record: LetterRecord): SupervisedLetter {
  return {
    letterId: record.letterId,
    type: record.type,
    topic: record.topic,
    department: record.department,
    status: record.status,
    round: record.round,
    writtenAt: record.writtenAt,
    limitDays: record.limitDays,
    dueDate: record.dueDate,
    answers: record.answers.map((a) => ({ round: a.round, answeredAt: a.answeredAt })),
    ratings: record.ratings.map((r) => ({ round: r.round, satisfaction: r.satisfaction })),
    history: record.history.map((e) => ({ event: e.event, round: e.round, at: e.at })),
  };
}

/** What one letter contributes to the figures at `now`. */
export interface LetterFacts {
  waiting: boolean;
  overdue: boolean;
  /** One entry per answer given: whether it came by the end of its round's due date. */
  answersOnTime: boolean[];
  scores: number[];
  answered: boolean;
  reopened: boolean;
}

/**
 * The due date of each round: the stored one for the current round; an earlier round's (overwritten when the
 * letter was reopened) again from when that round started, with the type's limit, on the same calendar.
 */
export function roundDueDates(calendar: WorkingCalendar, letter: SupervisedLetter, now: string): Map<number, string> {
  const dues = new Map<number, string>([[letter.round, letter.dueDate]]);
  for (let round = 1; round < letter.round; round++) {
    const started =
      round === 1 ? letter.writtenAt : letter.history.find((e) => e.event === 'reopened' && e.round === round)?.at;
    if (!started) continue;
    dues.set(round, dueDate(calendar, { acceptedAt: started, limitDays: letter.limitDays, pauses: [] }, now).date);
  }
  return dues;
}

/** The handling facts of a letter at `now` (an ISO instant). */
export function letterFacts(calendar: WorkingCalendar, letter: SupervisedLetter, now: string): LetterFacts {
  const dues = roundDueDates(calendar, letter, now);
  const waiting = letter.status !== 'answered';
  return {
    waiting,
    overdue: waiting && shanghaiDate(now) > letter.dueDate,
    answersOnTime: letter.answers.map((a) => {
      const due = dues.get(a.round);
      return due !== undefined && shanghaiDate(a.answeredAt) <= due;
    }),
    scores: letter.ratings.map((r) => r.satisfaction),
    answered: letter.answers.length > 0,
    reopened: letter.round > 1 || letter.history.some((e) => e.event === 'reopened'),
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** The figures of a group of letters, from their facts. */
export function letterFiguresOf(facts: readonly LetterFacts[]): LetterFigures {
  const onTime = facts.flatMap((f) => f.answersOnTime);
  const scores = facts.flatMap((f) => f.scores);
  const answered = facts.filter((f) => f.answered).length;
  const reopened = facts.filter((f) => f.answered && f.reopened).length;
  const answersOnTime = onTime.filter(Boolean).length;
  return {
    letters: facts.length,
    waiting: facts.filter((f) => f.waiting).length,
    overdue: facts.filter((f) => f.overdue).length,
    answers: onTime.length,
    answersOnTime,
    onTimeRate: ratio(answersOnTime, onTime.length),
    satisfaction: {
      rated: scores.length,
      average: mean(scores),
      satisfiedShare: ratio(scores.filter((s) => s >= 4).length, scores.length),
    },
    answered,
    reopened,
    reopenRate: ratio(reopened, answered),
  };
}

/** Whether a letter was written within [from, to] (China's calendar dates, both optional and inclusive). */
export function writtenWithin(letter: Pick<SupervisedLetter, 'writtenAt'>, period: { from?: string; to?: string }) {
  const day = shanghaiDate(letter.writtenAt);
  return (!period.from || day >= period.from) && (!period.to || day <= period.to);
}
