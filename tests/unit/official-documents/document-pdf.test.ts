import { describe, expect, it } from 'vitest';
import { createLocalCertificateSigner } from '../../../functions/src/certificates/signer/local.js';
import { contentHashOf } from '../../../functions/src/official-documents/chain.js';
import type { DocumentContent } from '../../../functions/src/official-documents/model.js';
import { renderSignedDocument } from '../../../functions/src/official-documents/pdf.js';
import { frozenOf } from '../../../functions/src/official-documents/signing.js';
import type { StoredDocument } from '../../../functions/src/official-documents/store.js';
import { checkPdfSignature, signatureFields } from '../../support/pdf-signature.js';
import { readPdf } from '../pdf/pdf-reader.js';

const signer = createLocalCertificateSigner(Buffer.alloc(32, 9), 1);
const signedAt = '2026-03-05T02:30:00.000Z';

const content: DocumentContent = {
  title: '关于做好节前安全检查工作的通知',
  type: 'notice',
  urgency: 'urgent',
  security: 'public',
  mainRecipients: ['market-supervision', 'health'],
  copyRecipients: ['education'],
  body: '各有关单位：\n请于节前完成辖区安全检查，并报送检查情况。\n特此通知。',
};

/** A signed document as the store holds it, its content hash taken over the signed content. */
function signedRecord(signed: DocumentContent): StoredDocument {
  const base: StoredDocument = {
    ...signed,
    documentId: 'doc-pdf-test',
    department: 'civil-affairs',
    drafter: 'officer1',
    drafterRole: 'officer',
    status: 'signed',
    version: 2,
    revision: 5,
    signedVersion: 2,
    number: '越民〔2026〕3号',
    signedBy: 'leader1',
    signedAt,
    archiveSeq: 1,
    history: [],
    createdAt: signedAt,
    updatedAt: signedAt,
  };
  return {
    ...base,
    contentHash: contentHashOf(frozenOf(base, { number: base.number!, signedBy: 'leader1', signedAt })),
  };
}

describe('the signed PDF of an official document', () => {
  it('lays the document out after GB/T 9704 with its number, recipients, seal, 抄送 and page numbers', async () => {
    // Act
    const pdf = await renderSignedDocument(signedRecord(content), content, signer);
    // Assess
    const read = await readPdf(pdf);
    const text = read.text.replace(/\s+/g, '');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    for (const part of [
      '加急',
      '越秀区民政局文件',
      '越民〔2026〕3号',
      content.title,
      '越秀区市场监督管理局、越秀区卫生健康局：',
      '请于节前完成辖区安全检查',
      '2026年3月5日',
      '抄送：越秀区教育局。',
      '2026年3月5日印发',
      '—1—',
    ]) {
      expect(text).toContain(part);
    }
    expect(read.doc.numPages).toBe(1);
  });

  it('carries a signature that an independent check verifies, and that fails once a signed byte changes', async () => {
    // Prepare
    const pdf = await renderSignedDocument(signedRecord(content), content, signer);
    // Act
    const check = checkPdfSignature(pdf);
    // Assess
    expect(check).toMatchObject({
      coversFile: true,
      subFilter: 'adbe.pkcs7.detached',
      contentType: '1.2.840.113549.1.7.1',
      digestMatches: true,
      signatureValid: true,
      certificateSelfSigned: true,
      signerCommonName: '越秀区民政局（电子公章）',
    });
    expect(check.signingTime?.toISOString()).toBe(signedAt);
    expect(await signatureFields(pdf)).toEqual([{ page: 1, fieldName: 'Signature1' }]);

    const tampered = Buffer.from(pdf);
    const at = check.byteRange[1] - 200;
    tampered[at] = tampered[at]! ^ 0x01;
    expect(checkPdfSignature(tampered).digestMatches).toBe(false);
    const late = Buffer.from(pdf);
    late[check.byteRange[2] + 10] = late[check.byteRange[2] + 10]! ^ 0x20;
    expect(checkPdfSignature(late).digestMatches).toBe(false);
  });

  it('numbers the pages of a long document and keeps the seal with the signature', async () => {
    const long = {
      ...content,
      body: Array.from({ length: 40 }, (_, i) => `第${i + 1}段：请认真贯彻落实。`).join('\n'),
    };
    const pdf = await renderSignedDocument(signedRecord(long), long, signer);
    const read = await readPdf(pdf);
    expect(read.doc.numPages).toBeGreaterThan(1);
    expect(read.pages[1]!.replace(/\s+/g, '')).toContain('—2—');
    expect(checkPdfSignature(pdf).signatureValid).toBe(true);
    const fields = await signatureFields(pdf);
    expect(fields).toHaveLength(1);
    expect(read.pages[fields[0]!.page - 1]).toContain('2026年3月5日');
  });

  it('refuses a signed version that no longer matches the archived content hash', async () => {
    const record = signedRecord(content);
    await expect(renderSignedDocument(record, { ...content, body: `${content.body}（改）` }, signer)).rejects.toThrow(
      /content hash/,
    );
  });
});
