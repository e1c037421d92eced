import type { FormAnswers, FormField, FormSchema, FormSection } from '../forms/model.js';
import { sampleAnswers } from '../forms/samples.js';
import { formFieldsOf, isShown } from '../forms/validate.js';
import { PdfPages } from './document.js';
import { colors, contentWidth, margin, pageSize } from './page.js';
import { drawRow, fieldRow, type FieldMode } from './form-rows.js';
import { formWords, pageLabel, sampleWatermark, type Bilingual, type Language } from './labels.js';

/** The service item a form belongs to, as the form's header names it. */
export interface FormPdfItem {
  code: string;
  name: Bilingual;
  departmentName: Bilingual;
}

/** What to print: an application form (申请表) blank, as a filled sample (填写示例) or with an applicant's answers. */
export interface FormPdfInput {
  form: FormSchema;
  item: FormPdfItem;
  /** The applicant's answers; required in mode 'filled', ignored otherwise. */
  answers?: FormAnswers;
  /**
   * 'blank': boxes to fill by hand; 'sample': filled from each field's example (relative dates resolved for
   * today, forms/samples.ts), marked 样表 SAMPLE; 'filled'.
   */
  mode: FieldMode;
  /** The labels' language; values are printed as given whatever it is. */
  language: Language;
  /** ISO date-time written as the document's creation date; without it the file has no date. */
  date?: string;
}

/** The values the form shows in each mode. */
function valuesOf(input: FormPdfInput): FormAnswers {
  if (input.mode === 'blank') return {};
  if (input.mode === 'filled') {
    if (!input.answers) throw new Error('renderFormPdf: mode "filled" needs the answers');
    return input.answers;
  }
  return sampleAnswers(input.form);
}

/** The field a conditional field depends on, and the choice that shows it, in words. */
function conditionOf(field: FormField, fields: Map<string, FormField>, language: Language) {
  if (!field.showWhen) return undefined;
  const target = fields.get(field.showWhen.field);
  if (!target) return undefined;
  const { equals } = field.showWhen;
  const option = target.options?.find((o) => o.value === equals);
  return { label: target.label[language], choice: option ? option.label[language] : equals };
}

function drawHeader(pages: PdfPages, input: FormPdfInput): void {
  const { form, item, mode, language: lang } = input;
  const centre = pageSize.width / 2;
  pages.text(item.departmentName[lang], centre, pages.y - 10, { size: 10, color: colors.muted, align: 'center' });
  pages.text(form.title[lang], centre, pages.y - 38, { size: 18, bold: true, align: 'center' });
  pages.y -= 46;
  if (mode === 'sample') {
    pages.text(`${formWords.sample.zh} ${formWords.sample.en}`, centre, pages.y - 16, {
      size: 13,
      bold: true,
      color: colors.required,
      align: 'center',
    });
    pages.y -= 22;
  }
  const name = lang === 'zh' ? item.name.zh : `${item.name.en} (${item.name.zh})`;
  const facts = [
    `${formWords.item[lang]}${lang === 'zh' ? '：' : ': '}${name}`,
    `${formWords.code[lang]}${lang === 'zh' ? '：' : ': '}${item.code}`,
  ];
  for (const line of pages.wrap(facts.join('    '), contentWidth, 9.5)) {
    pages.text(line, margin.x, pages.y - 20, { size: 9.5 });
    pages.y -= 14;
  }
  const note = { blank: formWords.blankNote, sample: formWords.sampleNote, filled: formWords.filledNote }[mode][lang];
  for (const line of pages.wrap(note, contentWidth, 8.5)) {
    pages.text(line, margin.x, pages.y - 18, { size: 8.5, color: colors.muted });
    pages.y -= 12;
  }
  pages.y -= 14;
}

function drawSectionHeading(pages: PdfPages, title: string): void {
  pages.box(margin.x, pages.y, contentWidth, 22, { fill: colors.heading, border: colors.rule });
  pages.text(title, margin.x + 6, pages.y - 15, { size: 11, bold: true });
  pages.y -= 22;
}

function drawSignature(pages: PdfPages, language: Language): void {
  pages.ensure(70);
  const y = pages.y - 50;
  const signature = formWords.signature[language];
  const signatureWidth = pages.text(signature, margin.x, y, { size: 10.5 });
  pages.rule(margin.x + signatureWidth, y - 3, 150);
  const dateX = margin.x + contentWidth - 160;
  const dateWidth = pages.text(formWords.date[language], dateX, y, { size: 10.5 });
  pages.rule(dateX + dateWidth, y - 3, 160 - dateWidth);
  pages.y = y - 20;
}

/**
 * The application form as an A4 PDF: header with the item's name and code, one table per section, a
 * signature and date line at the end, "第 1 页 / 共 2 页" at the foot of each page. Conditional fields are all
 * printed on a blank form (with the condition noted) and only when they apply otherwise.
 */
export async function renderFormPdf(input: FormPdfInput): Promise<Uint8Array> {
  const { form, item, mode, language } = input;
  const values = valuesOf(input);
  const fields = new Map(formFieldsOf(form).map((f) => [f.id, f]));
  const title = `${form.title[language]}${mode === 'sample' ? `（${formWords.sample[language]}）` : ''}`;
  const pages = await PdfPages.create({
    title,
    subject: `${item.code} ${item.name[language]}`,
    keywords: [item.code, item.name.zh, item.departmentName.zh],
    ...(input.date ? { date: input.date } : {}),
    language: language === 'zh' ? 'zh-CN' : 'en',
  });
  drawHeader(pages, input);
  let section: FormSection | undefined;
  pages.onNewPage = (p) => {
    if (section) drawSectionHeading(p, section.title[language] + formWords.continued[language]);
  };
  for (const current of form.sections) {
    const shown = current.fields.filter((f) => mode === 'blank' || isShown(f, values));
    if (shown.length === 0) continue;
    const rows = shown.map((field) => {
      const condition = conditionOf(field, fields, language);
      return fieldRow(pages, field, values[field.id], { mode, language, ...(condition ? { condition } : {}) });
    });
    section = undefined;
    const firstRow = rows[0]!.lines.reduce((sum, line) => sum + line.height, 24);
    pages.ensure(22 + Math.min(firstRow, 80));
    drawSectionHeading(pages, current.title[language]);
    section = current;
    for (const row of rows) drawRow(pages, row, language);
    pages.y -= 10;
  }
  section = undefined;
  drawSignature(pages, language);
  const footer = (page: number, count: number) => ({
    left: `${item.code} ${form.title[language]}`,
    right: pageLabel(page, count, language),
  });
  return pages.finish(footer, mode === 'sample' ? sampleWatermark : undefined);
}
