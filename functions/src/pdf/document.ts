import { PDFDocument, degrees, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { loadCjkFont, type CjkFont } from './font.js';
import { colors, contentWidth, margin, pageSize } from './page.js';
import { drawableText, glyphRuns, missingGlyphSign } from './glyphs.js';
import { beginActualText, beginBold, endBold, endSpan } from './operators.js';
import { wrapText } from './text.js';

/** How a piece of text is drawn. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
  /** Where `x` is: the text's left end (default), its centre or its right end. */
  align?: 'left' | 'center' | 'right';
  /** Counter-clockwise rotation about the start of the baseline, in degrees. */
  rotate?: number;
  /** 0 (invisible) to 1 (opaque, the default). */
  opacity?: number;
}

/** The document information dictionary. Without a date none is written, so the same input gives the same bytes. */
export interface DocumentInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** ISO date-time of the document (creation and modification date). */
  date?: string;
  /** BCP 47 language of the text: zh-CN, or en for an English form. */
  language: string;
}

const creator = '越秀号 Yuexiu-hao';

/**
 * A PDF under construction: A4 pages written top to bottom with a cursor (`y`, in PDF points from the bottom),
 * one embedded CJK font (subset to the glyphs used, with a ToUnicode map) and the drawing helpers the renderers
 * share. Bold is the same font filled and stroked, so one font file serves every document.
 */
export class PdfPages {
  page: PDFPage;
  /** The top of the space left on the current page. */
  y: number;
  /** Called on each page after the first before anything else is drawn on it (a continued heading). */
  onNewPage: (pages: PdfPages) => void = () => undefined;
  /** Where the cursor stood once the page was started (below what `onNewPage` drew). */
  private pageStart: number;
  private readonly widths = new Map<string, number>();

  private constructor(
    readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly cjk: CjkFont,
  ) {
    this.page = doc.addPage([pageSize.width, pageSize.height]);
    this.y = this.pageStart = pageSize.height - margin.top;
  }

  /** A new document with one empty page. */
  static async create(info: DocumentInfo): Promise<PdfPages> {
    const cjk = await loadCjkFont();
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(cjk.fontkit);
    const font = await doc.embedFont(cjk.bytes, { subset: true });
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setSubject(info.subject);
    doc.setKeywords(info.keywords);
    doc.setCreator(creator);
    doc.setProducer(`${creator} (pdf-lib)`);
    doc.setLanguage(info.language);
    if (info.date) {
      doc.setCreationDate(new Date(info.date));
      doc.setModificationDate(new Date(info.date));
    }
    return new PdfPages(doc, font, cjk);
  }

  /** Starts a new page and puts the cursor at its top. */
  newPage(): void {
    this.page = this.doc.addPage([pageSize.width, pageSize.height]);
    this.y = pageSize.height - margin.top;
    this.onNewPage(this);
    this.pageStart = this.y;
  }

  /** Whether nothing has been drawn on the current page yet (besides what `onNewPage` drew). */
  get atPageStart(): boolean {
    return this.y >= this.pageStart;
  }

  /** Makes room for `height` points below the cursor, on a new page if need be. */
  ensure(height: number): void {
    if (this.y - height < margin.bottom) this.newPage();
  }

  /** The space left on the current page. */
  get room(): number {
    return this.y - margin.bottom;
  }

  /** The width of a single line of text as it will be drawn (remembered: wrapping measures the same units often). */
  width(text: string, size: number): number {
    const key = `${size} ${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.font.widthOfTextAtSize(drawableText(text, this.cjk.covers), size);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Wraps text to lines of at most `width` points. */
  wrap(text: string, width: number, size: number): string[] {
    return wrapText(text, width, (line) => this.width(line, size));
  }

  /** Draws one line of text with its baseline at `y`; returns its width. */
  text(value: string, x: number, y: number, style: TextStyle = {}): number {
    const size = style.size ?? 10;
    const color = style.color ?? colors.ink;
    const width = this.width(value, size);
    const angle = ((style.rotate ?? 0) * Math.PI) / 180;
    let left = style.align === 'center' ? x - width / 2 : style.align === 'right' ? x - width : x;
    let bottom = y;
    if (style.bold) this.page.pushOperators(...beginBold(size, color));
    for (const run of glyphRuns(value, this.cjk.covers)) {
      const shown = run.covered ? run.text : missingGlyphSign.repeat([...run.text].length);
      if (!run.covered) this.page.pushOperators(beginActualText(run.text));
      this.page.drawText(shown, {
        x: left,
        y: bottom,
        size,
        font: this.font,
        color,
        rotate: degrees(style.rotate ?? 0),
        ...(style.opacity === undefined ? {} : { opacity: style.opacity }),
      });
      if (!run.covered) this.page.pushOperators(endSpan());
      const advance = this.font.widthOfTextAtSize(shown, size);
      left += advance * Math.cos(angle);
      bottom += advance * Math.sin(angle);
    }
    if (style.bold) this.page.pushOperators(endBold());
    return width;
  }

  /** A rectangle given by its top-left corner, filled and/or outlined. */
  box(x: number, top: number, width: number, height: number, style: { fill?: RGB; border?: RGB } = {}): void {
    this.page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      ...(style.fill ? { color: style.fill } : {}),
      ...(style.border ? { borderColor: style.border, borderWidth: 0.6 } : {}),
    });
  }

  /** A horizontal line. */
  rule(x: number, y: number, width: number, thickness = 0.6, color: RGB = colors.rule): void {
    this.page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color });
  }

  /** A tick box with its bottom-left corner at (x, y); a ticked one holds ✓ (a glyph, so the tick is extractable). */
  tickBox(x: number, y: number, size: number, ticked: boolean): void {
    this.box(x, y + size, size, size, { border: colors.ink });
    if (ticked) this.text('✓', x + size / 2, y + size * 0.15, { size: size * 0.95, align: 'center', bold: true });
  }

  /**
   * Numbers every page with `footer(page, pages)` at the bottom, lays the watermark (if any) diagonally across
   * each page, over the content and half transparent, and returns the file.
   */
  async finish(
    footer: (page: number, pages: number) => { left: string; right: string },
    watermark?: string,
  ): Promise<Uint8Array> {
    this.eachPage((page, pages) => {
      if (watermark) this.watermark(watermark);
      const { left, right } = footer(page, pages);
      const y = margin.bottom - 28;
      this.rule(margin.x, y + 12, contentWidth, 0.4, colors.muted);
      this.text(left, margin.x, y, { size: 8, color: colors.muted });
      this.text(right, pageSize.width - margin.x, y, { size: 8, color: colors.muted, align: 'right' });
    });
    return this.doc.save();
  }

  /** Runs `draw` on every page in turn (the current page while it runs), numbered from 1: footers, page numbers. */
  eachPage(draw: (page: number, pages: number) => void): void {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      this.page = page;
      draw(index + 1, pages.length);
    });
  }

  private watermark(text: string): void {
    const size = 72;
    const angle = (40 * Math.PI) / 180;
    const half = this.width(text, size) / 2;
    const x = pageSize.width / 2 - half * Math.cos(angle) + (size / 3) * Math.sin(angle);
    const y = pageSize.height / 2 - half * Math.sin(angle) - (size / 3) * Math.cos(angle);
    this.text(text, x, y, { size, color: colors.watermark, rotate: 40, opacity: 0.35 });
  }
}
