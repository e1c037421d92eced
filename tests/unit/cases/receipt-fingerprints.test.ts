import { describe, expect, it } from 'vitest';
import { receiptAudienceOf, receiptMaterials } from '../../../functions/src/cases/papers.js';
import type { ReceivedMaterial } from '../../../functions/src/cases/model.js';
import { renderReceiptPdf } from '../../../functions/src/pdf/index.js';
import { receipt } from '../pdf/fixtures.js';
import { readPdf } from '../pdf/pdf-reader.js';

/** Issue 13: citizens see no SHA-256 fingerprints on their receipt; staff keep them. */

const sha256 = 'a3f1c2d4e5b6978877665544332211000ffeeddccbbaa99887766554433221100';
const material = (index: number, name: string, fileName: string): ReceivedMaterial => ({
  material: index,
  name: { zh: name, en: name },
  documentId: `doc-${index}`,
  fileName,
  contentType: 'application/pdf',
  size: 1024,
  sha256,
});
const record = { materials: [material(1, '户口簿', 'hukou.pdf'), material(0, '居民身份证', 'id-card.pdf')] };

describe('the receipt’s materials', () => {
  it('name each file for the applicant, without its fingerprint, in the guide’s order', () => {
    expect(receiptMaterials(record, 'applicant')).toEqual([
      { name: '居民身份证', count: 1, fileName: 'id-card.pdf' },
      { name: '户口簿', count: 1, fileName: 'hukou.pdf' },
    ]);
  });

  it('carry each file’s SHA-256 on staff’s copy', () => {
    expect(receiptMaterials(record, 'staff').map((m) => m.sha256)).toEqual([sha256, sha256]);
  });

  it('are drawn for staff when any staff role asks, for the applicant when a citizen or enterprise does', () => {
    expect(receiptAudienceOf({ roles: ['citizen'] })).toBe('applicant');
    expect(receiptAudienceOf({ roles: ['enterprise'] })).toBe('applicant');
    expect(receiptAudienceOf({ roles: ['clerk'] })).toBe('staff');
    expect(receiptAudienceOf({ roles: ['officer', 'head'] })).toBe('staff');
  });
});

describe('the applicant’s receipt PDF', { timeout: 30_000 }, () => {
  it('prints the files but no SHA-256, not even in the column’s heading', async () => {
    const applicantCopy = { ...receipt, materials: receipt.materials.map(({ sha256: _s, ...m }) => m) };
    const text = (await readPdf(await renderReceiptPdf(applicantCopy))).text;
    expect(text).toContain('id-card.pdf');
    expect(text).toContain('电子文件 / 电子证照');
    expect(text).not.toContain('SHA-256');
    for (const m of receipt.materials) if (m.sha256) expect(text.replace(/\s+/g, '')).not.toContain(m.sha256);
  });
});
