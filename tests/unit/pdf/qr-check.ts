import jsQRModule from 'jsqr';
import { pageContent, renderPage, type ReadPdf } from './pdf-reader.js';

/**
 * Reads the QR code of a generated page back two ways: from pixels (pdf.js renders the page, jsQR decodes it)
 * and from the content stream (the run rectangles drawn, laid back onto a module grid).
 */

/** jsQR is a UMD bundle: Node hands over `{ default }`, Vite's interop the function itself. */
type Decoder = typeof jsQRModule.default;
const jsQR: Decoder = (jsQRModule as { default?: Decoder }).default ?? (jsQRModule as unknown as Decoder);

/** The text a QR reader gets from page 1 rendered at 144 dpi. */
export async function decodeQr(pdf: ReadPdf): Promise<string | undefined> {
  const image = await renderPage(pdf.doc, 1, 2);
  return jsQR(image.data, image.width, image.height)?.data;
}

/** The module grid drawn on page 1: the `re` rectangles of the one path filled as the QR code. */
export async function drawnModules(bytes: Uint8Array): Promise<boolean[][]> {
  const content = await pageContent(bytes, 0);
  const path = /q\n[\d. ]+ rg\n((?:[\d.]+ [\d.]+ [\d.]+ [\d.]+ re\n)+)f\nQ/.exec(content);
  if (!path) throw new Error('no QR path on the page');
  const runs = [...path[1]!.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re/g)].map((m) => m.slice(1).map(Number));
  const module = Math.min(...runs.map(([, , , h]) => h!));
  const left = Math.min(...runs.map(([x]) => x!));
  const top = Math.max(...runs.map(([, y, , h]) => y! + h!));
  const size = Math.round((Math.max(...runs.map(([x, , w]) => x! + w!)) - left) / module);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [x, y, w, h] of runs) {
    const row = Math.round((top - y! - h!) / module);
    const first = Math.round((x! - left) / module);
    for (let c = first; c < first + Math.round(w! / module); c++) grid[row]![c] = true;
  }
  return grid;
}
