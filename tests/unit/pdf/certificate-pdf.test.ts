import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf, type CertificateDocument } from '../../../functions/src/pdf/index.js';
import { qrMatrix } from '../../../functions/src/pdf/qr.js';
import { readPdf, type ReadPdf } from './pdf-reader.js';
import { decodeQr, drawnModules } from './qr-check.js';

/** A credential-sized payload: a compact JWS of a typical certificate is 1.2–1.5 kB. */
const jws = `eyJhbGciOiJFUzI1NiJ9.${'eyJ2YyI6dHJ1ZX0'.repeat(85)}.${'s'.repeat(86)}`;
const certificate: CertificateDocument = {
  number: 'YXC-20260105-000123',
  typeName: { zh: '高龄老人津贴资格证明', en: 'Old-age allowance eligibility certificate' },
  holder: { name: '张晓明', idNumberMasked: '440104********1234' },
  departmentName: { zh: '越秀区民政局', en: 'Yuexiu District Civil Affairs Bureau' },
  issuedAt: '2026-01-08T07:45:00Z',
  validUntil: '2027-01-08T07:45:00Z',
  fields: [{ label: { zh: '住址', en: 'Address' }, value: '广州市越秀区北京路1号' }],
  status: 'valid',
  verifyUrl: `https://yuexiu.example/verify#${jws}`,
};

let bytes: Uint8Array;
let valid: ReadPdf;

beforeAll(async () => {
  bytes = await renderCertificatePdf(certificate);
  valid = await readPdf(bytes);
}, 60_000);

describe('the e-certificate PDF', { timeout: 30_000 }, () => {
  it('prints holder, type, number, issuer, issue date, validity and fields on one page', () => {
    expect(valid.pages).toHaveLength(1);
    const text = valid.text.replace(/\s+/g, ' ');
    for (const expected of [
      '高龄老人津贴资格证明',
      '电子证照 E-certificate',
      '张晓明 440104********1234',
      'YXC-20260105-000123',
      '越秀区民政局 Yuexiu District Civil Affairs Bureau',
      '发证日期 Issued on 2026年1月8日',
      '2026年1月8日 至 2027年1月8日',
      '住址 Address 广州市越秀区北京路1号',
      'https://yuexiu.example/verify',
      '第 1 页 / 共 1 页',
    ]) {
      expect(text).toContain(expected);
    }
    expect(valid.info.Title).toBe('高龄老人津贴资格证明 Old-age allowance eligibility certificate YXC-20260105-000123');
  });

  it('draws the seal: the department name round the ring and its caption, in red', () => {
    expect(valid.text).toContain('电子证照专用章');
    // The name is drawn a character at a time along the arc.
    expect(valid.text.replace(/\s+/g, '')).toContain('越秀区民政局电子证照专用章');
  });

  it('draws a QR code of the /verify address with the credential that a reader gets back', async () => {
    expect(await drawnModules(bytes)).toEqual(qrMatrix(certificate.verifyUrl, 'L'));
    expect(await decodeQr(valid)).toBe(certificate.verifyUrl);
  });

  it('marks a revoked certificate and says "valid until revoked" for one without an end', async () => {
    const revoked = await readPdf(
      await renderCertificatePdf({ ...certificate, status: 'revoked', validUntil: undefined }),
    );
    expect(revoked.text).toContain('已撤销 REVOKED');
    expect(revoked.text).toContain('长期有效（撤销前） Valid until revoked');
    expect(valid.text).not.toContain('REVOKED');
  });

  it('refuses a QR address that is not absolute', async () => {
    await expect(renderCertificatePdf({ ...certificate, verifyUrl: '/verify#x' })).rejects.toThrow(/absolute/);
  });

  it('gives the same bytes for the same certificate', async () => {
    expect(Buffer.from(await renderCertificatePdf(certificate)).equals(Buffer.from(bytes))).toBe(true);
  });
});
