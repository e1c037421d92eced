import { readProfileIfAny } from '../identity/service.js';
import { notify } from '../notifications/service.js';
import { config } from '../platform/config.js';
import { logger } from '../platform/logger.js';
import type { LetterRecord } from './model.js';

/**
 * Where the writer is reached: a signed-in writer's account contact (e-mail, else phone), else the phone they
 * gave on the letter; none for an anonymous writer who gave no phone (they follow theirs with the query code).
 * Read only to send, never copied: the outbox keeps the address masked and sealed (notifications/service.ts).
 */
async function contactOf(record: LetterRecord, letterPhone: string | undefined): Promise<string | undefined> {
  const profile = record.owner ? await readProfileIfAny({ sub: record.owner }) : undefined;
  return profile?.email ?? profile?.phone ?? letterPhone;
}

/** Where the writer reads the answer: their own letter, or the follow page (query code and password). */
const letterUrl = (record: LetterRecord) =>
  record.owner
    ? `${config().PUBLIC_ORIGIN}/my/letters/${encodeURIComponent(record.letterId)}`
    : `${config().PUBLIC_ORIGIN}/mailbox/follow`;

/**
 * Tells the writer that their letter was answered (the first answer, or a reopened letter's second one), by
 * e-mail or SMS, as a case's applicant is told (`writer`: the name and phone opened from the letter). The answer is already saved when this runs, so a failed
 * delivery is logged rather than undoing it: the writer still finds the answer on the letter.
 */
export async function notifyWriterOfAnswer(record: LetterRecord, writer: { phone?: string }): Promise<void> {
  try {
    const to = await contactOf(record, writer.phone);
    if (!to) return;
    const second = record.round > 1;
    await notify({
      channel: to.includes('@') ? 'email' : 'sms',
      to,
      subject: `越秀信箱：您的来信 ${record.letterNumber} ${second ? '已再次答复' : '已答复'}`,
      body: [
        `您的来信“${record.subject}”（${record.letterNumber}）${second ? '已再次答复' : '已答复'}，欢迎评价。`,
        `Your letter ${record.letterNumber} ${second ? 'has its second answer' : 'has been answered'}; you may rate the answer.`,
        letterUrl(record),
      ].join('\n'),
      reference: record.letterId,
    });
  } catch (error) {
    logger.error('writer not notified', { action: 'letter.notifyWriter', letterId: record.letterId, error });
  }
}
