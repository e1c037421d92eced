import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../../functions/src/cases/model.js';
import { caseFacts, figuresOf, filedWithin, overdueCases } from '../../../functions/src/supervision/figures.js';
import { at, decided, supervised } from './cases.js';
import { seedCalendar as published } from '../../support/calendars.js';

/** Wednesday 2026-11-18: two days after the due date (Monday 2026-11-16) of a case accepted 2026-11-02. */
const now = at('2026-11-18', '10:00');

describe('on-time rate', () => {
  it('counts a decision by the end of the due date as on time and the next day as late', () => {
    const onTime = decided(at('2026-11-16', '17:30'));
    const late = decided(at('2026-11-17', '08:00'));
    expect(caseFacts(published, onTime, now)).toMatchObject({ dueDate: '2026-11-16', onTime: true, handlingDays: 10 });
    expect(caseFacts(published, late, now)).toMatchObject({ dueDate: '2026-11-16', onTime: false, handlingDays: 11 });

    const figures = figuresOf(published, [onTime, late], now);
    expect(figures).toMatchObject({ decided: 2, onTime: 1, onTimeRate: 0.5, averageHandlingDays: 10.5 });
  });

  it('moves the due date by the working days the case waited for the citizen', () => {
    // Waiting Wednesday to Friday takes three working days off the clock: due Thursday 2026-11-19.
    const clock = {
      acceptedAt: at('2026-11-02'),
      limitDays: 10,
      statutoryDays: 20,
      pauses: [{ from: at('2026-11-04'), to: at('2026-11-06', '16:00') }],
      level: 'green' as const,
    };
    expect(caseFacts(published, decided(at('2026-11-19', '16:00'), { clock }), now)).toMatchObject({
      dueDate: '2026-11-19',
      onTime: true,
    });
  });

  it('reads the decision day in China, not in UTC', () => {
    // 2026-11-16T16:30Z is already 00:30 on 2026-11-17 in Guangzhou: one day late.
    expect(caseFacts(published, decided('2026-11-16T16:30:00.000Z'), now).onTime).toBe(false);
    expect(caseFacts(published, decided('2026-11-16T15:30:00.000Z'), now).onTime).toBe(true);
  });

  it('leaves out refusals to accept, withdrawals and decisions of cases never accepted', () => {
    const notAccepted = decided(
      at('2026-11-03'),
      { status: 'not_accepted', clock: { limitDays: 10, statutoryDays: 20, pauses: [], level: 'green' } },
      'not_accepted',
    );
    const withdrawn = decided(at('2026-12-20'), { status: 'withdrawn' }, 'withdrawn');
    const figures = figuresOf(published, [notAccepted, withdrawn], now);
    expect(figures).toMatchObject({ decided: 0, onTime: 0, onTimeRate: null, averageHandlingDays: null });
    expect(figures.finished).toBe(2);
  });
});

describe('overdue cases', () => {
  it('lists open cases past their due date with the calendar days since', () => {
    const late = supervised({ caseNumber: 'YX-20261102-000101', status: 'deciding', escalated: true });
    expect(overdueCases(published, [late], now)).toEqual([
      {
        caseId: late.caseId,
        caseNumber: 'YX-20261102-000101',
        itemCode: '440104-MZ-0007',
        itemName: late.itemName,
        department: 'civil-affairs',
        status: 'deciding',
        dueDate: '2026-11-16',
        daysOverdue: 2,
        escalated: true,
      },
    ]);
    expect(figuresOf(published, [late], now).overdue).toBe(1);
  });

  it('is not overdue on its due date, once decided, or before acceptance', () => {
    expect(overdueCases(published, [supervised()], at('2026-11-16', '23:00'))).toEqual([]);
    const awaitingHandover = decided(at('2026-11-20'), { status: 'approved' });
    const notYetAccepted = supervised({
      status: 'submitted',
      clock: { limitDays: 10, statutoryDays: 20, pauses: [], level: 'green' },
    });
    expect(overdueCases(published, [awaitingHandover, notYetAccepted], now)).toEqual([]);
    expect(figuresOf(published, [awaitingHandover, notYetAccepted], now)).toMatchObject({ overdue: 0, open: 1 });
  });

  it('keeps a case overdue while it waits for a correction asked after the due date', () => {
    const waiting = supervised({
      status: 'needs_correction',
      clock: {
        acceptedAt: at('2026-11-02'),
        limitDays: 10,
        statutoryDays: 20,
        pauses: [{ from: at('2026-11-17') }],
        level: 'red',
      },
    });
    expect(overdueCases(published, [waiting], now)).toMatchObject([{ dueDate: '2026-11-16', daysOverdue: 2 }]);
  });

  it('puts the most overdue first and lists at most the limit', () => {
    const older = supervised({ clock: { ...supervised().clock, acceptedAt: at('2026-10-09') } });
    const newer = supervised();
    const listed = overdueCases(published, [newer, older], now);
    expect(listed.map((c) => c.caseId)).toEqual([older.caseId, newer.caseId]);
    expect(listed[0]!.daysOverdue).toBeGreaterThan(listed[1]!.daysOverdue);
    expect(overdueCases(published, [newer, older], now, 1).map((c) => c.caseId)).toEqual([older.caseId]);
  });
});

describe('online share and satisfaction', () => {
  it('compares the online share with the plan’s 95 % target', () => {
    const online = Array.from({ length: 19 }, () => supervised());
    const counter = supervised({ channel: 'counter' });
    expect(figuresOf(published, [...online, counter], now).channels).toEqual({
      online: 19,
      counter: 1,
      onlineShare: 0.95,
      meetsTarget: true,
    });
    expect(
      figuresOf(published, [...online.slice(1), counter, supervised({ channel: 'counter' })], now).channels,
    ).toMatchObject({
      onlineShare: 0.9,
      meetsTarget: false,
    });
    expect(figuresOf(published, [], now).channels).toEqual({
      online: 0,
      counter: 0,
      onlineShare: null,
      meetsTarget: null,
    });
  });

  it('averages the ratings and counts the share of 4 and 5', () => {
    const rated = [5, 4, 3, 1].map((score) =>
      decided(at('2026-11-10'), { rating: { score, comment: '', at: at('2026-11-12') } }),
    );
    expect(figuresOf(published, [...rated, supervised()], now).satisfaction).toEqual({
      rated: 4,
      average: 3.25,
      satisfiedShare: 0.5,
    });
    expect(figuresOf(published, [supervised()], now).satisfaction).toEqual({
      rated: 0,
      average: null,
      satisfiedShare: null,
    });
  });
});

describe('figures of a group', () => {
  it('counts every status and splits cases into finished, open and decided-but-not-delivered', () => {
    const cases = [
      supervised({ status: 'submitted' }),
      supervised({ status: 'in_review' }),
      decided(at('2026-11-10'), { status: 'approved' }),
      decided(at('2026-11-10')),
    ];
    const figures = figuresOf(published, cases, now);
    expect(figures.cases).toBe(4);
    expect(figures.byStatus).toMatchObject({ submitted: 1, in_review: 1, approved: 1, completed: 1, rejected: 0 });
    expect(Object.keys(figures.byStatus).sort()).toEqual([...caseStatuses].sort());
    expect(figures).toMatchObject({ finished: 1, open: 2 });
  });

  it('keeps its invariants for any mix of cases', () => {
    const aCase = fc
      .record({
        status: fc.constantFrom(...caseStatuses),
        channel: fc.constantFrom('online' as const, 'counter' as const),
        decidedDay: fc.option(fc.integer({ min: 3, max: 40 }), { nil: undefined }),
        outcome: fc.constantFrom('approved', 'rejected', 'not_accepted', 'withdrawn'),
        score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      })
      .map(({ status, channel, decidedDay, outcome, score }) =>
        decidedDay === undefined
          ? supervised({ status, channel })
          : decided(
              new Date(Date.parse(at('2026-11-02')) + decidedDay * 86_400_000).toISOString(),
              { status, channel, ...(score ? { rating: { score, comment: '', at: at('2026-12-20') } } : {}) },
              outcome,
            ),
      );
    fc.assert(
      fc.property(fc.array(aCase, { maxLength: 30 }), (cases) => {
        const f = figuresOf(published, cases, now);
        expect(Object.values(f.byStatus).reduce((a, b) => a + b, 0)).toBe(f.cases);
        expect(f.onTime).toBeLessThanOrEqual(f.decided);
        expect(f.overdue).toBeLessThanOrEqual(f.open);
        expect(f.finished + f.open).toBeLessThanOrEqual(f.cases);
        expect(f.channels.online + f.channels.counter).toBe(f.cases);
        if (f.onTimeRate !== null) expect(f.onTimeRate).toBeGreaterThanOrEqual(0);
        if (f.onTimeRate !== null) expect(f.onTimeRate).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('period', () => {
  it('takes filing dates in China, both ends included', () => {
    const filed = (createdAt: string) => supervised({ createdAt });
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect(filedWithin(filed('2026-10-31T16:00:00.000Z'), period)).toBe(true); // 00:00 on 11-01 in Guangzhou
    expect(filedWithin(filed('2026-10-31T15:59:59.000Z'), period)).toBe(false);
    expect(filedWithin(filed('2026-11-30T15:59:59.000Z'), period)).toBe(true);
    expect(filedWithin(filed('2026-11-30T16:00:00.000Z'), period)).toBe(false);
    expect(filedWithin(filed('2020-01-01T00:00:00.000Z'), {})).toBe(true);
  });
});
