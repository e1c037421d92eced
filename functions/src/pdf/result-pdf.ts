import { PdfPages } from './document.js';
import { pageSize } from './page.js';
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

/** The result notice (办理结果通知书) sent when a case is decided. */
export interface ResultNotice {
  caseNumber: string;
  item: { code: string; name: Bilingual };
  departmentName: Bilingual;
  /** Already masked by the caller (张*三). */
  applicantName: string;
  outcome: 'approved' | 'rejected';
  /** ISO date-time of the decision. */
  decidedAt: string;
  /** The reasons of a rejection (required then) or remarks on an approval. */
  comment?: string;
  /** The deciding role's title, never a person's name (审批岗 / Approval desk). */
  decidedBy: Bilingual;
  /** The notice's document number (文号), e.g. 越民婚〔2026〕12号. */
  documentNumber: string;
  /** Absolute URL of the case's status page, printed and drawn as a QR code. */
  statusUrl: string;
}

const title = { zh: '办理结果通知书', en: 'Notice of decision' };

const outcomes: Record<ResultNotice['outcome'], Bilingual> = {
  approved: { zh: '准予办理', en: 'Approved' },
  rejected: { zh: '不予办理', en: 'Not approved' },
};

/** The right to contest a rejection: 行政复议 within 60 days, 行政诉讼 within 6 months. */
const remedy =
  '如对本决定不服，可自收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法向人民法院提起行政诉讼。' +
  'If you disagree with this decision, you may apply for administrative reconsideration within 60 days of ' +
  "receiving this notice, or bring an administrative lawsuit before a people's court within six months.";

/**
 * The result notice (办理结果通知书 / Notice of decision) as an A4 PDF: document number, the decision and its
 * reasons, the right of appeal for a rejection, the QR code and URL of the status page, the department and date.
 * The same notice always gives the same bytes.
 */
export async function renderResultPdf(notice: ResultNotice): Promise<Uint8Array> {
  checkStatusUrl(notice.statusUrl);
  const comment = notice.comment?.trim();
  if (notice.outcome === 'rejected' && !comment) throw new Error('renderResultPdf: a rejection needs its reasons');
  const pages = await PdfPages.create({
    title: `${both(title)} ${notice.caseNumber}`,
    subject: `${notice.item.name.zh} ${notice.item.code}`,
    keywords: [notice.caseNumber, notice.documentNumber, notice.item.code, title.zh],
    date: notice.decidedAt,
    language: 'zh-CN',
  });
  drawTitle(pages, title, notice.departmentName);
  pages.text(notice.documentNumber, pageSize.width / 2, pages.y - 4, { size: 10.5, align: 'center' });
  pages.y -= 22;
  drawParagraph(pages, `${notice.applicantName}：`, { size: 11 });
  drawParagraph(
    pages,
    `您申请办理的“${notice.item.name.zh}”事项（受理编号 ${notice.caseNumber}）经审查，决定${outcomes[notice.outcome].zh}。` +
      `Your application for "${notice.item.name.en}" (case ${notice.caseNumber}) has been decided: ` +
      `${outcomes[notice.outcome].en.toLowerCase()}.`,
    { size: 10.5 },
  );
  pages.y -= 8;
  drawFacts(pages, [
    { label: { zh: '受理编号', en: 'Case number' }, value: notice.caseNumber },
    {
      label: { zh: '办理事项', en: 'Service' },
      value: `${notice.item.name.zh} ${notice.item.name.en}（${notice.item.code}）`,
    },
    { label: { zh: '申请人', en: 'Applicant' }, value: notice.applicantName },
    { label: { zh: '办理结果', en: 'Decision' }, value: both(outcomes[notice.outcome]) },
    { label: { zh: '决定时间', en: 'Decided' }, value: chinaDateTime(notice.decidedAt) },
    { label: { zh: '审批岗位', en: 'Decided by' }, value: both(notice.decidedBy) },
  ]);
  if (comment) {
    drawHeading(pages, notice.outcome === 'rejected' ? { zh: '理由', en: 'Reasons' } : { zh: '说明', en: 'Remarks' });
    drawParagraph(pages, comment, { size: 10.5 });
    pages.y -= 8;
  }
  if (notice.outcome === 'rejected') {
    drawParagraph(pages, remedy, { size: 8.5 });
    pages.y -= 8;
  }
  pages.y -= 6;
  drawStatusQr(pages, notice.statusUrl, { zh: '扫码查看办理结果', en: 'Scan to see the decision online' });
  drawIssuer(pages, notice.departmentName, chinaDate(notice.decidedAt));
  return pages.finish(caseFooter(notice.caseNumber));
}
