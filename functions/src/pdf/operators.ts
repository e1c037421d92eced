import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  TextRenderingMode,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingRgbColor,
  setTextRenderingMode,
  type RGB,
} from 'pdf-lib';

/** Content-stream operators that pdf-lib's drawing API does not offer. */

/** Starts faux bold: text filled and also stroked, in its own colour, with a line width in proportion to its size. */
export function beginBold(size: number, color: RGB): PDFOperator[] {
  return [
    pushGraphicsState(),
    setTextRenderingMode(TextRenderingMode.FillAndOutline),
    setLineWidth(size * 0.035),
    setStrokingRgbColor(color.red, color.green, color.blue),
  ];
}

/** Ends faux bold. */
export const endBold = (): PDFOperator => popGraphicsState();

/** `/Span << /ActualText <…> >> BDC`: what the text drawn up to `endSpan()` really says (e.g. for 〓 signs). */
export function beginActualText(text: string): PDFOperator {
  const actual = `<< /ActualText ${PDFHexString.fromText(text).toString()} >>`;
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), actual]);
}

/** `EMC`: ends a marked-content span. */
export const endSpan = (): PDFOperator => PDFOperator.of(PDFOperatorNames.EndMarkedContent);
