import type { FormField, FormValue } from '../forms/model.js';
import type { PdfPages } from './document.js';
import { colors, contentWidth, margin } from './page.js';
import { conditionNote, formWords, type Language } from './labels.js';

/**
 * The rows of the form's table: a shaded label cell and a value cell made of lines (text, tick boxes, blanks to
 * write in, notes). A row taller than the space left breaks between its lines onto the next page.
 */

/** How a field is filled in on paper. */
export type FieldMode = 'blank' | 'sample' | 'filled';

/** One line of a value cell. */
interface CellLine {
  height: number;
  draw(pages: PdfPages, x: number, top: number): void;
}

/** A row of the table; a full-width row (a checkbox) has no label cell. */
export interface FormRow {
  label: string;
  required: boolean;
  fullWidth: boolean;
  lines: CellLine[];
}

const pad = 6;
const valueSize = 10;
const valueLine = 15;
const labelSize = 9.5;
const labelLine = 13;
const noteSize = 7.5;
const noteLine = 10;
const boxSize = 9;

/** The label column's width. */
export const labelWidth = (language: Language) => (language === 'zh' ? 132 : 156);

/** A line of text, vertically centred in `height`, `indent` points in. */
const textLine = (text: string, size = valueSize, height = valueLine, color = colors.ink, indent = 0): CellLine => ({
  height,
  draw: (pages, x, top) =>
    void pages.text(text, x + indent, top - height + (height - size) / 2 + size * 0.18, { size, color }),
});

const emptyLine = (height: number): CellLine => ({ height, draw: () => undefined });

/** Options as tick boxes flowing over as many lines as they need; the chosen one is ticked. */
function choiceLines(pages: PdfPages, items: { label: string; ticked: boolean }[], width: number): CellLine[] {
  const lines: { label: string; ticked: boolean; dx: number }[][] = [[]];
  let used = 0;
  for (const item of items) {
    const itemWidth = boxSize + 4 + pages.width(item.label, valueSize);
    if (used > 0 && used + itemWidth > width) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push({ ...item, dx: used });
    used += itemWidth + 14;
  }
  return lines.map((line) => ({
    height: valueLine + 2,
    draw: (p, x, top) => {
      for (const item of line) {
        const baseline = top - valueLine + 3;
        p.tickBox(x + item.dx, baseline - 0.5, boxSize, item.ticked);
        p.text(item.label, x + item.dx + boxSize + 4, baseline, { size: valueSize });
      }
    },
  }));
}

/** 18 cells to write a resident ID number in. */
const idCells: CellLine = {
  height: 19,
  draw: (pages, x, top) => {
    for (let i = 0; i < 18; i++) pages.box(x + i * 14, top - 2, 14, 16, { border: colors.rule });
  },
};

/** A blank date: 年 月 日 to write before, or YYYY-MM-DD. */
const blankDate = (language: Language): CellLine => ({
  height: valueLine,
  draw: (pages, x, top) =>
    void pages.text(formWords.blankDate[language], language === 'zh' ? x + 48 : x, top - valueLine + 4, {
      size: valueSize,
      color: colors.muted,
    }),
});

/** The row of one field: its label, its value (or space to write it), its help and its condition. */
export function fieldRow(
  pages: PdfPages,
  field: FormField,
  value: FormValue | undefined,
  context: { mode: FieldMode; language: Language; condition?: { label: string; choice: string | boolean } },
): FormRow {
  const { mode, language } = context;
  const fullWidth = field.type === 'checkbox';
  const width = (fullWidth ? contentWidth : contentWidth - labelWidth(language)) - 2 * pad;
  const label = field.label[language];
  const wrapped = (text: string) => pages.wrap(text, width, valueSize).map((line) => textLine(line));
  let lines: CellLine[];
  if (field.type === 'checkbox') {
    const [first = '', ...rest] = pages.wrap(label, width - boxSize - 6, valueSize);
    const tick = choiceLines(pages, [{ label: first, ticked: value === true }], width);
    lines = [...tick, ...rest.map((line) => textLine(line, valueSize, valueLine, colors.ink, boxSize + 4))];
  } else if (field.options) {
    const items = field.options.map((o) => ({ label: o.label[language], ticked: o.value === value }));
    lines = choiceLines(pages, items, width);
  } else if (value !== undefined && value !== '') {
    lines = wrapped(String(value));
  } else if (mode === 'blank' && field.type === 'resident-id') {
    lines = [idCells];
  } else if (mode === 'blank' && field.type === 'date') {
    lines = [blankDate(language)];
  } else {
    lines = [emptyLine(field.type === 'textarea' ? valueLine * 4 : valueLine)];
  }
  const notes = [
    ...(mode !== 'filled' && field.help ? [field.help[language]] : []),
    ...(mode === 'blank' && context.condition
      ? [conditionNote(context.condition.label, context.condition.choice, language)]
      : []),
  ];
  for (const note of notes) {
    lines.push(...pages.wrap(note, width, noteSize).map((line) => textLine(line, noteSize, noteLine, colors.muted)));
  }
  return { label, required: field.required, fullWidth, lines };
}

/** Draws the row from the cursor down, breaking it over pages; later parts label themselves as continued. */
export function drawRow(pages: PdfPages, row: FormRow, language: Language): void {
  const labelColumn = row.fullWidth ? 0 : labelWidth(language);
  let rest = row.lines;
  let part = 0;
  while (rest.length > 0) {
    const labelText = part === 0 ? (row.required ? '* ' : '') + row.label : row.label + formWords.continued[language];
    const label = row.fullWidth ? [] : pages.wrap(labelText, labelColumn - 2 * pad, labelSize);
    const height = (count: number) =>
      Math.max(label.length * labelLine, sum(rest.slice(0, count).map((line) => line.height))) + 2 * pad;
    let take = rest.length;
    while (take > 0 && height(take) > pages.room) take--;
    if (take < rest.length && take < 2 && !pages.atPageStart) {
      pages.newPage();
      continue;
    }
    take = Math.max(take, 1);
    const top = pages.y;
    const cellHeight = height(take);
    if (!row.fullWidth) pages.box(margin.x, top, labelColumn, cellHeight, { fill: colors.shade, border: colors.rule });
    pages.box(margin.x + labelColumn, top, contentWidth - labelColumn, cellHeight, { border: colors.rule });
    label.forEach((line, i) => {
      const baseline = top - pad - (i + 1) * labelLine + 3;
      const star = i === 0 && part === 0 && row.required && line.startsWith('* ');
      if (star) pages.text('*', margin.x + pad, baseline, { size: labelSize, color: colors.required });
      const x = margin.x + pad + (star ? pages.width('* ', labelSize) : 0);
      pages.text(star ? line.slice(2) : line, x, baseline, { size: labelSize });
    });
    let y = top - pad;
    for (const line of rest.slice(0, take)) {
      line.draw(pages, margin.x + labelColumn + pad, y);
      y -= line.height;
    }
    pages.y = top - cellHeight;
    rest = rest.slice(take);
    part++;
    if (rest.length > 0) pages.newPage();
  }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
