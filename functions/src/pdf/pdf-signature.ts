import {
  ANNOTATION_FLAGS,
  DEFAULT_BYTE_RANGE_PLACEHOLDER,
  SIG_FLAGS,
  SUBFILTER_ADOBE_PKCS7_DETACHED,
  findByteRange,
  removeTrailingNewLine,
} from '@signpdf/utils';
import {
  PDFArray,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';

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
  addPlaceholder(doc, field);
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

/**
 * The signature field: a widget on `field.page` whose value is the signature dictionary, written as raw bytes
 * (so that it never lands in an object stream) with the ByteRange placeholder and /Contents of zeros; the
 * AcroForm lists the field and says the file holds signatures to be kept (SigFlags 3). Built with the one
 * pdf-lib the renderers use (@signpdf/placeholder-pdf-lib would bring pdf-lib's CommonJS build, whose objects
 * the ES build does not recognise).
 */
function addPlaceholder(doc: PDFDocument, field: PdfSignatureField): void {
  const { context } = doc;
  const placeholder = PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER);
  const byteRange = context.obj([0, placeholder, placeholder, placeholder]);
  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(contentsHexLength)),
    Reason: PDFString.of(field.reason),
    M: PDFString.fromDate(new Date(field.signingTime)),
    ContactInfo: PDFString.of(field.contactInfo),
    Name: PDFString.of(field.name),
    Location: PDFString.of(field.location),
    Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'Yuexiu-hao' } },
  });
  const bytes = new Uint8Array(signature.sizeInBytes());
  signature.copyBytesInto(bytes, 0);
  const signatureRef = context.register(PDFInvalidObject.of(bytes));
  const appearance = context.formXObject([], { BBox: field.rect, Resources: {} });
  const widget = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: field.rect,
      V: signatureRef,
      T: PDFString.of('Signature1'),
      F: ANNOTATION_FLAGS.PRINT,
      P: field.page.ref,
      AP: { N: context.register(appearance) },
    }),
  );
  const annotations = field.page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? context.obj([]);
  annotations.push(widget);
  field.page.node.set(PDFName.of('Annots'), annotations);
  doc.catalog.set(
    PDFName.of('AcroForm'),
    context.register(
      context.obj({ Fields: [widget], SigFlags: PDFNumber.of(SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY) }),
    ),
  );
}
