import { describe, expect, it } from 'vitest';
import type { CaseRecord, StepDecision } from '../../../functions/src/cases/model.js';
import { workingHoursBetween } from '../../../functions/src/deadlines/working-days.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import {
  departmentOpinionsOf,
  jointFiguresOf,
  owesOpinion,
  supervisedJointCase,
} from '../../../functions/src/supervision/joint-figures.js';
import { supervisionJoint, type JointCaseSource } from '../../../functions/src/supervision/joint.js';
import { seedCalendar as published } from '../../support/calendars.js';
import { at, fullRecord, supervised } from './cases.js';

/** Wednesday 2026-11-18. */
const now = at('2026-11-18', '10:00');
const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
const envHead: Principal = { sub: 'h', username: 'head-environment', roles: ['head'], department: 'environment' };
const calendar = async () => published;
const lead = 'market-supervision';

let sequence = 0;
const opinion = (department: string, outcome: string, decidedAt: string): StepDecision => {
  sequence += 1;
  return {
    workItemId: `wi-${sequence}`,
    step: 'opinion',
    outcome,
    comment: `words of ${department} supervision never reads`,
    decidedBy: outcome === 'no_opinion' ? 'system' : `officer-${department}`,
    role: 'officer',
    department,
    decidedAt,
    escalated: false,
  };
};
const decision = (outcome: string, decidedAt: string): StepDecision => ({
  ...opinion(lead, outcome, decidedAt),
  step: 'decide',
  role: 'head',
});

/**
 * A restaurant joint case (market supervision leads; environment and health review), filed Monday 2026-11-02,
 * whose opinion rounds started at `rounds` (the first at 09:00 on Monday unless given) with `decisions`.
 */
function jointCase(
  over: { status?: CaseRecord['status']; createdAt?: string; rounds?: string[]; decisions?: StepDecision[] } = {},
): CaseRecord {
  const base = fullRecord(
    supervised({
      department: lead,
      itemCode: '440104-SJ-0007',
      status: over.status ?? 'in_review',
      createdAt: over.createdAt ?? at('2026-11-02', '08:30'),
    }),
  );
  const rounds = over.rounds ?? [at('2026-11-02')];
  return {
    ...base,
    plan: { ...base.plan, department: lead, jointReview: true, jointDepartments: [lead, 'environment', 'health'] },
    timeline: rounds.map((when) => ({
      at: when,
      status: 'in_review',
      event: 'under_review',
      step: 'opinion',
      by: 'system',
    })),
    decisions: over.decisions ?? [],
  };
}

describe('the joint-review figures', () => {
  it('keeps the handling only: never the applicant, the opinions’ words or who gave them', () => {
    const kept = supervisedJointCase(jointCase({ decisions: [opinion('health', 'agree', at('2026-11-03'))] }));
    const text = JSON.stringify(kept);
    for (const secret of ['张*明', 'sealed-answers', 'blind-index', 'task-token', 'never reads', 'officer-health']) {
      expect(text).not.toContain(secret);
    }
    expect(kept.jointDepartments).toEqual([lead, 'environment', 'health']);
    expect(kept.roundStarts).toEqual([at('2026-11-02')]);
  });

  it('counts opinions by outcome, no_opinion apart from those given, and asked as given + no_opinion + owed', () => {
    const cases = [
      jointCase({
        status: 'deciding',
        decisions: [
          opinion(lead, 'agree', at('2026-11-02', '15:00')),
          opinion('environment', 'agree_with_conditions', at('2026-11-03')),
          opinion('health', 'no_opinion', at('2026-11-09')),
        ],
      }),
      jointCase({ decisions: [opinion('health', 'refuse', at('2026-11-04'))] }),
    ].map(supervisedJointCase);
    const health = departmentOpinionsOf(published, cases, 'health');
    expect(health.byOutcome).toEqual({
      agree: 0,
      agree_with_conditions: 0,
      refuse: 1,
      request_correction: 0,
      no_opinion: 1,
    });
    expect(health).toMatchObject({ cases: 2, leads: 0, given: 1, open: 0, asked: 2 });
    const environment = departmentOpinionsOf(published, cases, 'environment');
    // The second case is in review and environment has not answered it: one opinion owed.
    expect(environment).toMatchObject({ given: 1, open: 1, asked: 2 });
    expect(departmentOpinionsOf(published, cases, lead)).toMatchObject({ cases: 2, leads: 2, given: 1, open: 1 });
  });

  it('asks a department that asked for a correction again once the applicant answered, and no one else', () => {
    const asked = opinion('environment', 'request_correction', at('2026-11-03'));
    const waiting = supervisedJointCase(
      jointCase({
        status: 'needs_correction',
        decisions: [
          opinion(lead, 'agree', at('2026-11-02', '11:00')),
          opinion('health', 'agree', at('2026-11-02', '12:00')),
          asked,
        ],
      }),
    );
    expect(owesOpinion(waiting, 'environment')).toBe(false);
    const again = supervisedJointCase(
      jointCase({
        rounds: [at('2026-11-02'), at('2026-11-05', '14:00')],
        decisions: [
          opinion(lead, 'agree', at('2026-11-02', '11:00')),
          opinion('health', 'agree', at('2026-11-02', '12:00')),
          asked,
        ],
      }),
    );
    expect(owesOpinion(again, 'environment')).toBe(true);
    expect(owesOpinion(again, 'health')).toBe(false);
    expect(departmentOpinionsOf(published, [again], 'environment')).toMatchObject({
      asked: 2,
      given: 1,
      open: 1,
      byOutcome: { request_correction: 1 },
    });
  });

  it('times each opinion from the start of its round, in working days and in hours on working days', () => {
    const friday = at('2026-11-06', '16:00');
    const cases = [
      // Friday 16:00 → Monday 10:00: one working day, 8 + 10 hours (the weekend left out).
      jointCase({ rounds: [friday], decisions: [opinion('health', 'agree', at('2026-11-09', '10:00'))] }),
      // Monday 09:00 → 13:00 the same day: 0 working days, 4 hours.
      jointCase({ decisions: [opinion('health', 'agree', at('2026-11-02', '13:00'))] }),
      // After a correction: round two starts Thursday 09:00, answered Thursday 15:00 (6 hours); round one's
      // request took Monday 09:00 → Tuesday 09:00 (1 working day, 24 hours). no_opinion is not timed.
      jointCase({
        rounds: [at('2026-11-02'), at('2026-11-05')],
        decisions: [
          opinion('health', 'request_correction', at('2026-11-03')),
          opinion('health', 'agree', at('2026-11-05', '15:00')),
        ],
      }),
      jointCase({ decisions: [opinion('health', 'no_opinion', at('2026-11-09'))] }),
    ].map(supervisedJointCase);
    const { time } = departmentOpinionsOf(published, cases, 'health');
    expect(time).toEqual({
      timed: 4,
      medianDays: 0.5,
      averageDays: 0.5,
      medianHours: 12,
      averageHours: 13,
    });
    expect(departmentOpinionsOf(published, cases, 'environment').time).toEqual({
      timed: 0,
      medianDays: null,
      averageDays: null,
      medianHours: null,
      averageHours: null,
    });
  });

  it('counts hours on working days only, leaving out public holidays', () => {
    // 2026-09-30 (Wednesday, working) 20:00 → 2026-10-09 (Friday, working) 02:00 over the National Day holiday
    // (10-01..10-07) and the weekend make-up day (Saturday 10-10 is after the end).
    const span = workingHoursBetween(published, at('2026-09-30', '20:00'), at('2026-10-09', '02:00'));
    expect(span.covered).toBe(true);
    // 4 h on 09-30; 10-08 (Thursday) whole; 2 h on 10-09.
    expect(span.hours).toBe(4 + 24 + 2);
    expect(workingHoursBetween(published, at('2026-11-02', '10:00'), at('2026-11-02', '09:00')).hours).toBe(0);
  });

  it('groups the cases by stage and counts the lead decisions by outcome', () => {
    const figures = jointFiguresOf(
      published,
      [
        jointCase({ status: 'submitted', rounds: [] }),
        jointCase({ status: 'needs_correction' }),
        jointCase({ status: 'deciding' }),
        jointCase({
          status: 'completed',
          decisions: [decision('returned', at('2026-11-04')), decision('approved', at('2026-11-06'))],
        }),
        jointCase({ status: 'completed', decisions: [decision('rejected', at('2026-11-05'))] }),
        jointCase({ status: 'withdrawn' }),
      ].map(supervisedJointCase),
      [lead],
    );
    expect(figures.cases).toBe(6);
    expect(Object.fromEntries(figures.byStage.map((s) => [s.stage, s.cases]))).toEqual({
      accepting: 1,
      opinions: 0,
      correction: 1,
      deciding: 1,
      decided: 2,
      closed: 1,
      attention: 0,
    });
    expect(figures.leadDecisions).toEqual([
      { outcome: 'approved', decisions: 1 },
      { outcome: 'rejected', decisions: 1 },
      { outcome: 'returned', decisions: 1 },
    ]);
  });
});

describe('GET /api/supervision/joint (service)', () => {
  const other = (): CaseRecord => {
    // A joint case led by culture and sports with housing, which environment does not review.
    const c = jointCase();
    return { ...c, department: 'culture-sports', plan: { ...c.plan, jointDepartments: ['culture-sports', 'housing'] } };
  };

  it('gives a head the joint cases their department reviews, and refuses another department', async () => {
    const source: JointCaseSource = async () => [jointCase(), jointCase(), other()];
    const own = await supervisionJoint(envHead, 'department', {}, { now, source, calendar });
    expect(own.scope).toEqual({ kind: 'department', departments: ['environment'] });
    expect(own.cases).toBe(2);
    expect(own.departments.map((d) => d.department)).toEqual(['environment']);
    await expect(
      supervisionJoint(envHead, 'department', { department: 'health' }, { now, source, calendar }),
    ).rejects.toThrow(AppError);
    const district = await supervisionJoint(supervisor, 'district', {}, { now, source, calendar });
    expect(district.cases).toBe(3);
    // The departments that review at least one case, in the taxonomy's order.
    expect(district.departments.map((d) => d.department)).toEqual([
      lead,
      'health',
      'housing',
      'environment',
      'culture-sports',
    ]);
    const one = await supervisionJoint(supervisor, 'district', { department: 'housing' }, { now, source, calendar });
    expect(one.cases).toBe(1);
  });

  it('reads one more than its limit and says truncated when it cut; not when all fit', async () => {
    const asked: { since?: string; until?: string; limit: number }[] = [];
    const three = [jointCase(), jointCase(), jointCase()];
    const source: JointCaseSource = async (options) => {
      asked.push(options);
      return three.slice(0, options.limit);
    };
    const cut = await supervisionJoint(
      supervisor,
      'district',
      { from: '2026-11-01', to: '2026-11-30' },
      {
        now,
        source,
        calendar,
        limit: 2,
      },
    );
    expect(cut).toMatchObject({ truncated: true, limit: 2, cases: 2 });
    expect(asked[0]).toEqual({ since: '2026-10-31T16:00:00.000Z', until: '2026-11-30T16:00:00.000Z', limit: 3 });
    const whole = await supervisionJoint(supervisor, 'district', {}, { now, source, calendar, limit: 3 });
    expect(whole).toMatchObject({ truncated: false, cases: 3 });
  });

  it('keeps to the period’s filing dates (China’s calendar)', async () => {
    const source: JointCaseSource = async () => [
      jointCase({ createdAt: at('2026-11-10') }),
      jointCase({ createdAt: '2026-11-02T16:30:00Z' }), // 2026-11-03 00:30 in China
      jointCase({ createdAt: at('2026-11-02', '23:00') }),
    ];
    const body = await supervisionJoint(
      supervisor,
      'district',
      { from: '2026-11-03', to: '2026-11-09' },
      {
        now,
        source,
        calendar,
      },
    );
    expect(body.cases).toBe(1);
    expect(body.period).toEqual({ from: '2026-11-03', to: '2026-11-09' });
  });
});

describe('the relief programs’ answers (综合救助)', () => {
  const relief = 'civil-affairs';
  const medical = 'medical-insurance';
  const programOpinion = (department: string, program: string, outcome: string, decidedAt: string) => ({
    ...opinion(department, outcome, decidedAt),
    program,
  });
  /** A relief case: civil affairs leads; dibao and temporary relief (civil affairs), medical relief. */
  function reliefCase(status: CaseRecord['status'], decisions: StepDecision[]): CaseRecord {
    const base = jointCase({ status, decisions });
    return {
      ...base,
      department: relief,
      itemCode: '440104-MZ-0011',
      plan: {
        ...base.plan,
        department: relief,
        jointDepartments: [relief, medical],
        jointBranches: [
          { department: relief, program: 'MZ-DIBAO' },
          { department: relief, program: 'MZ-LINSHI' },
          { department: medical, program: 'YB-YILIAO-JIUZHU' },
        ],
      },
    };
  }
  const monday = at('2026-11-03');
  const cases = [
    // Decided approved: dibao and medical relief agreed, temporary relief refused.
    reliefCase('approved', [
      programOpinion(relief, 'MZ-DIBAO', 'agree', monday),
      programOpinion(relief, 'MZ-LINSHI', 'refuse', monday),
      programOpinion(medical, 'YB-YILIAO-JIUZHU', 'agree_with_conditions', monday),
      decision('approved', at('2026-11-04')),
    ]),
    // Still in review: dibao agreed (not granted until the decision), temporary relief unanswered, medical silent.
    reliefCase('in_review', [
      programOpinion(relief, 'MZ-DIBAO', 'agree', monday),
      programOpinion(medical, 'YB-YILIAO-JIUZHU', 'no_opinion', monday),
    ]),
    // Decided rejected: every program refused whatever its department said.
    reliefCase('rejected', [
      programOpinion(relief, 'MZ-DIBAO', 'agree', monday),
      programOpinion(relief, 'MZ-LINSHI', 'agree', monday),
      programOpinion(medical, 'YB-YILIAO-JIUZHU', 'agree', monday),
      decision('rejected', at('2026-11-04')),
    ]),
  ].map(supervisedJointCase);

  it('counts each program applied for as granted, refused, left without an opinion or still open', () => {
    const { programs } = jointFiguresOf(published, cases, [relief, medical]);
    const row = (code: string) => programs.find((p) => p.program === code);
    expect(programs.map((p) => p.program)).toEqual(['MZ-DIBAO', 'MZ-LINSHI', 'YB-YILIAO-JIUZHU']);
    expect(row('MZ-DIBAO')).toMatchObject({ department: relief, applied: 3, granted: 1, refused: 1, open: 1 });
    expect(row('MZ-LINSHI')).toMatchObject({ applied: 3, granted: 0, refused: 2, noOpinion: 0, open: 1 });
    expect(row('YB-YILIAO-JIUZHU')).toMatchObject({ applied: 3, granted: 1, refused: 1, noOpinion: 1, open: 0 });
    expect(row('MZ-DIBAO')!.name.zh).toBe('最低生活保障');
  });

  it('a department with two programs owes an opinion until it has answered both', () => {
    const waiting = cases[1]!;
    expect(owesOpinion(waiting, relief)).toBe(true);
    expect(departmentOpinionsOf(published, [waiting], relief).open).toBe(1);
  });

  it('a department’s figures list only its own programs', () => {
    const { programs } = jointFiguresOf(published, cases, [medical]);
    expect(programs.map((p) => p.program)).toEqual(['YB-YILIAO-JIUZHU']);
  });
});
