import { describe, expect, it } from 'vitest';
import { jointProgress } from '../../../functions/src/cases/joint-review.js';
import type { CaseRecord, StepDecision } from '../../../functions/src/cases/model.js';
import { isForApplicant } from '../../../functions/src/cases/timeline.js';

const opinion = (department: string, outcome: string, decidedAt: string, comment = ''): StepDecision => ({
  workItemId: `${department}-${decidedAt}`,
  step: 'opinion',
  outcome,
  comment,
  decidedBy: `officer-${department}`,
  role: 'officer',
  department,
  decidedAt,
  escalated: false,
});

const record = (decisions: StepDecision[], correctedAt?: string) =>
  ({
    department: 'market-supervision',
    plan: { jointReview: true, jointDepartments: ['market-supervision', 'environment', 'health'] },
    decisions,
    timeline: correctedAt ? [{ at: correctedAt, status: 'accepted', event: 'correction_received' }] : [],
  }) as unknown as CaseRecord;

describe('joint review progress (联合审批)', () => {
  it('shows each department reviewing until it gives its opinion, the lead marked', () => {
    const progress = jointProgress(record([opinion('health', 'agree', '2026-11-02T02:00:00.000Z', '符合')]), 'staff');
    expect(progress?.lead).toBe('market-supervision');
    expect(progress?.departments.map((d) => [d.department, d.lead, d.status])).toEqual([
      ['market-supervision', true, 'reviewing'],
      ['environment', false, 'reviewing'],
      ['health', false, 'agree'],
    ]);
    expect(progress?.departments[2]).toMatchObject({ decidedBy: 'officer-health', comment: '符合' });
  });

  it('gives the applicant the reasons meant for them only, and never the officer', () => {
    const decisions = [
      opinion('market-supervision', 'agree', '2026-11-02T02:00:00.000Z', '内部备注'),
      opinion('environment', 'agree_with_conditions', '2026-11-02T03:00:00.000Z', '安装油烟净化器'),
      opinion('health', 'refuse', '2026-11-02T04:00:00.000Z', '卫生设施不符合要求'),
    ];
    const progress = jointProgress(record(decisions), 'applicant');
    expect(progress?.departments.map((d) => [d.status, d.comment, d.decidedBy])).toEqual([
      ['agree', undefined, undefined],
      ['agree_with_conditions', '安装油烟净化器', undefined],
      ['refuse', '卫生设施不符合要求', undefined],
    ]);
    expect(decisions.map((d) => isForApplicant(d))).toEqual([false, true, true]);
  });

  it('puts a department that asked for a correction back to reviewing once the correction arrives', () => {
    const asked = [opinion('environment', 'request_correction', '2026-11-02T03:00:00.000Z', '补充说明')];
    expect(jointProgress(record(asked), 'applicant')?.departments[1]?.status).toBe('request_correction');
    expect(jointProgress(record(asked, '2026-11-03T01:00:00.000Z'), 'applicant')?.departments[1]?.status).toBe(
      'reviewing',
    );
  });

  it('is absent on a case of an item without joint review', () => {
    expect(jointProgress({ ...record([]), plan: { department: 'x' } } as unknown as CaseRecord, 'staff')).toBe(
      undefined,
    );
  });
});
