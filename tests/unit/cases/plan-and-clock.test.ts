import { describe, expect, it } from 'vitest';
import { pauseClock, resumeClock, startClock } from '../../../functions/src/cases/clock.js';
import type { CaseRecord } from '../../../functions/src/cases/model.js';
import { documentNumber } from '../../../functions/src/cases/papers.js';
import { workflowPlan } from '../../../functions/src/cases/plan.js';
import { seedCalendar as published } from '../../support/calendars.js';

const record = (overrides: Partial<CaseRecord> = {}) =>
  ({
    caseId: 'c-1',
    department: 'civil-affairs',
    channel: 'online',
    pickup: { method: 'download' },
    ...overrides,
  }) as CaseRecord;

describe('the workflow plan of a case', () => {
  const standard = {
    reviewSteps: [
      { step: 'accept', role: 'clerk' },
      { step: 'review', role: 'officer' },
      { step: 'decide', role: 'head' },
      { step: 'deliver', role: 'clerk' },
    ],
  } as const;

  it('follows the item’s review steps; deciders are officers unless the head is named', () => {
    expect(workflowPlan(record(), standard as never)).toEqual({
      caseId: 'c-1',
      department: 'civil-affairs',
      acceptRole: 'officer',
      hasReview: true,
      reviewRole: 'officer',
      decideRole: 'head',
      acceptedAtCounter: false,
      pickupAtStation: false,
      pickupStreet: '',
    });
  });

  it('carries a joint item’s departments (联合审批), lead first, for the parallel review', () => {
    const joint = {
      ...standard,
      jointReview: { lead: 'civil-affairs', departments: ['civil-affairs', 'health', 'housing'] },
    };
    expect(workflowPlan(record(), joint as never)).toMatchObject({
      jointReview: true,
      jointDepartments: ['civil-affairs', 'health', 'housing'],
    });
  });

  it('skips acceptance for counter filings and routes pickups to the station’s street', () => {
    const spot = {
      reviewSteps: [
        { step: 'accept', role: 'clerk' },
        { step: 'decide', role: 'officer' },
      ],
    };
    const plan = workflowPlan(
      record({ channel: 'counter', pickup: { method: 'station', street: 'liurong' } }),
      spot as never,
    );
    expect(plan).toMatchObject({
      hasReview: false,
      decideRole: 'officer',
      acceptedAtCounter: true,
      pickupAtStation: true,
      pickupStreet: 'liurong',
    });
  });
});

describe('the legal clock of a case', () => {
  it('is due 10 working days after acceptance, skipping the National Day holiday', () => {
    // Accepted Tue 2026-09-29; Oct 1–7 off (Oct 10, a Saturday, is worked).
    const clock = startClock(published, { promisedDays: 10, statutoryDays: 20 }, '2026-09-29T02:00:00Z');
    expect(clock).toMatchObject({ dueDate: '2026-10-19', dueCovered: true, level: 'green', limitDays: 10 });
  });

  it('stops while the citizen corrects and moves the due date by the days lost', () => {
    const clock = startClock(published, { promisedDays: 5, statutoryDays: 20 }, '2026-11-02T02:00:00Z'); // Mon
    expect(clock.dueDate).toBe('2026-11-09');
    const paused = pauseClock(published, clock, '2026-11-03T02:00:00Z');
    expect(paused.level).toBe('paused');
    expect(pauseClock(published, paused, '2026-11-04T02:00:00Z')).toBe(paused);
    const resumed = resumeClock(published, paused, '2026-11-05T02:00:00Z'); // Tue–Thu with the citizen
    expect(resumed.pauses).toEqual([{ from: '2026-11-03T02:00:00Z', to: '2026-11-05T02:00:00Z' }]);
    expect(resumed.dueDate).toBe('2026-11-12');
  });

  it('leaves a clock that has not started alone', () => {
    const waiting = { limitDays: 5, statutoryDays: 20, pauses: [], level: 'green' as const };
    expect(pauseClock(published, waiting, '2026-11-03T02:00:00Z')).toBe(waiting);
  });
});

describe('result notice numbers', () => {
  it('read like a document number of the department, year and sequence', () => {
    expect(documentNumber({ caseNumber: 'YX-20261127-000042', itemCode: '440104-MZ-0007' })).toBe('越MZ〔2026〕42号');
  });
});
