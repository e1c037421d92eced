import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../../../functions/src/letters/model.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import {
  letterFacts,
  letterFiguresOf,
  roundDueDates,
  supervisedLetter,
} from '../../../functions/src/supervision/letter-figures.js';
import { supervisionLetters, type LetterSource } from '../../../functions/src/supervision/letters.js';
import { seedCalendar as published } from '../../support/calendars.js';

const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
/** Wednesday 2026-11-18. */
const now = at('2026-11-18', '10:00');
const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
const head: Principal = { sub: 'h', username: 'head1', roles: ['head'], department: 'civil-affairs' };

let sequence = 0;

/**
 * A consultation written Monday 2026-11-02 09:00 to civil affairs: 5 working days, due Monday 2026-11-09;
 * waiting for an answer unless `changes` say otherwise.
 */
function letter(changes: Partial<LetterRecord> = {}): LetterRecord {
  sequence += 1;
  const writtenAt = changes.writtenAt ?? at('2026-11-02');
  return {
    letterId: `letter-${sequence}`,
    letterNumber: `YXL-20261102-${String(sequence).padStart(6, '0')}`,
    type: 'consultation',
    topic: 'marriage',
    subject: 'A private question',
    body: 'Words supervision never reads',
    publishConsent: false,
    department: 'civil-affairs',
    status: 'awaiting_answer',
    round: 1,
    writtenAt,
    roundStartedAt: writtenAt,
    limitDays: 5,
    dueDate: '2026-11-09',
    answers: [],
    ratings: [],
    history: [{ at: writtenAt, event: 'written', round: 1 }],
    version: 1,
    ...changes,
  };
}

const answer = (round: number, answeredAt: string) => ({
  round,
  text: 'An answer supervision never reads',
  department: 'civil-affairs',
  answeredBy: 'officer1',
  answeredAt,
});

/** Answered on `answeredAt` (round 1), optionally rated. */
const answeredLetter = (answeredAt: string, satisfaction?: number, changes: Partial<LetterRecord> = {}) =>
  letter({
    status: 'answered',
    answers: [answer(1, answeredAt)],
    ratings: satisfaction === undefined ? [] : [{ round: 1, satisfaction, comment: '', ratedAt: answeredAt }],
    ...changes,
  });

/**
 * Answered late on Tuesday 2026-11-10, reopened Wednesday 2026-11-11 (round 2 due five working days later,
 * Wednesday 2026-11-18) and answered again on `secondAnswer`, or still waiting.
 */
function reopenedLetter(secondAnswer?: string): LetterRecord {
  const reopenedAt = at('2026-11-11');
  return letter({
    status: secondAnswer ? 'answered' : 'awaiting_answer',
    round: 2,
    roundStartedAt: reopenedAt,
    dueDate: '2026-11-18',
    answers: [answer(1, at('2026-11-10')), ...(secondAnswer ? [answer(2, secondAnswer)] : [])],
    ratings: [{ round: 1, satisfaction: 1, comment: '', ratedAt: at('2026-11-10', '12:00') }],
    history: [
      { at: at('2026-11-02'), event: 'written', round: 1 },
      { at: at('2026-11-10'), event: 'answered', round: 1 },
      { at: reopenedAt, event: 'reopened', round: 2, reason: 'not enough' },
    ],
  });
}

describe('answers on time', () => {
  it('counts an answer by the end of the due date as on time and the next working day as late', () => {
    const onTime = supervisedLetter(answeredLetter(at('2026-11-09', '17:30')));
    const late = supervisedLetter(answeredLetter(at('2026-11-10', '08:30')));
    expect(letterFacts(published, onTime, now).answersOnTime).toEqual([true]);
    expect(letterFacts(published, late, now).answersOnTime).toEqual([false]);
    expect(letterFiguresOf([onTime, late].map((l) => letterFacts(published, l, now)))).toMatchObject({
      letters: 2,
      answers: 2,
      answersOnTime: 1,
      onTimeRate: 0.5,
      waiting: 0,
    });
  });

  it('reads the answer day in China, not in UTC', () => {
    // 2026-11-09T16:30Z is already 00:30 on 2026-11-10 in Guangzhou: one day late.
    expect(letterFacts(published, supervisedLetter(answeredLetter('2026-11-09T16:30:00.000Z')), now)).toMatchObject({
      answersOnTime: [false],
    });
    expect(letterFacts(published, supervisedLetter(answeredLetter('2026-11-09T15:30:00.000Z')), now)).toMatchObject({
      answersOnTime: [true],
    });
  });

  it('counts working days: a letter written on a Friday is due after the weekend', () => {
    // Written Friday 2026-11-06: Mon 9 … Fri 13 are the five working days.
    const friday = supervisedLetter(letter({ writtenAt: at('2026-11-06'), round: 2, dueDate: '2026-11-30' }));
    expect(roundDueDates(published, friday, now).get(1)).toBe('2026-11-13');
  });

  it('times each round against its own due date, recomputed for a round the reopening overwrote', () => {
    const twice = supervisedLetter(reopenedLetter(at('2026-11-18', '16:00')));
    expect(roundDueDates(published, twice, now)).toEqual(
      new Map([
        [2, '2026-11-18'],
        [1, '2026-11-09'],
      ]),
    );
    expect(letterFacts(published, twice, now).answersOnTime).toEqual([false, true]);
  });

  it('counts a letter waiting past its due date as overdue, not one due today', () => {
    const late = supervisedLetter(letter());
    const dueToday = supervisedLetter(letter({ writtenAt: at('2026-11-11'), dueDate: '2026-11-18' }));
    expect(letterFacts(published, late, now)).toMatchObject({ waiting: true, overdue: true, answersOnTime: [] });
    expect(letterFacts(published, dueToday, now)).toMatchObject({ waiting: true, overdue: false });
    const drafted = supervisedLetter(letter({ status: 'awaiting_approval' }));
    expect(letterFacts(published, drafted, now)).toMatchObject({ waiting: true, overdue: true });
  });
});

describe('satisfaction and reopen rate', () => {
  it('averages the ratings and counts 4 and 5 as satisfied', () => {
    const facts = [5, 4, 2].map((score) =>
      letterFacts(published, supervisedLetter(answeredLetter(at('2026-11-05'), score)), now),
    );
    facts.push(letterFacts(published, supervisedLetter(answeredLetter(at('2026-11-05'))), now));
    expect(letterFiguresOf(facts).satisfaction).toEqual({ rated: 3, average: 3.67, satisfiedShare: 0.6667 });
  });

  it('divides the reopened letters by the letters answered at least once', () => {
    const facts = [
      reopenedLetter(),
      reopenedLetter(at('2026-11-17')),
      answeredLetter(at('2026-11-05'), 5),
      answeredLetter(at('2026-11-06')),
      letter(),
    ].map((l) => letterFacts(published, supervisedLetter(l), now));
    expect(letterFiguresOf(facts)).toMatchObject({
      letters: 5,
      answered: 4,
      reopened: 2,
      reopenRate: 0.5,
      // The reopened letter still waiting is due today: waiting, not overdue; the unanswered one is overdue.
      waiting: 2,
      overdue: 1,
      answers: 5,
    });
  });

  it('gives null rates, not zero, when there is nothing to divide', () => {
    expect(letterFiguresOf([])).toMatchObject({
      letters: 0,
      onTimeRate: null,
      reopenRate: null,
      satisfaction: { rated: 0, average: null, satisfiedShare: null },
    });
  });

  it('keeps no text of the letter, its answers or its writer', () => {
    const kept = JSON.stringify(
      supervisedLetter(answeredLetter(at('2026-11-05'), 4, { writerMasked: { name: '张*' } })),
    );
    expect(kept).not.toMatch(/never reads|张|private/);
  });
});

describe('the figures of a scope', () => {
  const records = [
    answeredLetter(at('2026-11-05'), 5),
    letter({ type: 'complaint', topic: 'elderly-care', limitDays: 15, dueDate: '2026-11-23' }),
    letter({ department: 'market-supervision', topic: 'food-safety' }),
    // Written before the period below.
    answeredLetter(at('2026-10-20'), 1, { writtenAt: at('2026-10-15') }),
  ];
  const calls: { since?: string; until?: string }[] = [];
  const source: LetterSource = async (period) => {
    calls.push(period);
    return records;
  };
  const options = { now, source, calendar: async () => published };

  it('gives a supervisor the district by department, type and topic', async () => {
    const body = await supervisionLetters(supervisor, 'district', {}, options);
    expect(body.total).toMatchObject({ letters: 4, answers: 2, waiting: 2 });
    expect(body.departments.find((d) => d.department === 'civil-affairs')).toMatchObject({ letters: 3 });
    expect(body.departments.find((d) => d.department === 'market-supervision')).toMatchObject({ letters: 1 });
    expect(body.byType.map((t) => [t.type, t.letters])).toEqual([
      ['consultation', 3],
      ['suggestion', 0],
      ['complaint', 1],
      ['report', 0],
    ]);
    expect(body.byTopic.map((t) => [t.topic, t.letters])).toEqual([
      ['marriage', 2],
      ['elderly-care', 1],
      ['food-safety', 1],
    ]);
    expect(body.scope.kind).toBe('district');
  });

  it("gives a head their own department's letters only, and refuses another department", async () => {
    const body = await supervisionLetters(head, 'department', {}, options);
    expect(body.scope).toEqual({ kind: 'department', departments: ['civil-affairs'] });
    expect(body.total.letters).toBe(3);
    expect(body.byTopic.map((t) => t.topic)).not.toContain('food-safety');
    await expect(
      supervisionLetters(head, 'department', { department: 'market-supervision' }, options),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.status === 403);
  });

  it('asks the mailbox for the period in China and keeps only letters written within it', async () => {
    calls.length = 0;
    const body = await supervisionLetters(supervisor, 'district', { from: '2026-11-01', to: '2026-11-30' }, options);
    expect(calls).toEqual([{ since: '2026-10-31T16:00:00.000Z', until: '2026-11-30T16:00:00.000Z' }]);
    expect(body.total.letters).toBe(3);
    expect(body.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});
