import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import {
  DEFAULT_BYTE_RANGE_PLACEHOLDER,
  SUBFILTER_ADOBE_PKCS7_DETACHED,
  findByteRange,
  removeTrailingNewLine,
} from '@signpdf/utils';
import type { PDFDocument, PDFPage } from 'pdf-lib';

/**
 * The digital signature of a PDF (ISO 32000-1 §12.8, adbe.pkcs7.detached): a signature field whose value is a
 * signature dictionary with /ByteRange and /Contents, saved once with placeholders; then the ByteRange is
 * written in (as long as its placeholder, so no offset moves), the bytes it covers — the whole file but the
 * /Contents hex string — are handed to `cms` for a detached CMS SignedData, and that is written, hex, into
 * /Contents. Readers then show the file as signed and find any change after it.
 */

/** Makes a detached CMS SignedData (DER) over the bytes the signature covers. */
export type CmsSigner = (signedBytes: Uint8Array) => Promise<Uint8Array>;

export interface PdfSignatureField {
  /** The signer's name (the signature dictionary's /Name). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  /** ISO date-time: the dictionary's /M. */
  signingTime: string;
  /** The page and rectangle [x1, y1, x2, y2] of the field's widget (over the drawn seal, say). */
  page: PDFPage;
  rect: [number, number, number, number];
}

/** Room for the CMS in /Contents: 8192 hex digits, 4 kB (a P-256 signature with its certificate takes under 1.5). */
const contentsHexLength = 8192;

export async function signPdf(doc: PDFDocument, field: PdfSignatureField, cms: CmsSigner): Promise<Uint8Array> {
  pdflibAddPlaceholder({
    pdfPage: field.page,
    name: field.name,
    reason: field.reason,
    location: field.location,
    contactInfo: field.contactInfo,
    signingTime: new Date(field.signingTime),
    signatureLength: contentsHexLength,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    widgetRect: field.rect,
    appName: '越秀号 Yuexiu-hao',
  });
  // Without object streams every dictionary stays readable in the file, as the ByteRange search needs.
  let pdf = removeTrailingNewLine(Buffer.from(await doc.save({ useObjectStreams: false })));
  const { byteRangePlaceholder, byteRangePlaceholderPosition } = findByteRange(pdf, DEFAULT_BYTE_RANGE_PLACEHOLDER);
  if (byteRangePlaceholder === undefined || byteRangePlaceholderPosition === undefined) {
    throw new Error('signPdf: the signature placeholder is missing');
  }
  const placeholderEnd = byteRangePlaceholderPosition + byteRangePlaceholder.length;
  const contentsStart = pdf.indexOf('<', pdf.indexOf('/Contents ', placeholderEnd));
  const contentsEnd = pdf.indexOf('>', contentsStart) + 1;
  const byteRange = [0, contentsStart, contentsEnd, pdf.length - contentsEnd];
  const written = `/ByteRange [${byteRange.join(' ')}]`.padEnd(byteRangePlaceholder.length, ' ');
  pdf = Buffer.concat([
    pdf.subarray(0, byteRangePlaceholderPosition),
    Buffer.from(written, 'latin1'),
    pdf.subarray(placeholderEnd),
  ]);
  const signed = Buffer.concat([pdf.subarray(0, contentsStart), pdf.subarray(contentsEnd)]);
  const signature = Buffer.from(await cms(signed)).toString('hex');
  const room = contentsEnd - contentsStart - 2;
  if (signature.length > room)
    throw new RangeError(`signPdf: a CMS of ${signature.length / 2} bytes exceeds /Contents`);
  const out = Buffer.concat([
    pdf.subarray(0, contentsStart),
    Buffer.from(`<${signature.padEnd(room, '0')}>`, 'latin1'),
    pdf.subarray(contentsEnd),
  ]);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
