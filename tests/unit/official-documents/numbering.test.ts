import { describe, expect, it } from 'vitest';
import { agencyCodeOf, documentNumber } from '../../../functions/src/official-documents/numbering.js';

describe('document numbers (发文字号, GB/T 9704)', () => {
  it('writes 机关代字〔年份〕序号 with the year in full and no leading zeros', () => {
    expect(documentNumber('civil-affairs', 2026, 3)).toBe('越民〔2026〕3号');
    expect(documentNumber('market-supervision', 2027, 12)).toBe('越市监〔2027〕12号');
  });

  it('has codes for the staff units outside the catalog, and 越 alone for a unit it does not know', () => {
    expect(agencyCodeOf('district-office')).toBe('越府办');
    expect(agencyCodeOf('unknown-unit')).toBe('越');
  });
});
