import { PdfPages } from './document.js';
import { colors, contentWidth, margin, pageSize } from './page.js';
import { both, chinaDate, pageLabel, type Bilingual } from './labels.js';
import { checkStatusUrl, drawFacts, drawTitle } from './notice.js';
import { drawQr, qrMatrix, quietZone } from './qr.js';
import { drawSeal } from './seal.js';

/** An e-certificate (电子证照) as its holder prints it. */
export interface CertificateDocument {
  number: string;
  typeName: Bilingual;
  holder: { name: string; idNumberMasked?: string };
  departmentName: Bilingual;
  /** ISO date-times. */
  issuedAt: string;
  validUntil?: string;
  /** The type's own fields (labelled by the caller). */
  fields: { label: Bilingual; value: string }[];
  status: 'valid' | 'expired' | 'revoked';
  /** What the QR code carries: the /verify address with the signed credential after `#`. */
  verifyUrl: string;
}

const title: Bilingual = { zh: '电子证照', en: 'E-certificate' };
const watermarks = { revoked: '已撤销 REVOKED', expired: '已过期 EXPIRED' } as const;

/**
 * An e-certificate as an A4 PDF: the certificate's type as its title, holder, number, issuer, issue date and
 * validity, the type's fields, the QR code of the signed credential (scanned, it opens /verify, which checks
 * the signature in the browser, offline too) and the issuing department's seal. A revoked or expired
 * certificate carries a watermark saying so. The same input always gives the same bytes.
 */
export async function renderCertificatePdf(certificate: CertificateDocument): Promise<Uint8Array> {
  checkStatusUrl(certificate.verifyUrl);
  const pages = await PdfPages.create({
    title: `${both(certificate.typeName)} ${certificate.number}`,
    subject: both(title),
    keywords: [certificate.number, certificate.typeName.zh, title.zh],
    date: certificate.issuedAt,
    language: 'zh-CN',
  });
  drawFrame(pages);
  drawTitle(pages, certificate.typeName, certificate.departmentName);
  pages.text(`${title.zh} ${title.en}`, pageSize.width / 2, pages.y - 4, {
    size: 10,
    align: 'center',
    color: colors.muted,
  });
  pages.y -= 22;
  const validity = certificate.validUntil
    ? `${chinaDate(certificate.issuedAt)} 至 ${chinaDate(certificate.validUntil)}`
    : '长期有效（撤销前） Valid until revoked';
  drawFacts(pages, [
    {
      label: { zh: '持证人', en: 'Holder' },
      value: [certificate.holder.name, certificate.holder.idNumberMasked].filter(Boolean).join('　'),
    },
    { label: { zh: '证照类型', en: 'Type' }, value: both(certificate.typeName) },
    { label: { zh: '证照编号', en: 'Number' }, value: certificate.number },
    { label: { zh: '发证机关', en: 'Issued by' }, value: both(certificate.departmentName) },
    { label: { zh: '发证日期', en: 'Issued on' }, value: chinaDate(certificate.issuedAt) },
    { label: { zh: '有效期', en: 'Valid' }, value: validity },
    ...certificate.fields,
  ]);
  drawVerification(pages, certificate.verifyUrl);
  drawIssuerWithSeal(pages, certificate.departmentName, chinaDate(certificate.issuedAt));
  const footer = (page: number, count: number) => ({
    left: `越秀号 Yuexiu-hao · ${certificate.number}`,
    right: pageLabel(page, count),
  });
  return pages.finish(footer, certificate.status === 'valid' ? undefined : watermarks[certificate.status]);
}

/** A double border round the page, as certificates have. */
function drawFrame(pages: PdfPages): void {
  const inset = 24;
  pages.box(inset, pageSize.height - inset, pageSize.width - 2 * inset, pageSize.height - 2 * inset, {
    border: colors.rule,
  });
  pages.box(inset + 4, pageSize.height - inset - 4, pageSize.width - 2 * inset - 8, pageSize.height - 2 * inset - 8, {
    border: colors.rule,
  });
}

/** The QR code of the signed credential, large enough for a phone, and how to check it. */
function drawVerification(pages: PdfPages, verifyUrl: string): void {
  // Correction L, as the wallet's QR code: a 1.2–1.5 kB credential then needs far fewer modules. Whole
  // 2-point modules on whole points (4 pixels at 144 dpi) keep the grid crisp for readers: about 9 cm wide
  // (at most 320 points; a longer credential gets smaller modules).
  const modules = qrMatrix(verifyUrl, 'L').length + 2 * quietZone;
  const size = Math.min(modules * 2, 320);
  pages.ensure(size + 8);
  const top = Math.floor(pages.y);
  drawQr(pages.page, verifyUrl, margin.x - 8, top, size, 'L');
  const x = margin.x + size + 4;
  const width = contentWidth - size - 4;
  pages.text('扫码核验', x, top - 30, { size: 12, bold: true });
  pages.text('Scan to verify', x, top - 45, { size: 9, color: colors.muted });
  const saved = pages.y;
  pages.y = top - 58;
  const page = new URL(verifyUrl);
  const lines = [
    '二维码内含发证机关签名的电子证照，扫码后在核验页面用公开密钥核对签名（断网亦可），联网时同时查询是否已撤销。',
    'The QR code holds the signed credential. Scanned, it opens the verify page, which checks the signature ' +
      "with the district's published keys (offline too) and, online, whether it was revoked.",
    `${page.origin}${page.pathname}`,
  ];
  for (const line of lines.flatMap((l) => pages.wrap(l, width, 8.5))) {
    pages.text(line, x, pages.y, { size: 8.5, color: colors.muted });
    pages.y -= 12;
  }
  pages.y = Math.min(saved, top - size, pages.y) - 14;
}

/** The issuing department and the date, right-aligned, under the department's seal. */
function drawIssuerWithSeal(pages: PdfPages, issuer: Bilingual, date: string): void {
  const radius = 58;
  pages.ensure(2 * radius + 12);
  const right = margin.x + contentWidth;
  const top = pages.y;
  pages.text(issuer.zh, right - 20, top - radius - 4, { size: 12, align: 'right' });
  pages.text(issuer.en, right - 20, top - radius - 18, { size: 8, color: colors.muted, align: 'right' });
  pages.text(date, right - 20, top - radius - 34, { size: 11, align: 'right' });
  drawSeal(pages, issuer.zh, '电子证照专用章', right - 80, top - radius - 10, radius);
  pages.y = top - 2 * radius - 20;
}
