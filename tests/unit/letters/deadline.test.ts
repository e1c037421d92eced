import { describe, expect, it } from 'vitest';
import { clockAt } from '../../../functions/src/cases/clock.js';
import { mondayToFridayCalendar as calendar } from '../../../functions/src/deadlines/calendar.js';
import {
  isEscalated,
  letterClockAt,
  warned,
  warnedLevel,
  warningDue,
} from '../../../functions/src/letters/deadline.js';
import type { LetterRecord } from '../../../functions/src/letters/model.js';

// Written on Monday 2026-03-02 at 10:00 in Shanghai, a consultation of 5 working days: due Monday 2026-03-09.
const writtenAt = '2026-03-02T02:00:00.000Z';
const on = (day: string) => `${day}T02:00:00.000Z`;

function letter(overrides: Partial<LetterRecord> = {}): LetterRecord {
  return {
    letterId: '6f1c2d3e-0000-4000-8000-000000000001',
    letterNumber: 'YXL-20260302-000001',
    type: 'consultation',
    topic: 'marriage',
    subject: '结婚登记需要预约吗',
    body: '想问结婚登记是否需要预约。',
    publishConsent: false,
    department: 'civil-affairs',
    status: 'awaiting_answer',
    round: 1,
    writtenAt,
    roundStartedAt: writtenAt,
    limitDays: 5,
    dueDate: '2026-03-09',
    answers: [],
    ratings: [],
    history: [{ at: writtenAt, event: 'written', round: 1 }],
    version: 1,
    ...overrides,
  };
}

describe("a letter's clock on the cases' deadline engine", () => {
  it('is green with days left, yellow from 80 % of the limit used and red once overdue', () => {
    expect(letterClockAt(calendar, letter(), on('2026-03-06'))).toEqual({
      level: 'green',
      dueDate: '2026-03-09',
      remainingWorkingDays: 1,
      escalated: false,
    });
    // Four of five working days used on the due date itself: yellow, not yet overdue.
    expect(letterClockAt(calendar, letter(), on('2026-03-09'))).toMatchObject({
      level: 'yellow',
      remainingWorkingDays: 0,
    });
    expect(letterClockAt(calendar, letter(), on('2026-03-10'))).toMatchObject({
      level: 'red',
      remainingWorkingDays: -1,
    });
  });

  it('gives the level and the days left a case with the same acceptance and limit gets, day by day', () => {
    for (let day = 2; day <= 31; day++) {
      const now = on(`2026-03-${String(day).padStart(2, '0')}`);
      const asCase = clockAt(
        calendar,
        { acceptedAt: writtenAt, limitDays: 5, statutoryDays: 5, pauses: [], level: 'green' },
        now,
      );
      const asLetter = letterClockAt(calendar, letter(), now);
      expect(asLetter, now).toMatchObject({
        level: asCase.level,
        dueDate: asCase.dueDate,
        remainingWorkingDays: asCase.remainingWorkingDays,
      });
    }
  });

  it('keeps running while a draft waits for the head, and stops once the letter is answered', () => {
    expect(letterClockAt(calendar, letter({ status: 'awaiting_approval' }), on('2026-03-10'))?.level).toBe('red');
    expect(letterClockAt(calendar, letter({ status: 'answered' }), on('2026-03-10'))).toBeUndefined();
    expect(warningDue(calendar, letter({ status: 'answered' }), on('2026-03-10'))).toBeUndefined();
  });
});

describe("the sweep's warnings on a letter", () => {
  it('owes nothing while green, yellow once, then red once', () => {
    expect(warningDue(calendar, letter(), on('2026-03-06'))).toBeUndefined();
    expect(warningDue(calendar, letter(), on('2026-03-09'))).toBe('yellow');
    const yellow = warned(letter(), 'yellow', on('2026-03-09'), '2026-03-09');
    expect(warningDue(calendar, yellow, on('2026-03-09'))).toBeUndefined();
    expect(warningDue(calendar, yellow, on('2026-03-10'))).toBe('red');
    const red = warned(yellow, 'red', on('2026-03-10'), '2026-03-09');
    expect(warningDue(calendar, red, on('2026-03-10'))).toBeUndefined();
    expect(warningDue(calendar, red, on('2026-03-20'))).toBeUndefined();
  });

  it('goes straight to red for a letter first seen overdue', () => {
    expect(warningDue(calendar, letter(), on('2026-03-16'))).toBe('red');
  });

  it('records the warning for the round and in the history, by the system, as a new version', () => {
    const red = warned(letter(), 'red', on('2026-03-10'), '2026-03-09');
    expect(red.deadlineWarning).toEqual({ round: 1, level: 'red', at: on('2026-03-10') });
    expect(red.history.at(-1)).toEqual({
      at: on('2026-03-10'),
      event: 'overdue',
      round: 1,
      department: 'civil-affairs',
      dueDate: '2026-03-09',
      by: 'system',
    });
    expect(red.version).toBe(2);
    expect(isEscalated(red)).toBe(true);
    expect(letterClockAt(calendar, red, on('2026-03-10'))?.escalated).toBe(true);
    expect(warned(letter(), 'yellow', on('2026-03-09'), '2026-03-09').history.at(-1)?.event).toBe('deadline_warning');
  });

  it('starts a reopened round afresh: the first round’s warnings do not count for the second', () => {
    const reopenedAt = on('2026-03-16');
    const second = letter({
      round: 2,
      roundStartedAt: reopenedAt,
      dueDate: '2026-03-23',
      deadlineWarning: { round: 1, level: 'red', at: on('2026-03-10') },
    });
    expect(warnedLevel(second)).toBe('green');
    expect(isEscalated(second)).toBe(false);
    expect(warningDue(calendar, second, on('2026-03-17'))).toBeUndefined();
    expect(warningDue(calendar, second, on('2026-03-24'))).toBe('red');
  });
});
