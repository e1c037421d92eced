import { fill, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { colors } from './page.js';

/** The light border a reader needs around a QR code, in modules (ISO/IEC 18004 asks for 4). */
export const quietZone = 4;

/** How much of a QR code may be damaged and still read: L 7 %, M 15 %. */
export type QrCorrection = 'L' | 'M';

/**
 * The modules of the QR code of `text` (error correction M unless said otherwise: L gives larger modules
 * for long contents such as a signed credential), row by row: true is dark.
 */
export function qrMatrix(text: string, correction: QrCorrection = 'M'): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: correction });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
  );
}

/**
 * Draws the QR code of `text` as vector squares (one rectangle per horizontal run of dark modules, filled as
 * one path) in a square of `size` points whose top-left corner is (x, top), quiet zone included.
 */
export function drawQr(
  page: PDFPage,
  text: string,
  x: number,
  top: number,
  size: number,
  correction: QrCorrection = 'M',
): void {
  const matrix = qrMatrix(text, correction);
  const module = size / (matrix.length + 2 * quietZone);
  const { red, green, blue } = colors.ink;
  const operators = [pushGraphicsState(), setFillingRgbColor(red, green, blue)];
  matrix.forEach((row, r) => {
    const y = top - (quietZone + r + 1) * module;
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      if (start >= 0 && (!dark || c === row.length - 1)) {
        const end = dark ? c + 1 : c;
        operators.push(rectangle(x + (quietZone + start) * module, y, (end - start) * module, module));
        start = -1;
      }
    });
  });
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
}
