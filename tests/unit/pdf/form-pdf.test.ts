import { beforeAll, describe, expect, it } from 'vitest';
import type { FormSchema } from '../../../functions/src/forms/model.js';
import { renderFormPdf } from '../../../functions/src/pdf/index.js';
import { formWords } from '../../../functions/src/pdf/labels.js';
import { answers, form, item, longForm, rareName } from './fixtures.js';
import { pageContent, readPdf, type ReadPdf } from './pdf-reader.js';

/** What a one-page form may weigh: the font subset is most of it. */
const sizeBudget = 150_000;
const squash = (text: string) => text.replace(/\s+/g, '');
const examples = [
  '蔺晓明',
  '440104199001011234',
  '1990-01-01',
  '13800138000',
  'zhang@example.cn',
  '广州市越秀区北京街道示例路1号',
];

const rendered: Record<string, { bytes: Uint8Array; pdf: ReadPdf }> = {};
async function render(name: string, input: Parameters<typeof renderFormPdf>[0]) {
  const bytes = await renderFormPdf(input);
  rendered[name] = { bytes, pdf: await readPdf(bytes) };
}

beforeAll(async () => {
  await render('blank', { form, item, mode: 'blank', language: 'zh' });
  await render('sample', { form, item, mode: 'sample', language: 'zh', date: '2026-01-05T02:00:00Z' });
  await render('filled', { form, item, answers, mode: 'filled', language: 'zh' });
  await render('english', { form, item, mode: 'blank', language: 'en' });
}, 120_000);

describe('the blank application form', () => {
  it('prints the title, the item, every label and option, and the signature line, on one page', () => {
    const { pdf } = rendered.blank!;
    expect(pdf.pages).toHaveLength(1);
    for (const text of [
      '婚姻登记申请表',
      '广州市越秀区民政局',
      '办理事项：内地居民婚姻登记',
      '事项编码：440104-MZ-0001',
    ]) {
      expect(pdf.text).toContain(text);
    }
    for (const label of [
      '申请人类型',
      '申请人姓名',
      '单位名称',
      '居民身份证号码',
      '出生日期',
      '户籍所在区',
      '情况说明',
    ]) {
      expect(pdf.text).toContain(label);
    }
    expect(pdf.text).toMatch(/个人\s+单位/);
    expect(pdf.text).toMatch(/越秀区\s+天河区\s+海珠区/);
    expect(pdf.text).toContain('本人承诺所填信息真实、准确，并承担相应法律责任');
    expect(pdf.text).toContain('（申请人类型选“单位”时填写）');
    expect(pdf.text).toContain('请写到门牌号');
    expect(pdf.text).toMatch(/申请人（签字或盖章）：\s*日期：/);
    expect(pdf.text).toContain('第 1 页 / 共 1 页');
  });

  it('holds no answers, no examples and no ticks', () => {
    const { pdf } = rendered.blank!;
    const table = pdf.text.replace(formWords.blankNote.zh, '');
    for (const value of [...examples, rareName, '✓', 'SAMPLE']) expect(table).not.toContain(value);
  });
});

describe('the sample form (填写示例)', { timeout: 30_000 }, () => {
  it('is marked as a sample and shows every shown field’s example, ticked where it is a choice', () => {
    const { pdf } = rendered.sample!;
    expect(pdf.text).toContain('填写示例 SAMPLE');
    expect(pdf.text).toContain('样表 SAMPLE');
    for (const value of examples) expect(pdf.text).toContain(value);
    expect(pdf.text).toMatch(/✓\s*个人\s+单位/);
    expect(pdf.text).toMatch(/✓\s*越秀区\s+天河区/);
    expect(pdf.text).toMatch(/✓\s*本人承诺/);
  });

  it('leaves out the fields its own examples hide', () => {
    const { pdf } = rendered.sample!;
    expect(pdf.text).not.toContain('单位名称');
    expect(pdf.text).not.toContain('广州越秀示例贸易有限公司');
  });

  it('carries its metadata, dated from the input, and renders to the same bytes every time', async () => {
    const { pdf, bytes } = rendered.sample!;
    expect(pdf.info).toMatchObject({
      Title: '婚姻登记申请表（填写示例）',
      Creator: '越秀号 Yuexiu-hao',
      Language: 'zh-CN',
    });
    expect(pdf.info.CreationDate).toBe('D:20260105020000Z');
    const again = await renderFormPdf({ form, item, mode: 'sample', language: 'zh', date: '2026-01-05T02:00:00Z' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the filled form', { timeout: 30_000 }, () => {
  it('prints the answers exactly, rare characters included, and no examples', () => {
    const { pdf } = rendered.filled!;
    expect(pdf.text).toContain(`张${rareName}`);
    expect(pdf.text).toContain('44010419900101123X');
    expect(pdf.text).toMatch(/越秀区\s+✓\s*天河区/);
    expect(squash(pdf.text)).toContain(squash(answers.remarks));
    for (const value of ['蔺晓明', '13800138000', 'zhang@example.cn']) expect(pdf.text).not.toContain(value);
    expect(pdf.info.CreationDate).toBeUndefined();
  });

  it('draws a character the font lacks as 〓, with the real character as ActualText', async () => {
    const { pdf, bytes } = rendered.filled!;
    expect(pdf.text).toContain('广州市越秀区中山四路 123 号 〓野家');
    expect(await pageContent(bytes, 0)).toMatch(/\/ActualText <FEFFD842DFB7>/i);
  });

  it('needs the answers', async () => {
    await expect(renderFormPdf({ form, item, mode: 'filled', language: 'zh' })).rejects.toThrow(/needs the answers/);
  });
});

describe('the English form', () => {
  it('labels everything in English and names the item in both languages', () => {
    const { pdf } = rendered.english!;
    for (const text of ['Marriage registration application', "Applicant's name", 'Resident ID number', 'Page 1 of 1']) {
      expect(pdf.text).toContain(text);
    }
    expect(pdf.text).toContain('Marriage registration (内地居民婚姻登记)');
    expect(pdf.text).toContain('(Fill in if Applicant is "An organisation")');
    expect(pdf.text).not.toContain('申请人姓名');
    expect(pdf.info.Language).toBe('en');
  });
});

describe('long forms', { timeout: 30_000 }, () => {
  it('run over pages numbered 第 n 页 / 共 3 页, continuing the section heading, with every field once', async () => {
    const pdf = await readPdf(await renderFormPdf({ form: longForm, item, mode: 'sample', language: 'zh' }));
    expect(pdf.pages).toHaveLength(3);
    pdf.pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 / 共 3 页`));
    expect(pdf.text).toMatch(/第\d部分（续）/);
    for (let s = 1; s <= 3; s++) {
      for (let f = 1; f <= 20; f++) {
        expect(pdf.text.match(new RegExp(`第${s}部分第${f}项 `, 'g')), `field ${s}-${f}`).toHaveLength(1);
        expect(pdf.text).toContain(`示例${s}-${f}`);
      }
    }
  });

  it('break a long answer between lines, onto the next page, without losing a character', async () => {
    const essay: FormSchema = {
      title: { zh: '情况说明书', en: 'Statement' },
      sections: [{ id: 'main', title: { zh: '说明', en: 'Statement' }, fields: [longForm.sections[0]!.fields[4]!] }],
    };
    const text = '越秀区北京街道（原大南路）居民委员会证明：该户自2019年起在本辖区居住。'.repeat(60);
    const id = essay.sections[0]!.fields[0]!.id;
    const bytes = await renderFormPdf({ form: essay, item, answers: { [id]: text }, mode: 'filled', language: 'zh' });
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages[1]).toContain('第1部分第5项（续）');
    expect(
      squash(pdf.text.replace(/第 \d 页 \/ 共 \d 页|440104-MZ-0001 情况说明书|说明（续）|第1部分第5项（续）/g, '')),
    ).toContain(squash(text));
  });
});

describe('file size', () => {
  it(`stays under ${sizeBudget / 1000} kB for a one-page form`, () => {
    for (const [name, { bytes }] of Object.entries(rendered)) expect(bytes.length, name).toBeLessThan(sizeBudget);
  });
});
