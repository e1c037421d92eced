import { describe, expect, it } from 'vitest';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { serviceItem } from '../../../functions/src/catalog/model.js';
import { formSchema, type FormSchema } from '../../../functions/src/forms/model.js';

const zhEn = (zh: string, en = zh) => ({ zh, en });
const base: FormSchema = {
  title: zhEn('测试表', 'Test form'),
  sections: [
    {
      id: 'main',
      title: zhEn('主要信息', 'Main'),
      fields: [
        {
          id: 'kind',
          type: 'radio',
          label: zhEn('类别'),
          required: true,
          options: [
            { value: 'a', label: zhEn('甲') },
            { value: 'b', label: zhEn('乙') },
          ],
        },
        { id: 'detail', type: 'text', label: zhEn('说明'), required: false, maxLength: 20 },
      ],
    },
  ],
};

/** The paths and messages of a schema's issues. */
function issues(schema: unknown): string[] {
  const result = formSchema.safeParse(schema);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function withField(field: Record<string, unknown>, at = 1): unknown {
  const fields = [...base.sections[0]!.fields];
  fields.splice(at, 0, field as never);
  return { ...base, sections: [{ ...base.sections[0]!, fields }] };
}

describe('form schemas', () => {
  it('accepts a valid schema', () => {
    expect(issues(base)).toEqual([]);
  });

  it('names the field of every broken rule', () => {
    expect(issues(withField({ id: 'detail', type: 'text', label: zhEn('重复'), required: true }))).toEqual([
      'sections.0.fields.2.id: detail: this field id is used twice',
    ]);
    expect(issues(withField({ id: 'pick', type: 'select', label: zhEn('选'), required: true }))).toEqual([
      'sections.0.fields.1.options: pick: a select field needs options',
    ]);
    expect(issues(withField({ id: 'n', type: 'number', label: zhEn('数'), required: true, min: 5, max: 1 }))).toEqual([
      'sections.0.fields.1.min: n: min exceeds max',
    ]);
    expect(issues(withField({ id: 'x', type: 'date', label: zhEn('日'), required: true, maxLength: 3 }))).toEqual([
      'sections.0.fields.1.maxLength: x: only text and textarea fields have a length',
    ]);
    expect(
      issues(withField({ id: 'x', type: 'text', label: zhEn('号'), required: true, prefill: 'idNumber' })),
    ).toEqual(['sections.0.fields.1.prefill: x: prefill idNumber fits a resident-id field']);
  });

  it('keeps relative sample dates (exampleDays) to date fields, on the side of today their rule asks for', () => {
    const date = (when: 'past' | 'future', exampleDays: number) =>
      withField({ id: 'd', type: 'date', label: zhEn('日'), required: true, when, exampleDays });
    expect(issues(date('future', 30))).toEqual([]);
    expect(issues(date('past', 0))).toEqual([]);
    expect(issues(date('future', 0))).toEqual([
      'sections.0.fields.1.exampleDays: d: a future date needs exampleDays above 0',
    ]);
    expect(issues(date('past', 3))).toEqual([
      'sections.0.fields.1.exampleDays: d: a past date needs exampleDays of 0 or less',
    ]);
    expect(issues(withField({ id: 't', type: 'text', label: zhEn('文'), required: true, exampleDays: 2 }))).toEqual([
      'sections.0.fields.1.exampleDays: t: only date fields have exampleDays',
    ]);
  });

  it('requires showWhen to point at an earlier choice and one of its options', () => {
    expect(
      issues(
        withField(
          { id: 'x', type: 'text', label: zhEn('甲'), required: true, showWhen: { field: 'detail', equals: 'a' } },
          2,
        ),
      ),
    ).toEqual(['sections.0.fields.2.showWhen.field: x: showWhen needs a checkbox, select or radio field']);
    expect(
      issues(
        withField(
          { id: 'x', type: 'text', label: zhEn('甲'), required: true, showWhen: { field: 'later', equals: 'a' } },
          0,
        ),
      ),
    ).toEqual(['sections.0.fields.0.showWhen.field: x: showWhen refers to later, which is not an earlier field']);
    expect(
      issues(
        withField({
          id: 'x',
          type: 'text',
          label: zhEn('甲'),
          required: true,
          showWhen: { field: 'kind', equals: 'c' },
        }),
      ),
    ).toEqual(['sections.0.fields.1.showWhen.equals: x: c is not an option of kind']);
  });

  it('refuses a catalog item whose form is invalid, naming the field', () => {
    const item = structuredClone(seedItems[0]!);
    item.form.sections[0]!.fields[0]!.type = 'select';
    const result = serviceItem.safeParse(item);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe('form.sections.0.fields.0.options');
  });

  it('gives every seed item a valid form whose examples pass it', () => {
    for (const item of seedItems) {
      expect(issues(item.form), item.code).toEqual([]);
      expect(
        item.form.sections.flatMap((s) => s.fields).some((f) => f.id === 'pledge'),
        item.code,
      ).toBe(true);
    }
  });
});
