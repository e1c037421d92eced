import { PdfPages } from './document.js';
import { colors, contentWidth, margin } from './page.js';
import { both, chinaDate, chinaDateTime, type Bilingual } from './labels.js';
import {
  caseFooter,
  checkStatusUrl,
  drawFacts,
  drawHeading,
  drawIssuer,
  drawParagraph,
  drawStatusQr,
  drawTitle,
} from './notice.js';

/**
 * One material handed in with an application, and the uploaded file's name if it came online, with its SHA-256
 * on staff's copy only (cases/papers.ts receiptMaterials).
 */
export interface ReceiptMaterial {
  name: string;
  count: number;
  fileName?: string;
  /** Hex SHA-256 of the uploaded file. */
  sha256?: string;
  /** Given as an e-certificate from the applicant's wallet instead of a file (证照核查). */
  certificate?: {
    typeName: string;
    number: string;
    /** Already masked by the caller (张*). */
    holder: string;
  };
}

/** The receipt of a case as the applicant receives it: 申请回执 before acceptance, 受理通知书 after. */
export interface Receipt {
  caseNumber: string;
  /** The lookup code (查询码, `ABCD-EFGH`) that opens the case's status with its number. */
  lookupCode?: string;
  item: { code: string; name: Bilingual };
  departmentName: Bilingual;
  /** Already masked by the caller (张*三). */
  applicantName: string;
  channel: 'online' | 'counter';
  /** The service hall or window, for counter filings. */
  station?: string;
  /** ISO date-time. */
  submittedAt: string;
  /** ISO date-time; absent while the case waits to be accepted. */
  acceptedAt?: string;
  /** YYYY-MM-DD; absent until the case is accepted. */
  promisedDeadline?: string;
  materials: ReceiptMaterial[];
  /** Absolute URL of the case's status page, printed and drawn as a QR code. */
  statusUrl: string;
  /** The consultation phone number (咨询电话). */
  consultationPhone: string;
}

/** A submission receipt (申请回执) before acceptance, the notice of acceptance (受理通知书) after it. */
export function receiptTitle(receipt: Pick<Receipt, 'acceptedAt'>): Bilingual {
  return receipt.acceptedAt
    ? { zh: '受理通知书', en: 'Notice of acceptance' }
    : { zh: '申请回执', en: 'Submission receipt' };
}

function facts(receipt: Receipt): { label: Bilingual; value: string }[] {
  const { item } = receipt;
  const channel =
    receipt.channel === 'online'
      ? '网上申请 Online'
      : `窗口受理 At the counter${receipt.station ? `：${receipt.station}` : ''}`;
  return [
    { label: { zh: '办件编号', en: 'Case number' }, value: receipt.caseNumber },
    ...(receipt.lookupCode ? [{ label: { zh: '查询码', en: 'Lookup code' }, value: receipt.lookupCode }] : []),
    { label: { zh: '办理事项', en: 'Service' }, value: `${item.name.zh} ${item.name.en}（${item.code}）` },
    { label: { zh: '申请人', en: 'Applicant' }, value: receipt.applicantName },
    { label: { zh: '办理渠道', en: 'Channel' }, value: channel },
    { label: { zh: '提交时间', en: 'Submitted' }, value: chinaDateTime(receipt.submittedAt) },
    // Before acceptance there is no acceptance time to print: the receipt says so in its notes.
    ...(receipt.acceptedAt
      ? [{ label: { zh: '受理时间', en: 'Accepted' }, value: chinaDateTime(receipt.acceptedAt) }]
      : []),
    {
      label: { zh: '承诺办结日期', en: 'Promised by' },
      value: receipt.promisedDeadline ? chinaDate(receipt.promisedDeadline) : '受理后确定 Set on acceptance',
    },
  ];
}

/** The materials table's columns; the last names SHA-256 only on a copy that prints fingerprints (staff's). */
function materialColumns(fingerprints: boolean) {
  return [
    { label: { zh: '序号', en: 'No.' }, width: 34 },
    { label: { zh: '材料名称', en: 'Material' }, width: 140 },
    { label: { zh: '份数', en: 'Copies' }, width: 40 },
    {
      label: fingerprints
        ? { zh: '电子文件及 SHA-256 / 电子证照', en: 'File and its SHA-256 / e-certificate' }
        : { zh: '电子文件 / 电子证照', en: 'File / e-certificate' },
      width: contentWidth - 214,
    },
  ];
}

/**
 * The materials as a table: number, name, copies, and the uploaded file (with its SHA-256 in small print on
 * staff's copy), or the
 * e-certificate that stood in for it (type, number, holder masked).
 */
function drawMaterials(pages: PdfPages, materials: ReceiptMaterial[]): void {
  drawHeading(pages, { zh: '申请材料', en: 'Materials received' });
  const columns = materialColumns(materials.some((m) => m.sha256 !== undefined));
  const cells = (m: ReceiptMaterial, i: number) => [
    [{ text: String(i + 1), size: 9.5 }],
    pages.wrap(m.name, columns[1]!.width - 10, 9.5).map((text) => ({ text, size: 9.5 })),
    [{ text: String(m.count), size: 9.5 }],
    [
      ...(m.certificate
        ? [
            `电子证照 E-certificate：${m.certificate.typeName}`,
            `证照编号 No.：${m.certificate.number}`,
            `持证人 Holder：${m.certificate.holder}`,
          ].flatMap((line) => pages.wrap(line, columns[3]!.width - 10, 9).map((text) => ({ text, size: 9 })))
        : []),
      ...(m.fileName ? pages.wrap(m.fileName, columns[3]!.width - 10, 9).map((text) => ({ text, size: 9 })) : []),
      ...(m.sha256 ? pages.wrap(m.sha256, columns[3]!.width - 10, 6.5) : []).map((text) => ({ text, size: 6.5 })),
    ],
  ];
  const header = columns.map((c) => [
    { text: c.label.zh, size: 9.5 },
    { text: c.label.en, size: 7 },
  ]);
  [header, ...materials.map(cells)].forEach((row, r) => {
    const height = Math.max(...row.map((lines) => lines.reduce((sum, l) => sum + l.size * 1.45, 0))) + 10;
    pages.ensure(height);
    let x = margin.x;
    row.forEach((lines, c) => {
      const width = columns[c]!.width;
      pages.box(x, pages.y, width, height, { border: colors.rule, ...(r === 0 ? { fill: colors.shade } : {}) });
      let y = pages.y - 5;
      for (const line of lines) {
        y -= line.size * 1.45;
        pages.text(line.text, x + 5, y + line.size * 0.3, {
          size: line.size,
          ...(line.size < 8 ? { color: colors.muted } : {}),
        });
      }
      x += width;
    });
    pages.y -= height;
  });
  pages.y -= 14;
}

/**
 * The submission receipt or notice of acceptance (receiptTitle) as a one-page A4 PDF: the case's facts, the materials
 * received, what to do next, the QR code and URL of the status page, and the department's name and date.
 * The same receipt always gives the same bytes.
 */
export async function renderReceiptPdf(receipt: Receipt): Promise<Uint8Array> {
  checkStatusUrl(receipt.statusUrl);
  const date = receipt.acceptedAt ?? receipt.submittedAt;
  const title = receiptTitle(receipt);
  const pages = await PdfPages.create({
    title: `${both(title)} ${receipt.caseNumber}`,
    subject: `${receipt.item.name.zh} ${receipt.item.code}`,
    keywords: [receipt.caseNumber, receipt.item.code, title.zh],
    date,
    language: 'zh-CN',
  });
  drawTitle(pages, title, receipt.departmentName);
  drawFacts(pages, facts(receipt));
  drawMaterials(pages, receipt.materials);
  drawHeading(pages, { zh: '温馨提示', en: 'Notes' });
  const notes = [
    receipt.acceptedAt
      ? '您的申请已受理。本通知书仅证明申请已受理，不代表审批结果。This notice confirms that the application was accepted; it is not the decision.'
      : '您的申请已提交，正在等待受理；受理后可下载受理通知书。Your application has been submitted and awaits acceptance; the notice of acceptance follows.',
    receipt.lookupCode
      ? '请妥善保管，凭办件编号和查询码或扫描下方二维码查询办理进度。Keep this paper: the case number with the lookup code, or the QR code below, shows the progress of your case.'
      : '请妥善保管，凭办件编号或扫描下方二维码查询办理进度。Keep this paper: the case number or the QR code below shows the progress of your case.',
  ];
  for (const note of notes) drawParagraph(pages, note, { size: 9.5 });
  pages.y -= 10;
  drawStatusQr(pages, receipt.statusUrl, { zh: '扫码查询办理进度', en: 'Scan to check progress' }, [
    `咨询电话 Enquiries：${receipt.consultationPhone}`,
  ]);
  drawIssuer(pages, receipt.departmentName, chinaDate(date));
  return pages.finish(caseFooter(receipt.caseNumber));
}
