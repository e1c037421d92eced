import { departmentByCode } from '../catalog/taxonomy.js';
import { certificateSigner } from '../certificates/signer/index.js';
import type { CertificateSigner } from '../certificates/signer/port.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { layOutOfficialDocument, type OfficialDocumentPaper } from '../pdf/official-document-pdf.js';
import { signPdf } from '../pdf/pdf-signature.js';
import { contentHashOf } from './chain.js';
import { wrongState } from './errors.js';
import type { DocumentContent, Urgency } from './model.js';
import { reachableDocument } from './service.js';
import { sealCmsSigner } from './seal-signature.js';
import { frozenOf } from './signing.js';
import * as store from './store.js';
import type { StoredDocument } from './store.js';

/**
 * The final PDF of a signed document (GB/T 9704 layout, the department's seal drawn over its signature and
 * date), digitally signed with the department's seal certificate under the platform's signing key. It is
 * drawn from the signed version only, and only while that version still hashes to the content hash the
 * archive chain holds; its signing time is the document's signing (签发) time, so every copy says the same.
 */

const urgencyMarks: Record<Urgency, string | undefined> = {
  'extra-urgent': '特急',
  urgent: '加急',
  normal: undefined,
};

const nameOf = (department: string) => departmentByCode(department)?.name.zh ?? department;

/** The paper of a signed document: its frozen content with the names spelled out. */
export function paperOf(record: StoredDocument, signed: DocumentContent): OfficialDocumentPaper {
  const urgency = urgencyMarks[signed.urgency];
  return {
    issuer: nameOf(record.department),
    number: record.number ?? '',
    title: signed.title,
    letter: signed.type === 'letter',
    ...(urgency ? { urgency } : {}),
    ...(signed.security === 'internal' ? { security: '内部' } : {}),
    mainRecipients: signed.mainRecipients.map(nameOf),
    copyRecipients: signed.copyRecipients.map(nameOf),
    body: signed.body,
    signedAt: record.signedAt ?? '',
  };
}

/** The signed PDF of a signed document's frozen content. */
export async function renderSignedDocument(
  record: StoredDocument,
  signed: DocumentContent,
  signer: CertificateSigner = certificateSigner(),
): Promise<Uint8Array> {
  const { number, signedAt, signedBy } = record;
  if (!number || !signedAt || !signedBy) throw wrongState('The document has no PDF until it is signed');
  const frozen = frozenOf({ ...record, ...signed }, { number, signedAt, signedBy });
  if (contentHashOf(frozen) !== record.contentHash) {
    throw new Error(`Official document ${record.documentId}: the signed version no longer matches its content hash`);
  }
  const paper = paperOf(record, signed);
  const { doc, seal } = await layOutOfficialDocument(paper);
  const cms = await sealCmsSigner(signer, { code: record.department, name: paper.issuer }, signedAt);
  return signPdf(
    doc,
    {
      name: `${paper.issuer}（电子公章）`,
      reason: `签发 ${number}`,
      location: '广州市越秀区',
      contactInfo: record.department,
      signingTime: signedAt,
      ...seal,
    },
    cms,
  );
}

/**
 * `GET /api/official-documents/{id}/pdf`: 404 unless the caller's department drafted it or received it, 409
 * OFFICIAL_DOCUMENT_WRONG_STATE before it is signed.
 */
export async function documentPdf(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
): Promise<{ record: StoredDocument; pdf: Uint8Array }> {
  const { record } = await reachableDocument(principal, scope, id);
  if (record.status !== 'signed' || !record.signedVersion) {
    throw wrongState('The document has no PDF until it is signed');
  }
  const signed = await store.getVersion(id, record.signedVersion);
  if (!signed) throw new Error(`Official document ${id}: its signed version ${record.signedVersion} is missing`);
  return { record, pdf: await renderSignedDocument(record, signed) };
}
