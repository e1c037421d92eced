import type { CaseRecord } from '../../../functions/src/cases/model.js';
import type { SupervisedCase } from '../../../functions/src/supervision/model.js';

/** A Shanghai wall-clock time on a date, as an ISO instant. */
export const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;

let sequence = 0;

/**
 * A made-up case of 高龄老人津贴申领 (10 working days), accepted Monday 2026-11-02 and in review: due
 * Monday 2026-11-16 unless paused.
 */
export function supervised(over: Partial<SupervisedCase> = {}): SupervisedCase {
  sequence += 1;
  return {
    caseId: `case-${sequence}`,
    caseNumber: `YX-20261102-${String(sequence).padStart(6, '0')}`,
    itemCode: '440104-MZ-0007',
    itemName: { zh: '高龄老人津贴申领', en: 'Allowance for people aged 80 and over' },
    department: 'civil-affairs',
    channel: 'online',
    status: 'in_review',
    clock: { acceptedAt: at('2026-11-02'), limitDays: 10, statutoryDays: 20, pauses: [], level: 'green' },
    createdAt: at('2026-11-02', '08:30'),
    ...over,
  };
}

/** A case decided with `outcome` at `decidedAt`. */
export const decided = (decidedAt: string, over: Partial<SupervisedCase> = {}, outcome = 'approved') =>
  supervised({
    status: 'completed',
    result: { outcome, comment: '', decidedAt, documentNumber: '越民〔2026〕1号' },
    ...over,
  });

/** A full case record around a supervised case, with the personal data supervision must never pass on. */
export function fullRecord(c: SupervisedCase): CaseRecord {
  return {
    ...c,
    itemVersion: 1,
    title: c.itemName.zh,
    owner: 'sub-of-citizen',
    ownerUsername: 'citizen1',
    applicantMasked: '张*明',
    answersEnc: 'sealed-answers',
    lookupIndex: 'blind-index',
    materials: [],
    pickup: { method: 'download' },
    timeline: [],
    correctionToken: 'task-token',
    plan: {
      caseId: c.caseId,
      department: c.department,
      acceptRole: 'officer',
      hasReview: true,
      reviewRole: 'officer',
      decideRole: 'head',
      acceptedAtCounter: false,
      pickupAtStation: false,
      pickupStreet: '',
    },
    version: 3,
    updatedAt: c.createdAt,
  };
}
