import { describe, expect, it } from 'vitest';
import { household, type Household } from '../../../functions/src/relief/household.js';
import { evaluateHousehold, evaluateProgram } from '../../../functions/src/relief/eligibility.js';
import { programByCode, reliefDepartments, reliefPrograms } from '../../../functions/src/relief/programs.js';

const base = (over: Partial<Household> = {}): Household =>
  household.parse({
    members: [
      { name: '陈小明', relation: 'self', age: 45, unemployed: true },
      { name: '陈一', relation: 'child', age: 10, schooling: 'compulsory' },
      { name: '陈奶奶', relation: 'parent', age: 82, disability: '2', seriousIllness: true },
    ],
    monthlyIncome: 3600,
    financialAssets: 20000,
    housing: 'rented',
    housingArea: 36,
    ...over,
  });
const eligible = (h: Household) =>
  evaluateHousehold(h)
    .filter((x) => x.eligible)
    .map((x) => x.code);
const program = (code: string) => programByCode(code)!;

describe('relief programs (综合救助)', () => {
  it('are 26 programs of 8 departments, each with conditions and an explanation', () => {
    expect(reliefPrograms).toHaveLength(26);
    expect(new Set(reliefPrograms.map((x) => x.code)).size).toBe(26);
    expect(reliefDepartments).toHaveLength(8);
    expect(reliefDepartments[0]).toBe('civil-affairs');
    for (const x of reliefPrograms) {
      expect(x.conditions.length).toBeGreaterThan(0);
      expect(x.explanation.zh && x.explanation.en).toBeTruthy();
    }
  });
});

describe('eligibility rules', () => {
  it('a household under the subsistence line qualifies for dibao, with each condition explained', () => {
    const result = evaluateProgram(program('MZ-DIBAO'), base());
    expect(result.eligible).toBe(true);
    expect(result.conditions.map((c) => c.met)).toEqual([true, true]);
    expect(result.conditions[0]!.text.zh).toContain('1,200');
    expect(result.conditions[0]!.text.en).toContain('¥1,500');
  });

  it('income one yuan per person over the line refuses dibao and says why', () => {
    const result = evaluateProgram(program('MZ-DIBAO'), base({ monthlyIncome: 4503 }));
    expect(result.eligible).toBe(false);
    expect(result.conditions[0]).toMatchObject({ met: false });
    expect(result.conditions[0]!.text.zh).toContain('1,501');
  });

  it('assets over 24 months of the line refuse dibao even with a low income', () => {
    expect(evaluateProgram(program('MZ-DIBAO'), base({ financialAssets: 36000 * 3 + 3 })).eligible).toBe(false);
    expect(evaluateProgram(program('MZ-DIBAO'), base({ financialAssets: 36000 * 3 })).eligible).toBe(true);
  });

  it('member conditions need one member meeting every part (age, disability grade, schooling, work)', () => {
    const codes = eligible(base());
    expect(codes).toEqual(
      expect.arrayContaining([
        'MZ-GAOLING',
        'CL-HULI-BUTIE',
        'JY-YIWU-BUZHU',
        'RS-JIUYE-KUNNAN',
        'RS-SHEBAO-BUTIE',
        'YB-YILIAO-JIUZHU',
        'ZJ-ZULIN-BUTIE',
      ]),
    );
    // No preschool child, no veteran, no grade-1/2-only rule missed: grade 3 is not severe enough for care.
    expect(codes).not.toContain('JY-XUEQIAN');
    expect(codes).not.toContain('TY-KUNNAN-BANGFU');
    const grade3 = base({
      members: [
        {
          name: '甲',
          relation: 'self',
          age: 50,
          disability: '3',
          schooling: 'none',
          unemployed: false,
          seriousIllness: false,
          veteran: false,
          noSupport: false,
        },
      ],
      monthlyIncome: 1000,
    });
    expect(eligible(grade3)).toContain('CL-SHENGHUO-BUTIE');
    expect(eligible(grade3)).not.toContain('CL-HULI-BUTIE');
    // Unemployment counts only at working age.
    const old = base({
      members: [
        {
          name: '乙',
          relation: 'self',
          age: 65,
          disability: 'none',
          schooling: 'none',
          unemployed: true,
          seriousIllness: false,
          veteran: false,
          noSupport: false,
        },
      ],
    });
    expect(eligible(old)).not.toContain('RS-JIUYE-KUNNAN');
  });

  it('housing rules read the kind of home and the space per person', () => {
    expect(eligible(base({ housing: 'owned' }))).not.toContain('ZJ-ZULIN-BUTIE');
    const small = base({ housing: 'owned', housingArea: 30 });
    expect(eligible(small)).toContain('ZJ-WEIFANG');
    expect(eligible(base({ housing: 'owned', housingArea: 60 }))).not.toContain('ZJ-WEIFANG');
    expect(evaluateProgram(program('ZJ-WEIFANG'), small).conditions.at(-1)!.text.en).toContain('10 m²');
  });

  it('temporary assistance needs a sudden hardship; allowances by age need no income test', () => {
    expect(eligible(base())).not.toContain('MZ-LINSHI');
    expect(eligible(base({ emergency: true }))).toContain('MZ-LINSHI');
    expect(eligible(base({ monthlyIncome: 90000 }))).toEqual(['MZ-GAOLING', 'CL-HULI-BUTIE']);
  });

  it('lists the programs the household may qualify for first', () => {
    const all = evaluateHousehold(base());
    expect(all).toHaveLength(26);
    const firstIneligible = all.findIndex((x) => !x.eligible);
    expect(all.slice(firstIneligible).every((x) => !x.eligible)).toBe(true);
  });
});
