import { afterEach, describe, expect, it } from 'vitest';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { formProblemMessage } from '../../../functions/src/forms/messages.js';
import { sampleAnswers } from '../../../functions/src/forms/samples.js';
import { formProblems, normaliseAnswers } from '../../../functions/src/forms/validate.js';
import { fixedClock, resetClock, setClock } from '../../../functions/src/platform/clock.js';

const marriage = seedItems.find((i) => i.code === '440104-MZ-0001')!.form;
const unemployment = seedItems.find((i) => i.code === '440104-RS-0001')!.form;
const foodLicence = seedItems.find((i) => i.code === '440104-SJ-0003')!.form;
const allowance = seedItems.find((i) => i.code === '440104-MZ-0004')!.form;
const today = '20261127';

const examples = (form: typeof marriage) => sampleAnswers(form, '2026-11-27');

describe('the filled samples (填写示例)', () => {
  afterEach(() => resetClock());

  // Late in the evening UTC is the next day in China: the last one is 2032-01-01 there.
  it.each(['2026-11-27T10:00:00Z', '2028-02-28T17:00:00Z', '2031-12-31T20:00:00Z'])(
    'of every seed form pass its own rules with the clock at %s',
    (at) => {
      setClock(fixedClock(at));
      for (const item of seedItems) {
        expect(formProblems(item.form, sampleAnswers(item.form), { complete: true }), item.code).toEqual([]);
      }
    },
  );

  it('move their past and future dates with the clock', () => {
    setClock(fixedClock('2031-12-31T20:00:00Z'));
    expect(sampleAnswers(marriage).appointmentDate).toBe('2032-01-31');
    expect(sampleAnswers(unemployment).employmentEndDate).toBe('2031-11-02');
    setClock(fixedClock('2028-02-28T10:00:00Z'));
    expect(sampleAnswers(marriage).appointmentDate).toBe('2028-03-29');
  });
});

describe('form answers', () => {
  it('names each missing required field, and lets a draft leave them empty', () => {
    const problems = formProblems(marriage, {}, { complete: true, today });
    expect(problems.map((p) => p.field)).toEqual([
      'applicantName',
      'idNumber',
      'mobile',
      'address',
      'partnerName',
      'partnerIdNumber',
      'appointmentDate',
      'pledge',
    ]);
    expect(problems.filter((p) => p.field !== 'pledge').every((p) => p.code === 'required')).toBe(true);
    expect(formProblems(marriage, {}, { complete: false, today })).toEqual([]);
  });

  it('asks for a tick, not a value, when a required checkbox is left unticked', () => {
    const problems = formProblems(marriage, { ...examples(marriage), pledge: false }, { complete: true, today });
    expect(problems).toEqual([{ field: 'pledge', code: 'notTicked' }]);
    expect(formProblemMessage(problems[0]!, '本人承诺所填信息真实', 'zh')).toBe('请勾选本人承诺所填信息真实');
  });

  it('checks values by type, even in a draft', () => {
    const answers = {
      idNumber: '440104199001011230',
      mobile: '2345',
      email: 'no-at-sign',
      appointmentDate: '2026-02-30',
      partnerName: 'x'.repeat(51),
      pledge: 'yes',
      nickname: 'unknown',
    };
    expect(formProblems(marriage, answers, { complete: false, today })).toEqual([
      { field: 'nickname', code: 'unknownField' },
      { field: 'idNumber', code: 'residentId' },
      { field: 'mobile', code: 'mobile' },
      { field: 'email', code: 'email' },
      { field: 'partnerName', code: 'tooLong', limit: 50 },
      { field: 'appointmentDate', code: 'notDate' },
      { field: 'pledge', code: 'notBoolean' },
    ]);
  });

  it('checks dates against today in China, numbers against their bounds and choices against options', () => {
    expect(
      formProblems(unemployment, { employmentEndDate: '2026-11-28', endReason: 'bored' }, { complete: false, today }),
    ).toEqual([
      { field: 'employmentEndDate', code: 'notPast' },
      { field: 'endReason', code: 'notOption' },
    ]);
    expect(formProblems(marriage, { appointmentDate: '2026-11-27' }, { complete: false, today })).toEqual([
      { field: 'appointmentDate', code: 'notFuture' },
    ]);
    expect(formProblems(allowance, { householdSize: 0, monthlyIncome: 'abc' }, { complete: false, today })).toEqual([
      { field: 'householdSize', code: 'tooSmall', limit: 1 },
      { field: 'monthlyIncome', code: 'notNumber' },
    ]);
  });

  it('validates only the fields shown by the applicant type', () => {
    const asPerson = { ...examples(foodLicence), applicantType: 'person' };
    expect(formProblems(foodLicence, asPerson, { complete: true, today })).toEqual([]);
    const organisationOnly = new Set(['organisationName', 'creditCode', 'legalRepresentative', 'contactName']);
    const personAnswers = Object.entries(examples(foodLicence)).filter(([id]) => !organisationOnly.has(id));
    const asOrganisation = { ...Object.fromEntries(personAnswers), applicantType: 'organisation' };
    expect(formProblems(foodLicence, asOrganisation, { complete: true, today }).map((p) => p.field)).toEqual([
      'organisationName',
      'creditCode',
      'legalRepresentative',
      'contactName',
    ]);
  });

  it('keeps answers normalised: trimmed, upper-case X, numbers as numbers, hidden fields dropped', () => {
    const kept = normaliseAnswers(foodLicence, {
      applicantType: 'organisation',
      applicantName: '张三',
      organisationName: '  示例公司 ',
      mobile: '+86 138-0013-8000',
    });
    expect(kept).toEqual({ applicantType: 'organisation', organisationName: '示例公司', mobile: '13800138000' });
    expect(normaliseAnswers(allowance, { householdSize: ' 3 ', idNumber: '44010419900101123x' })).toEqual({
      householdSize: 3,
      idNumber: '44010419900101123X',
    });
  });

  it('words each problem in Chinese and English with the label and bound', () => {
    expect(formProblemMessage({ field: 'a', code: 'tooLong', limit: 50 }, '另一方姓名', 'zh')).toBe(
      '另一方姓名最多50个字',
    );
    expect(formProblemMessage({ field: 'a', code: 'required' }, 'Mobile number', 'en')).toBe(
      'Mobile number is required',
    );
  });
});
