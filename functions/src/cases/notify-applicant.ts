import { readProfileIfAny } from '../identity/service.js';
import { notify } from '../notifications/service.js';
import type { CaseRecord } from './model.js';
import { statusUrl } from './papers.js';

/** What each change tells the applicant, in Chinese and English. */
const messages = {
  accepted: ['已受理', 'has been accepted'],
  needs_correction: ['需要补正材料', 'needs a correction from you'],
  in_review: ['正在审核', 'is under review'],
  approved: ['已审批通过', 'has been approved'],
  rejected: ['未获批准', 'was not approved'],
  not_accepted: ['不予受理', 'was not accepted'],
  withdrawn: ['因逾期未补正已撤回', 'was withdrawn: the correction did not arrive in time'],
  completed: ['已办结', 'is complete'],
} as const;

export type NotifiedStatus = keyof typeof messages;

/**
 * Tells the applicant (by e-mail, else SMS) that their case moved on. Contact details stay in the
 * registry, encrypted; they are read only to send, never copied. Counter filings without an account are
 * followed by case number and ID tail at /status instead.
 */
export async function notifyApplicant(record: CaseRecord, status: NotifiedStatus, detail = ''): Promise<void> {
  if (!record.owner) return;
  const contact = await readProfileIfAny({ sub: record.owner });
  const to = contact?.email ?? contact?.phone;
  if (!to) return;
  const [zh, en] = messages[status];
  await notify({
    channel: to.includes('@') ? 'email' : 'sms',
    to,
    subject: `越秀号：您的申请 ${record.caseNumber} ${zh}`,
    body: [
      `${record.itemName.zh}（${record.caseNumber}）${zh}。`,
      `${record.itemName.en} (${record.caseNumber}) ${en}.`,
      detail,
      statusUrl(record),
    ]
      .filter(Boolean)
      .join('\n'),
    reference: record.caseId,
  });
}
