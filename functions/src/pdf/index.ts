/**
 * Server-side PDF documents with Chinese text: the application form (申请表) blank, as a sample or filled, the
 * submission receipt (申请回执) or notice of acceptance (受理通知书), and the result notice (办理结果通知书).
 * Each renderer is a pure async function of its input returning the PDF's bytes; font.ts says how the font reaches a Lambda bundle.
 */
export { renderFormPdf, type FormPdfInput, type FormPdfItem } from './form-pdf.js';
export { renderReceiptPdf, type Receipt, type ReceiptMaterial } from './receipt-pdf.js';
export { renderResultPdf, type ResultNotice } from './result-pdf.js';
export { bundledFontFile, fontPackageFile, loadCjkFont } from './font.js';
export type { FieldMode as FormPdfMode } from './form-rows.js';
export type { Bilingual, Language } from './labels.js';
export { renderCertificatePdf, type CertificateDocument } from './certificate-pdf.js';
