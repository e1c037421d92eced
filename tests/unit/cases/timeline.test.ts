import { describe, expect, it } from 'vitest';
import type { CaseRecord, TimelineEntry } from '../../../functions/src/cases/model.js';
import { applicantTimeline, isForApplicant, normalizedEntry } from '../../../functions/src/cases/timeline.js';

const at = '2026-11-02T02:00:00.000Z';
const old = (status: TimelineEntry['status'], note: string, by = 'system'): TimelineEntry => ({ at, status, note, by });

describe('timeline events', () => {
  it('reads old English notes as event codes, keeping the opinion apart', () => {
    expect(normalizedEntry(old('submitted', 'Application received', 'citizen1'))).toEqual({
      at,
      status: 'submitted',
      event: 'received',
      by: 'citizen1',
    });
    expect(normalizedEntry(old('in_review', 'Under review')).event).toBe('under_review');
    expect(normalizedEntry(old('deciding', 'Waiting for the decision')).event).toBe('awaiting_decision');
    expect(normalizedEntry(old('approved', 'approved: 同意发放', 'head1'))).toMatchObject({
      event: 'approved',
      detail: '同意发放',
    });
    expect(normalizedEntry(old('withdrawn', 'withdrawn: The requested correction did not arrive in time'))).toEqual({
      at,
      status: 'withdrawn',
      event: 'withdrawn',
      by: 'system',
    });
    expect(normalizedEntry(old('needs_correction', 'Correction requested: 请补充照片'))).toMatchObject({
      event: 'correction_requested',
      detail: '请补充照片',
    });
    expect(
      normalizedEntry(old('accepted', 'Overdue (due 2026-12-18): escalated to the department head')),
    ).toMatchObject({
      event: 'overdue',
      detail: '2026-12-18',
    });
  });

  it('keeps an unknown old note readable as written', () => {
    expect(normalizedEntry(old('accepted', '手工备注'))).toMatchObject({ event: 'note', detail: '手工备注' });
  });

  it('shows the applicant roles and units, never usernames or internal details', () => {
    const record = {
      ownerUsername: 'citizen1',
      department: 'civil-affairs',
      timeline: [
        old('submitted', 'Application received', 'citizen1'),
        old('accepted', 'Accepted', 'officer1'),
        old('needs_attention', 'Needs attention: Lambda.Unknown'),
      ],
    } as unknown as CaseRecord;
    const seen = applicantTimeline(record);
    expect(seen.map((e) => e.by)).toEqual([
      { role: 'applicant' },
      { role: 'staff', department: 'civil-affairs' },
      { role: 'system' },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/officer1|Lambda/);
  });

  it('addresses corrections, refusals at acceptance and decisions to the applicant, not review opinions', () => {
    expect(isForApplicant({ step: 'accept', outcome: 'correct' })).toBe(true);
    expect(isForApplicant({ step: 'accept', outcome: 'reject' })).toBe(true);
    expect(isForApplicant({ step: 'decide', outcome: 'approved' })).toBe(true);
    expect(isForApplicant({ step: 'accept', outcome: 'accept' })).toBe(false);
    expect(isForApplicant({ step: 'review', outcome: 'approve' })).toBe(false);
    expect(isForApplicant({ step: 'review', outcome: 'reject' })).toBe(false);
  });
});
