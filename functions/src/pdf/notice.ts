import type { PdfPages } from './document.js';
import { colors, contentWidth, margin, pageSize } from './page.js';
import { both, pageLabel, type Bilingual } from './labels.js';
import { drawQr } from './qr.js';

/**
 * The parts the receipt and the result notice share: a bilingual title under the issuing department, a table
 * of facts, paragraphs, the QR code of the case's status page and the issuer's name and date at the end.
 */

const pad = 6;
const labelColumn = 128;

/** The issuing department, then the title in Chinese (large) and English (small), centred. */
export function drawTitle(pages: PdfPages, title: Bilingual, issuer: Bilingual): void {
  const centre = pageSize.width / 2;
  pages.text(both(issuer), centre, pages.y - 10, { size: 9.5, color: colors.muted, align: 'center' });
  pages.text(title.zh, centre, pages.y - 42, { size: 22, bold: true, align: 'center' });
  pages.text(title.en, centre, pages.y - 60, { size: 11, color: colors.muted, align: 'center' });
  pages.y -= 74;
}

/** A two-column table: bilingual labels (Chinese over English) and values that wrap. */
export function drawFacts(pages: PdfPages, rows: { label: Bilingual; value: string }[]): void {
  const valueWidth = contentWidth - labelColumn - 2 * pad;
  for (const row of rows) {
    const lines = pages.wrap(row.value, valueWidth, 10.5);
    const height = Math.max(27, lines.length * 15 + 2 * pad);
    pages.ensure(height);
    const top = pages.y;
    pages.box(margin.x, top, labelColumn, height, { fill: colors.shade, border: colors.rule });
    pages.box(margin.x + labelColumn, top, contentWidth - labelColumn, height, { border: colors.rule });
    pages.text(row.label.zh, margin.x + pad, top - pad - 7.5, { size: 9.5 });
    pages.text(row.label.en, margin.x + pad, top - pad - 17.5, { size: 7, color: colors.muted });
    lines.forEach((line, i) => pages.text(line, margin.x + labelColumn + pad, top - pad - 11 - i * 15, { size: 10.5 }));
    pages.y -= height;
  }
  pages.y -= 12;
}

/** A heading such as "申请材料 Materials". */
export function drawHeading(pages: PdfPages, heading: Bilingual): void {
  pages.ensure(40);
  pages.text(both(heading), margin.x, pages.y - 14, { size: 11.5, bold: true });
  pages.y -= 22;
}

/** A wrapped paragraph, indented by `indent` points. */
export function drawParagraph(pages: PdfPages, text: string, style: { size?: number; indent?: number } = {}): void {
  const size = style.size ?? 10;
  const indent = style.indent ?? 0;
  for (const line of pages.wrap(text, contentWidth - indent, size)) {
    pages.ensure(size * 1.6);
    pages.text(line, margin.x + indent, pages.y - size * 1.2, { size, color: size < 9 ? colors.muted : colors.ink });
    pages.y -= size * 1.6;
  }
}

/** The QR code of the status page with a caption and the URL printed beside it. */
export function drawStatusQr(pages: PdfPages, url: string, caption: Bilingual, extra: string[] = []): void {
  const size = 104;
  pages.ensure(size + 8);
  const top = pages.y;
  drawQr(pages.page, url, margin.x - 8, top, size);
  const x = margin.x + size + 6;
  const width = contentWidth - size - 6;
  let y = top - 26;
  pages.text(caption.zh, x, y, { size: 11, bold: true });
  pages.text(caption.en, x, y - 14, { size: 8.5, color: colors.muted });
  y -= 32;
  for (const line of [...pages.wrap(url, width, 9), ...extra.flatMap((e) => pages.wrap(e, width, 9))]) {
    pages.text(line, x, y, { size: 9 });
    y -= 13;
  }
  pages.y = Math.min(top - size, y) - 8;
}

/** The issuing department and the date, right-aligned, as a letter ends. */
export function drawIssuer(pages: PdfPages, issuer: Bilingual, date: string): void {
  pages.ensure(52);
  const right = margin.x + contentWidth;
  pages.text(issuer.zh, right, pages.y - 20, { size: 11, align: 'right' });
  pages.text(issuer.en, right, pages.y - 33, { size: 8, color: colors.muted, align: 'right' });
  pages.text(date, right, pages.y - 48, { size: 10.5, align: 'right' });
  pages.y -= 56;
}

/** The footer of a case document: the platform and case number on the left, the page number on the right. */
export const caseFooter = (caseNumber: string) => (page: number, pages: number) => ({
  left: `越秀号 Yuexiu-hao · ${caseNumber}`,
  right: pageLabel(page, pages),
});

/** Checks that a status URL is an absolute http(s) URL, as the QR code must be. */
export function checkStatusUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below.
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`statusUrl is not an absolute URL: ${url}`);
}
