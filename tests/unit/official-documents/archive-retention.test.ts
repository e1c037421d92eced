import { describe, expect, it } from 'vitest';
import {
  retainUntil,
  retentionByType,
  retentionYears,
} from '../../../functions/src/official-documents/archive-model.js';
import { documentTypes } from '../../../functions/src/official-documents/model.js';
import { buckets } from '../../../functions/src/platform/resources.js';

/** The archive's retention periods (保管期限) and retain-until dates (issue 19 §3). */
describe('archive retention', () => {
  it('gives every document type a retention period of the filing rules', () => {
    for (const type of documentTypes) expect(['permanent', '30y', '10y']).toContain(retentionByType[type]);
    expect(retentionByType.request).toBe('permanent');
    expect(retentionByType.letter).toBe('10y');
  });

  it('locks an object from its signing instant for the period, a leap day moving to 1 March', () => {
    expect(retainUntil('2026-03-05T02:30:00.000Z', '30y')).toBe('2056-03-05T02:30:00.000Z');
    expect(retainUntil('2026-03-05T02:30:00.000Z', 'permanent')).toBe('2126-03-05T02:30:00.000Z');
    expect(retainUntil('2028-02-29T08:00:00.000Z', '10y')).toBe('2038-03-01T08:00:00.000Z');
  });

  it("never locks for less than the bucket's default COMPLIANCE retention", () => {
    const shortest = Math.min(...Object.values(retentionYears));
    expect(shortest * 365).toBeGreaterThanOrEqual(buckets.archive.objectLock.defaultRetentionDays);
  });
});
