import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskResidentId } from '../../../functions/src/platform/personal-data/masking.js';

describe('masking', () => {
  it('keeps the region and the last four digits of a resident ID', () => {
    expect(maskResidentId('440104199001011234')).toBe('440104********1234');
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('keeps the first character of a name', () => {
    expect(maskName('陈小明')).toBe('陈**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('𠮷野家')).toBe('𠮷**');
    expect(maskName('李')).toBe('*');
  });

  it('masks a value of an unexpected shape completely', () => {
    expect(maskResidentId('1234567')).toBe('*******');
    expect(maskPhone('')).toBe('***********');
  });

  it('never shows the birth date of any ID nor the middle of any phone', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), fc.stringMatching(/^1\d{10}$/), (id, phone) => {
        expect(maskResidentId(id).slice(6, 14)).toBe('********');
        expect(maskPhone(phone).slice(3, 7)).toBe('****');
      }),
    );
  });
});
