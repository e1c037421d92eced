import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import { PdfPages } from './document.js';
import { margin, pageSize } from './page.js';
import { chinaDate } from './labels.js';
import { drawSeal, sealRed } from './seal.js';

/** A signed official document (公文) as it is printed: its frozen content with the names spelled out. */
export interface OfficialDocumentPaper {
  /** 发文机关 (e.g. 越秀区民政局). */
  issuer: string;
  /** 发文字号, e.g. 越民〔2026〕3号. */
  number: string;
  title: string;
  /** 通知, 函…: a 函 has the agency's name alone as its header, other types 《name》文件. */
  letter: boolean;
  /** 特急 / 加急 (平件: nothing printed). */
  urgency?: string;
  /** 内部: printed at the top left (public documents print nothing). */
  security?: string;
  /** 主送机关 and 抄送机关, by name. */
  mainRecipients: string[];
  copyRecipients: string[];
  body: string;
  /** ISO date-time of the signing: 成文日期 and 印发日期. */
  signedAt: string;
}

/** The laid-out document, and where its seal is (the signature field's widget goes over it). */
export interface LaidOutDocument {
  doc: PDFDocument;
  seal: { page: PDFPage; rect: [number, number, number, number] };
}

/** GB/T 9704 sizes in points: 1 mm, 3号 (body), 2号 (title), 4号 (page numbers, 版记). */
const mm = 72 / 25.4;
const size = { body: 16, title: 22, small: 14 } as const;
/** The type area (版心): 28 mm from the left, 156 mm wide; its top 37 mm from the page's top. */
const left = 28 * mm;
const width = 156 * mm;
const top = pageSize.height - 37 * mm;
/** 22 lines of 3号 text fill 225 mm. */
const line = (225 * mm) / 22;

/**
 * An official document laid out after GB/T 9704-2012 (党政机关公文格式): the red 发文机关标志 and the red separator
 * line under the 发文字号, the title, 主送机关, the body (paragraphs indented two characters), the 发文机关署名 and
 * 成文日期 with the seal pressed over them, the 版记 (抄送 and 印发) at the foot of the last page, and page numbers
 * "— 1 —" (odd pages right, even pages left). One font serves all: Noto Sans SC stands for 小标宋 and 仿宋.
 * Returns the document unsaved, so that the caller can add its digital signature; the same paper always lays
 * out the same.
 */
export async function layOutOfficialDocument(paper: OfficialDocumentPaper): Promise<LaidOutDocument> {
  const pages = await PdfPages.create({
    title: `${paper.number} ${paper.title}`,
    subject: paper.issuer,
    keywords: [paper.number, paper.issuer, '公文'],
    date: paper.signedAt,
    language: 'zh-CN',
  });
  pages.onNewPage = (p) => {
    p.y = top;
  };
  pages.y = top;
  drawMarks(pages, paper);
  drawHeader(pages, paper);
  drawTitle(pages, paper.title);
  paragraph(pages, `${paper.mainRecipients.join('、')}：`, 0);
  for (const piece of paper.body.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = piece.trim();
    if (trimmed) paragraph(pages, trimmed, 2);
  }
  const seal = drawSignature(pages, paper.issuer, chinaDate(paper.signedAt));
  drawColophon(pages, paper);
  pages.eachPage((page) => {
    const label = `— ${page} —`;
    const y = margin.bottom - 36;
    if (page % 2 === 1) pages.text(label, left + width - size.small, y, { size: size.small, align: 'right' });
    else pages.text(label, left + size.small, y, { size: size.small });
  });
  return { doc: pages.doc, seal };
}

/** 密级 and 紧急程度 at the top left of the first page. */
function drawMarks(pages: PdfPages, paper: OfficialDocumentPaper): void {
  const marks = [paper.security, paper.urgency].filter((m): m is string => Boolean(m));
  marks.forEach((mark, i) => pages.text(mark, left, top - size.body - i * line, { size: size.body, bold: true }));
}

/** 发文机关标志 (red, centred, 35 mm under the type area's top), 发文字号 and the red separator line. */
function drawHeader(pages: PdfPages, paper: OfficialDocumentPaper): void {
  const header = paper.letter ? paper.issuer : `${paper.issuer}文件`;
  const headerSize = Math.min(40, (width * 0.96) / [...header].length);
  const headerTop = top - 35 * mm;
  pages.text(header, pageSize.width / 2, headerTop - headerSize * 0.88, {
    size: headerSize,
    bold: true,
    color: sealRed,
    align: 'center',
  });
  const numberY = headerTop - headerSize - 2 * line;
  pages.text(paper.number, pageSize.width / 2, numberY, { size: size.body, align: 'center' });
  const ruleY = numberY - 4 * mm - 2;
  pages.rule(left, ruleY, width, 1.5, sealRed);
  pages.y = ruleY - line;
}

function drawTitle(pages: PdfPages, title: string): void {
  for (const row of pages.wrap(title, width - 2 * size.title, size.title)) {
    pages.ensure(line * 1.2);
    pages.y -= size.title;
    pages.text(row, pageSize.width / 2, pages.y, { size: size.title, bold: true, align: 'center' });
    pages.y -= line * 1.2 - size.title;
  }
  pages.y -= line;
}

/** A paragraph of 3号 text across the type area, its first line indented by `indent` characters. */
function paragraph(pages: PdfPages, text: string, indent: number): void {
  for (const row of pages.wrap(`${'　'.repeat(indent)}${text}`, width, size.body)) {
    pages.ensure(line);
    pages.y -= size.body;
    pages.text(row, left, pages.y, { size: size.body });
    pages.y -= line - size.body;
  }
}

/**
 * 发文机关署名 centred over the 成文日期, which stands four characters from the right; the seal (4.2 cm) pressed
 * over both, centred on them, its top within a line of the body.
 */
function drawSignature(pages: PdfPages, issuer: string, date: string): LaidOutDocument['seal'] {
  const radius = 21 * mm;
  pages.ensure(2 * radius + line);
  const dateRight = left + width - 4 * size.body;
  const centre = dateRight - pages.width(date, size.body) / 2;
  const nameY = pages.y - line - size.body - 6;
  const dateY = nameY - line;
  pages.text(issuer, centre, nameY, { size: size.body, align: 'center' });
  pages.text(date, dateRight, dateY, { size: size.body, align: 'right' });
  const cy = (nameY + dateY) / 2 + size.body / 2;
  drawSeal(pages, issuer, '', centre, cy, radius);
  pages.y = Math.min(dateY - line, cy - radius);
  return { page: pages.page, rect: [centre - radius, cy - radius, centre + radius, cy + radius] };
}

/**
 * The 版记 at the foot of the last page: 抄送 between a thick and a thin rule, then 印发机关 and 印发日期 above
 * the closing thick rule. A page without room for it gives way to a new one.
 */
function drawColophon(pages: PdfPages, paper: OfficialDocumentPaper): void {
  const rowHeight = 7 * mm + size.small;
  const baseline = 3.5 * mm;
  const copy = paper.copyRecipients.length > 0 ? `抄送：${paper.copyRecipients.join('，')}。` : undefined;
  const copyLines = copy ? pages.wrap(copy, width - 2 * size.small, size.small) : [];
  const height = (copyLines.length + 1) * rowHeight;
  if (pages.room < height + line) pages.newPage();
  const ink = rgb(0, 0, 0);
  let y = margin.bottom + height;
  pages.rule(left, y, width, 1, ink);
  for (const row of copyLines) {
    pages.text(row, left + size.small, y - rowHeight + baseline, { size: size.small });
    y -= rowHeight;
  }
  if (copyLines.length > 0) pages.rule(left, y, width, 0.7, ink);
  const issuedY = y - rowHeight + baseline;
  pages.text(paper.issuer, left + size.small, issuedY, { size: size.small });
  pages.text(`${chinaDate(paper.signedAt)}印发`, left + width - size.small, issuedY, {
    size: size.small,
    align: 'right',
  });
  pages.rule(left, margin.bottom, width, 1, ink);
  pages.y = margin.bottom;
}
