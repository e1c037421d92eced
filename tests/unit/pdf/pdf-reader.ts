import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads generated PDFs back with a real parser (pdf.js, in-process, no worker): the text of each page as a
 * reader would copy it (through the font's ToUnicode map), the document information, and pages rendered to
 * pixels (through @napi-rs/canvas) for the QR code. pdf-lib opens the raw objects: content streams and the
 * embedded font program.
 */

export interface ReadPdf {
  pages: string[];
  /** All pages' text, lines joined by \n. */
  text: string;
  info: Record<string, unknown>;
  doc: PDFDocumentProxy;
}

/** Opens a PDF with pdf.js and extracts every page's text. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  const { info } = await doc.getMetadata();
  return { pages, text: pages.join('\n'), info: info as Record<string, unknown>, doc };
}

/** Renders a page to RGBA pixels at `scale` (1 = 72 dpi). */
export async function renderPage(doc: PDFDocumentProxy, pageNumber: number, scale: number) {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const factory = doc.canvasFactory as {
    create(w: number, h: number): { canvas: any; context: any };
  };
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return {
    data: new Uint8ClampedArray(data),
    width: width as number,
    height: height as number,
    png: () => canvas.toBuffer('image/png') as Buffer,
  };
}

/** The decoded content streams of a page, as text (operators and operands). */
export async function pageContent(bytes: Uint8Array, pageIndex: number): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(pageIndex).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'))
    .join('\n');
}

/** The one embedded font: its program (FontFile2) and its ToUnicode map (glyph id → text). */
export async function embeddedFont(
  bytes: Uint8Array,
): Promise<{ program: Uint8Array; toUnicode: Map<number, string> }> {
  const doc = await PDFDocument.load(bytes);
  const streams = doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream);
  const decoded = (stream: PDFRawStream) => decodePDFRawStream(stream).decode();
  const descriptor = doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .find((object) => object instanceof PDFDict && object.get(PDFName.of('FontFile2'))) as PDFDict;
  const program = decoded(doc.context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream);
  const cmap = streams.map((s) => Buffer.from(decoded(s)).toString('latin1')).find((s) => s.includes('beginbfchar'))!;
  const toUnicode = new Map<number, string>();
  for (const [, gid, utf16] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]+)>/gi)) {
    const units = utf16!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16));
    toUnicode.set(parseInt(gid!, 16), String.fromCharCode(...units));
  }
  return { program, toUnicode };
}
