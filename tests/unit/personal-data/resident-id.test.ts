import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chinaToday,
  mainlandMobileSchema,
  residentIdCheckCharacter,
  residentIdMessages,
  residentIdProblem,
  residentIdSchema,
} from '../../../functions/src/platform/personal-data/resident-id.js';
import { withCheckCharacter } from './support.js';

const provinces = ['11', '31', '44', '46', '50', '65', '71', '81', '82', '83'];

/** Valid IDs: a known province, any 4 digits, a real birth date from 1900 to 2020, 3 sequence digits. */
const validIds = fc
  .record({
    province: fc.constantFrom(...provinces),
    area: fc.stringMatching(/^\d{4}$/),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2020-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: fc.stringMatching(/^\d{3}$/),
  })
  .map(({ province, area, birth, sequence }) =>
    withCheckCharacter(`${province}${area}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`),
  );

describe('residentIdProblem', () => {
  it('accepts the standard example with an X check character', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdProblem('11010519491231002X')).toBeUndefined();
  });

  it('names the part that is wrong', () => {
    const today = '20250601';
    expect(residentIdProblem('1101051949123100', today)).toBe('format');
    expect(residentIdProblem('11010519491231002Y', today)).toBe('format');
    expect(residentIdProblem(withCheckCharacter('99010519491231002'), today)).toBe('region');
    expect(residentIdProblem(withCheckCharacter('01010519491231002'), today)).toBe('region');
    expect(residentIdProblem(withCheckCharacter('11010519490230002'), today)).toBe('birthDate');
    expect(residentIdProblem(withCheckCharacter('11010518991231002'), today)).toBe('birthDate');
    expect(residentIdProblem(withCheckCharacter('11010520250602002'), today)).toBe('futureBirthDate');
    expect(residentIdProblem(withCheckCharacter('11010520250601002'), today)).toBeUndefined();
    expect(residentIdProblem('110105194912310021', today)).toBe('checkDigit');
  });

  it('takes today in China Standard Time', () => {
    expect(chinaToday(Date.parse('2025-06-01T16:30:00Z'))).toBe('20250602');
    expect(chinaToday(Date.parse('2025-06-01T15:59:00Z'))).toBe('20250601');
  });

  it('accepts every generated valid ID', () => {
    fc.assert(fc.property(validIds, (id) => residentIdProblem(id) === undefined));
  });

  it('refuses any ID with one character changed', () => {
    const changed = validIds.chain((id) =>
      fc.record({
        id: fc.constant(id),
        at: fc.integer({ min: 0, max: 17 }),
        replacement: fc.constantFrom(...'0123456789X'),
      }),
    );
    fc.assert(
      fc.property(
        changed.filter(({ id, at, replacement }) => id[at] !== replacement),
        ({ id, at, replacement }) =>
          residentIdProblem(`${id.slice(0, at)}${replacement}${id.slice(at + 1)}`) !== undefined,
      ),
    );
  });

  it('refuses any swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(validIds, fc.integer({ min: 0, max: 15 }), (id, at) => {
        fc.pre(id[at] !== id[at + 1]);
        const swapped = `${id.slice(0, at)}${id[at + 1]}${id[at]}${id.slice(at + 2)}`;
        return residentIdProblem(swapped) !== undefined;
      }),
    );
  });
});

describe('residentIdSchema', () => {
  it('normalises a lower-case x and surrounding spaces', () => {
    expect(residentIdSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('reports which part is wrong without echoing the value', () => {
    const result = residentIdSchema.safeParse('110105194912310021');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(residentIdMessages.checkDigit);
    expect(JSON.stringify(result.error?.issues)).not.toContain('110105194912310021');
  });
});

describe('mainlandMobileSchema', () => {
  it('accepts 11-digit numbers starting 13 to 19, with a country prefix or separators', () => {
    expect(mainlandMobileSchema.parse('13800138000')).toBe('13800138000');
    expect(mainlandMobileSchema.parse('+86 138-0013-8000')).toBe('13800138000');
    expect(mainlandMobileSchema.parse('008619912345678')).toBe('19912345678');
  });

  it('refuses landlines, short numbers and other prefixes', () => {
    for (const bad of ['12800138000', '1380013800', '138001380001', '020-12345678', '+85291234567', '1380013800a']) {
      expect(mainlandMobileSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
