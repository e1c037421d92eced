import { compactVerify, createLocalJWKSet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, origin, tokenFor } from '../support/api.js';
import { issuedCertificate } from '../support/certificates.js';
import { readPdf, type ReadPdf } from '../unit/pdf/pdf-reader.js';
import { decodeQr } from '../unit/pdf/qr-check.js';

/**
 * The wallet's PDF rendering of an e-certificate (GET /api/me/certificates/{id}/pdf): only its holder gets
 * it, the access is audited, and the QR code read back from the rendered page is the /verify address with
 * the signed credential, which verifies with the published keys alone and through the verify API.
 */
let certificate: any;
let pdf: ReadPdf;
let response: Response;

const pdfPath = (id: string) => `/api/me/certificates/${id}/pdf`;

beforeAll(async () => {
  ({ certificate } = await issuedCertificate('citizen1'));
  response = await fetch(`${origin()}${pdfPath(certificate.certificateId)}`, {
    headers: { authorization: `Bearer ${await tokenFor('citizen1')}` },
  });
  pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
}, 180_000);

describe("an e-certificate's PDF", { timeout: 60_000 }, () => {
  it('gives the holder a one-page PDF with holder, type, number, issuer, issue date and validity', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`${certificate.number}.pdf`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(pdf.pages).toHaveLength(1);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const expected of [
      '高龄老人津贴资格证明',
      '张晓明',
      certificate.number,
      '越秀区民政局',
      '持证人',
      '发证日期',
      '有效期',
      '扫码核验',
      '电子证照专用章',
    ]) {
      expect(text).toContain(expected);
    }
    const date = (iso: string) => {
      const [y, m, d] = new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10).split('-');
      return `${y}年${Number(m)}月${Number(d)}日`;
    };
    expect(text).toContain(`${date(certificate.issuedAt)} 至 ${date(certificate.validUntil)}`);
    expect(text).not.toContain('REVOKED');
  });

  it('carries a QR code of the signed credential that verifies offline (jose, JWKS) and through the API', async () => {
    const scanned = await decodeQr(pdf);
    expect(scanned).toBe(`${origin()}/verify#${certificate.credential}`);
    const credential = scanned!.slice(scanned!.indexOf('#') + 1);
    const jwks = createLocalJWKSet((await api('GET', '/api/certificates/jwks.json')).body);
    const { payload } = await compactVerify(credential, jwks);
    expect(JSON.parse(new TextDecoder().decode(payload)).credentialSubject.number).toBe(certificate.number);
    const checked = await api('POST', '/api/certificates/verify', {
      token: await tokenFor('officer1'),
      body: { credential },
    });
    expect(checked.body).toMatchObject({ status: 'valid', valid: true, certificate: { number: certificate.number } });
  });

  it("keeps a holder's PDF from everyone else", async () => {
    const status = async (id: string, user?: string) =>
      (await api('GET', pdfPath(id), { token: user ? await tokenFor(user) : undefined })).status;
    expect(await status(certificate.certificateId, 'citizen2')).toBe(404);
    expect(await status(certificate.certificateId)).toBe(401);
    expect(await status(certificate.certificateId, 'officer1')).toBe(403);
    expect(await status('not-a-uuid', 'citizen1')).toBe(400);
  });

  it('audits every download', async () => {
    const res = await api('GET', '/api/audit?action=certificates.pdf&limit=50', {
      token: await tokenFor('supervisor1'),
    });
    expect(res.status).toBe(200);
    expect(
      res.body.items.some(
        (i: any) => (i.resource?.id ?? i.resourceId) === certificate.certificateId && i.outcome === 'succeeded',
      ),
    ).toBe(true);
  });
});
