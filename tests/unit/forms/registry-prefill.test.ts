import { describe, expect, it } from 'vitest';
import { isRegistrySource, prefillSources, prefillTypes } from '../../../functions/src/forms/field-types.js';
import { formSchema } from '../../../functions/src/forms/model.js';
import { prefillAnswers, registrySourceValues } from '../../../functions/src/forms/registry-prefill.js';

const person = {
  name: '陈小明',
  idNumber: '440104198503152014',
  sex: 'male' as const,
  birthDate: '1985-03-15',
  ethnicity: '汉族',
  street: 'beijing',
  community: 'beijing-01',
  address: '广州市越秀区北京路1号101房',
};

describe('registry prefill', () => {
  it('maps a person record to prefill values, with the street and community by name', () => {
    // Prepare / Act
    const values = registrySourceValues(person);
    // Assess
    expect(values).toEqual({
      name: '陈小明',
      idNumber: '440104198503152014',
      sex: 'male',
      birthDate: '1985-03-15',
      ethnicity: '汉族',
      address: '广州市越秀区北京路1号101房',
      street: '北京街道',
      community: '北京街第一社区',
    });
  });

  it('leaves out what the record does not hold', () => {
    const values = registrySourceValues({ ...person, ethnicity: undefined, address: undefined, community: 'x-99' });
    expect(values).not.toHaveProperty('ethnicity');
    expect(values).not.toHaveProperty('address');
    expect(values).not.toHaveProperty('community');
  });

  it('fills only open fields with a source, and a choice only with one of its options', () => {
    const fields = [
      { id: 'birth', type: 'date' as const, prefill: 'birthDate' as const },
      { id: 'home', type: 'text' as const, prefill: 'address' as const },
      { id: 'sex', type: 'radio' as const, prefill: 'sex' as const, options: [{ value: 'male' }, { value: 'female' }] },
      { id: 'gender', type: 'select' as const, prefill: 'sex' as const, options: [{ value: 'm' }, { value: 'f' }] },
      { id: 'remarks', type: 'textarea' as const },
    ];
    const answers = prefillAnswers(fields, registrySourceValues(person), (id) => id !== 'home');
    expect(answers).toEqual({ birth: '1985-03-15', sex: 'male' });
  });

  it('tells registry sources from profile sources, and each source fits a field type', () => {
    expect(prefillSources.filter(isRegistrySource)).toEqual([
      'sex',
      'birthDate',
      'ethnicity',
      'address',
      'street',
      'community',
    ]);
    expect(isRegistrySource('idNumber')).toBe(false);
    for (const source of prefillSources) expect(prefillTypes[source].length).toBeGreaterThan(0);
  });

  it('refuses a form whose registry prefill does not fit the field type', () => {
    const form = {
      title: { zh: '表', en: 'Form' },
      sections: [
        {
          id: 'a',
          title: { zh: '甲', en: 'A' },
          fields: [
            { id: 'birth', type: 'number', label: { zh: '出生', en: 'Birth' }, required: false, prefill: 'birthDate' },
          ],
        },
      ],
    };
    const parsed = formSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('prefill birthDate fits a date field');
  });
});
