import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { departmentByCode } from '../catalog/taxonomy.js';
import { s3Client } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { renderReceiptPdf, type ReceiptMaterial } from '../pdf/receipt-pdf.js';
import type { Principal } from '../platform/principal.js';
import { staffRoles } from '../platform/roles.js';
import { certificatesMasked } from './certificate-materials.js';
import { renderResultPdf } from '../pdf/result-pdf.js';
import { applicantFullName } from './answers.js';
import { printedLookupCode } from './lookup-code.js';
import type { CaseRecord } from './model.js';

/**
 * The papers of a case, addressed to the applicant by their full name: its submission receipt (申请回执) or,
 * once accepted, its notice of acceptance (受理通知书), drawn from the case whenever asked, and its result
 * notice (办理结果通知书), drawn once when the case is decided and kept in the documents bucket so the notice
 * handed over is the one issued.
 */

const departmentName = (code: string) => departmentByCode(code)?.name ?? { zh: code, en: code };

/** Where a citizen follows the case (the QR code on every paper). */
export const statusUrl = (record: Pick<CaseRecord, 'caseNumber'>) =>
  `${config().PUBLIC_ORIGIN}/status?case=${encodeURIComponent(record.caseNumber)}`;

/**
 * Who a receipt is drawn for. The applicant's copy names each uploaded file; staff's copy adds the file's
 * SHA-256, which proves to staff which file was received and means nothing to a citizen (issue 13).
 */
export type ReceiptAudience = 'applicant' | 'staff';

/** The audience of a receipt asked for by `principal`: staff if they hold any staff role. */
export const receiptAudienceOf = (principal: Pick<Principal, 'roles'>): ReceiptAudience =>
  principal.roles.some((role) => staffRoles.includes(role)) ? 'staff' : 'applicant';

/** The receipt's materials in the guide's order: files (with SHA-256 for staff only) and e-certificates. */
export function receiptMaterials(
  record: Pick<CaseRecord, 'materials' | 'certificates'>,
  audience: ReceiptAudience,
): ReceiptMaterial[] {
  return (
    [
      ...record.materials.map((m) => ({
        material: m.material,
        name: m.name.zh,
        count: 1,
        fileName: m.fileName,
        ...(audience === 'staff' ? { sha256: m.sha256 } : {}),
      })),
      ...certificatesMasked(record.certificates).map((c) => ({
        material: c.material,
        name: c.name.zh,
        count: 1,
        certificate: { typeName: c.typeName.zh, number: c.number, holder: c.holderName },
      })),
    ]
      // In the guide's order of materials, however each was given.
      .sort((a, b) => a.material - b.material)
      .map(({ material: _m, ...m }) => m)
  );
}

export async function receiptPdf(
  record: CaseRecord,
  consultationPhone: string,
  audience: ReceiptAudience,
): Promise<Uint8Array> {
  const lookupCode = await printedLookupCode(record);
  return renderReceiptPdf({
    caseNumber: record.caseNumber,
    ...(lookupCode ? { lookupCode } : {}),
    item: { code: record.itemCode, name: record.itemName },
    departmentName: departmentName(record.department),
    applicantName: await applicantFullName(record),
    channel: record.channel,
    ...(record.channel === 'counter' && record.street ? { station: record.street } : {}),
    submittedAt: record.createdAt,
    ...(record.clock.acceptedAt ? { acceptedAt: record.clock.acceptedAt } : {}),
    ...(record.clock.dueDate ? { promisedDeadline: record.clock.dueDate } : {}),
    materials: receiptMaterials(record, audience),
    statusUrl: statusUrl(record),
    consultationPhone,
  });
}

/** The notice's document number (文号): department prefix, year and the case's sequence. */
export function documentNumber(record: Pick<CaseRecord, 'caseNumber' | 'itemCode'>): string {
  const prefix = record.itemCode.split('-')[1];
  const [, day, seq] = record.caseNumber.split('-');
  return `越${prefix}〔${day!.slice(0, 4)}〕${Number(seq)}号`;
}

const resultKey = (caseId: string) => `results/${caseId}.pdf`;

/** Draws the result notice of a decided case and stores it; returns its object key. */
export async function issueResult(
  record: CaseRecord,
  decision: { outcome: 'approved' | 'rejected'; comment: string; decidedAt: string; number: string },
): Promise<string> {
  const pdf = await renderResultPdf({
    caseNumber: record.caseNumber,
    item: { code: record.itemCode, name: record.itemName },
    departmentName: departmentName(record.department),
    applicantName: await applicantFullName(record),
    outcome: decision.outcome,
    decidedAt: decision.decidedAt,
    ...(decision.comment ? { comment: decision.comment } : {}),
    decidedBy: { zh: '审批岗', en: 'Approval desk' },
    documentNumber: decision.number,
    statusUrl: statusUrl(record),
  });
  const key = resultKey(record.caseId);
  await s3Client().send(
    new PutObjectCommand({
      Bucket: config().buckets.documents,
      Key: key,
      Body: pdf,
      ContentType: 'application/pdf',
    }),
  );
  return key;
}

/** The stored result notice. */
export async function storedResult(key: string): Promise<Uint8Array> {
  const out = await s3Client().send(new GetObjectCommand({ Bucket: config().buckets.documents, Key: key }));
  return out.Body!.transformToByteArray();
}
