import { publishedWorkingCalendar } from '../calendar/published.js';
import * as catalog from '../catalog/store.js';
import { dueDate } from '../deadlines/clock.js';
import { AppError, conflict, notFound } from '../platform/errors.js';
import { chinaDate, now as clockNow, nowIso } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskName, maskPhone } from '../platform/personal-data/masking.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import { assertNotHeldByOther, closeDirectItem, directItemPut, openDirectItemOf } from '../workitems/direct.js';
import { hashPassword, newPassword, newQueryCode, passwordMatches, queryCodeIndex } from './credentials.js';
import type {
  AnswerInput,
  LetterRatingInput,
  LetterRecord,
  ReopenInput,
  RerouteInput,
  WriteLetterInput,
} from './model.js';
import { answerLimitDays, departmentFor, letterTopics, type LetterTopicCode } from './routing.js';
import { anonymousUploader, bindAttachments, checkedAttachments } from './attachments.js';
import { letterClockAt } from './deadline.js';
import { notifyWriterOfAnswer } from './notify-writer.js';
import { answered, drafted, rated, reopened, rerouted } from './rules.js';
import * as store from './store.js';

export const writerPurpose = dataKeyPurposes.letterWriter;
const writerContext = (letterId: string) => ({ purpose: writerPurpose, recordKey: `LETTER#${letterId}` });

/** A readable letter number: YXL-<yyyymmdd>-<6-digit sequence of the day>, by China's calendar (one clock). */
async function nextLetterNumber(): Promise<string> {
  const day = chinaDate().replaceAll('-', '');
  return `YXL-${day}-${String(await store.nextLetterSequence(day)).padStart(6, '0')}`;
}

/** The due date of a round started at `startedAt`, on the published working-day calendar. */
async function dueDateFrom(limitDays: number): Promise<(startedAt: string) => string> {
  const calendar = await publishedWorkingCalendar();
  return (startedAt) => dueDate(calendar, { acceptedAt: startedAt, limitDays, pauses: [] }, nowIso()).date;
}

/** The letter's clock as staff read it now, on the published calendar (letters/deadline.ts); none once answered. */
export async function letterClockNow(record: LetterRecord) {
  return letterClockAt(await publishedWorkingCalendar(), record, nowIso());
}

const writesAsAccount = (principal: Principal | undefined): principal is Principal =>
  principal !== undefined && principal.roles.some((r) => r === 'citizen' || r === 'enterprise');

/**
 * The write that puts the letter's current round in its department's inbox (officers first, the head for a
 * reopened one), made in one transaction with the letter's own.
 */
export function inboxItemPut(record: LetterRecord) {
  return directItemPut({
    kind: 'letter',
    subjectId: record.letterId,
    round: record.round,
    // Each re-routing, draft and returned draft opens a new item in the inbox it goes to.
    leg: record.history.filter((e) => e.event === 'rerouted' || e.event === 'drafted' || e.event === 'returned').length,
    subjectNumber: record.letterNumber,
    title: record.subject,
    department: record.department,
    role: record.round > 1 || record.status === 'awaiting_approval' ? 'head' : 'officer',
    clock: { acceptedAt: record.roundStartedAt, limitDays: record.limitDays },
    dueDate: record.dueDate,
    submittedAt: record.roundStartedAt,
    ...(record.writerMasked?.name ? { applicantMasked: record.writerMasked.name } : {}),
  });
}

export interface Receipt {
  letter: LetterRecord;
  /** Shown once to an anonymous writer; never stored in the clear. */
  credentials?: { queryCode: string; password: string };
  /** The submission token had written this letter already: nothing new was written. */
  repeated?: boolean;
}

/**
 * Writes a letter: numbered by the one clock, routed by its topic to a department's inbox with the type's
 * time limit in working days. The writer's name and phone are sealed; an anonymous writer gets a query code
 * and a password, shown once.
 */
export async function writeLetter(principal: Principal | undefined, input: WriteLetterInput): Promise<Receipt> {
  const token = {
    owner: writesAsAccount(principal) ? principal.sub : 'anonymous',
    submissionToken: input.submissionToken,
  };
  const existing = await store.letterIdForToken(token.owner, token.submissionToken);
  if (existing) return receiptOfRepeat(existing);
  const letterId = newId();
  const at = clockNow().toISOString();
  const limitDays = answerLimitDays[input.type];
  const { topic, department, item } = await routeOf(input);
  const account = writesAsAccount(principal) ? principal : undefined;
  // Checked before anything is written: a file that did not pass refuses the letter (422, naming the file).
  const uploader = account ? account.sub : anonymousUploader(input.submissionToken);
  const attachments = await checkedAttachments(uploader, input.attachments ?? []);
  const credentials = account ? undefined : { queryCode: newQueryCode(), password: newPassword() };
  const writer = { ...(input.name ? { name: input.name } : {}), ...(input.phone ? { phone: input.phone } : {}) };
  const record: LetterRecord = {
    letterId,
    letterNumber: await nextLetterNumber(),
    type: input.type,
    topic,
    ...(item ? { item } : {}),
    subject: input.subject,
    body: input.body,
    publishConsent: input.publishConsent,
    department,
    ...(account ? { owner: account.sub, ownerUsername: account.username } : {}),
    ...(Object.keys(writer).length > 0
      ? {
          writerEnc: await sealField(keyService(), writerContext(letterId), JSON.stringify(writer)),
          writerMasked: {
            ...(writer.name ? { name: maskName(writer.name) } : {}),
            ...(writer.phone ? { phone: maskPhone(writer.phone) } : {}),
          },
        }
      : {}),
    ...(credentials
      ? {
          queryIndex: await queryCodeIndex(credentials.queryCode),
          passwordHash: await hashPassword(credentials.password),
        }
      : {}),
    status: 'awaiting_answer',
    round: 1,
    writtenAt: at,
    roundStartedAt: at,
    limitDays,
    dueDate: (await dueDateFrom(limitDays))(at),
    ...(attachments.length > 0 ? { attachments } : {}),
    answers: [],
    ratings: [],
    history: [
      { at, event: 'written', round: 1 },
      { at, event: 'routed', round: 1, department },
    ],
    version: 1,
  };
  if (!(await store.insertLetter(record, token, [inboxItemPut(record)]))) {
    const winner = await store.letterIdForToken(token.owner, token.submissionToken);
    if (!winner) throw new Error('a submission token was taken but names no letter');
    return receiptOfRepeat(winner);
  }
  await bindAttachments(record);
  return { letter: record, ...(credentials ? { credentials } : {}) };
}

/**
 * Where a letter goes: to the department of the item it is about (400 UNKNOWN_ITEM for an item not
 * published), otherwise by its topic. A letter about an item without a topic takes the first topic of
 * the item's department, or `other`.
 */
async function routeOf(input: WriteLetterInput): Promise<{
  topic: LetterTopicCode;
  department: string;
  item?: { code: string; name: { zh: string; en: string } };
}> {
  if (input.itemCode === undefined) {
    const topic = input.topic ?? 'other';
    return { topic, department: departmentFor(topic) };
  }
  const guide = await catalog.getPublished(input.itemCode);
  if (!guide) {
    throw new AppError(400, 'UNKNOWN_ITEM', `itemCode: no published service item ${input.itemCode}`, {
      fields: [{ field: 'itemCode', message: `no published service item ${input.itemCode}` }],
    });
  }
  const topic = input.topic ?? letterTopics.find((t) => t.department === guide.department)?.code ?? 'other';
  return {
    topic,
    department: guide.department,
    item: { code: guide.code, name: { zh: guide.name.zh, en: guide.name.en } },
  };
}

/**
 * A repeated submission gets the letter the first one wrote, once more for an account; an anonymous writer's
 * query code and password were shown once and are not kept, so a repeat is told where its letter is instead.
 */
async function receiptOfRepeat(letterId: string): Promise<Receipt> {
  const letter = await store.getLetter(letterId);
  if (!letter) throw new Error(`letter ${letterId} of a submission token is missing`);
  if (!letter.owner)
    throw new AppError(
      409,
      'ALREADY_RECEIVED',
      `This letter was received already as ${letter.letterNumber}; follow it with the query code and password shown then`,
      { letterNumber: letter.letterNumber },
    );
  return { letter, repeated: true };
}

/** A letter the caller reaches by the route's scope (404 otherwise: its existence is private). */
export async function readableLetter(principal: Principal, scope: Scope | undefined, letterId: string) {
  return requireInScope(principal, scope, await store.getLetter(letterId), 'Letter');
}

export async function myLetters(principal: Principal): Promise<LetterRecord[]> {
  return store.lettersOf(principal.sub);
}

/**
 * An anonymous letter by its query code and password. A wrong code or a wrong password give the same 404,
 * so neither can be probed alone.
 */
export async function followedLetter(queryCode: string, password: string): Promise<LetterRecord> {
  const letterId = await store.letterIdForCode(await queryCodeIndex(queryCode));
  const record = letterId ? await store.getLetter(letterId) : undefined;
  const ok = record?.passwordHash ? await passwordMatches(password, record.passwordHash) : false;
  if (!record || !ok) {
    throw new AppError(404, 'LETTER_NOT_FOUND', 'No letter matches this query code and password');
  }
  return record;
}

/** Saves the next version (with `alsoPut`), or 409 LETTER_STALE when someone changed the letter meanwhile. */
export async function save(next: LetterRecord, alsoPut: readonly store.AlsoPut[] = []): Promise<LetterRecord> {
  if (!(await store.saveLetter(next, alsoPut)))
    throw conflict('LETTER_STALE', 'The letter changed meanwhile; reload and try again');
  return next;
}

/** The writer's name and phone in full (opened from the sealed field); empty when they gave none. */
export async function writerOf(record: LetterRecord): Promise<{ name?: string; phone?: string }> {
  if (!record.writerEnc) return {};
  return JSON.parse(await openField(keyService(), writerContext(record.letterId), record.writerEnc)) as {
    name?: string;
    phone?: string;
  };
}

/**
 * A department's answer: the letter must wait for one and sit in the caller's department; its open work
 * item is closed (409 CLAIMED_BY_OTHER when a colleague holds it, LETTER_STALE when two answer at once). A reopened letter is answered by the head.
 * An answer that goes out (not a draft for the head) is told to the writer (letters/notify-writer.ts).
 */
export async function answerLetter(
  principal: Principal,
  scope: Scope | undefined,
  letterId: string,
  input: AnswerInput,
) {
  const record = await readableLetter(principal, scope, letterId);
  if (record.status === 'awaiting_approval') {
    throw conflict('AWAITING_APPROVAL', "A draft answer waits for the head's approval");
  }
  if (record.status !== 'awaiting_answer') throw conflict('ALREADY_ANSWERED', 'This letter was already answered');
  const item = await openDirectItemOf(letterId);
  if (!item) throw conflict('ALREADY_ANSWERED', 'This letter has no open work item');
  if (!principal.roles.includes(item.role) && !principal.roles.includes('head')) {
    throw new AppError(403, 'FORBIDDEN', 'A reopened letter is answered by the head of the department');
  }
  assertNotHeldByOther(principal, item);
  if (input.forApproval && !principal.roles.includes('head')) {
    // The officer's draft goes to the head's inbox; the officer's item closes as drafted.
    const next = drafted(record, { text: input.answer, by: principal.username, at: nowIso() });
    const saved = await save(next, [inboxItemPut(next)]);
    await closeDirectItem(principal, item, 'drafted');
    return saved;
  }
  const writer = await writerOf(record);
  const next = answered(
    record,
    { text: input.answer, by: principal.username, department: principal.department ?? record.department, at: nowIso() },
    writer.name ? [writer.name] : [],
  );
  const saved = await save(next);
  await closeDirectItem(principal, item, 'answered');
  await notifyWriterOfAnswer(saved, writer);
  return saved;
}

/** The writer rates the latest answer (once per answer). */
export async function rateLetter(record: LetterRecord, input: LetterRatingInput) {
  return save(rated(record, input, nowIso()));
}

/** The writer reopens the letter; it goes back to its department's inbox, to the head. */
export async function reopenLetter(record: LetterRecord, input: ReopenInput) {
  const next = reopened(record, input, nowIso(), await dueDateFrom(record.limitDays));
  return save(next, [inboxItemPut(next)]);
}

/** 404 for a letter that is not the caller's own (a signed-in writer's routes). */
export async function ownLetter(principal: Principal, scope: Scope | undefined, letterId: string) {
  const record = await readableLetter(principal, scope, letterId);
  if (record.owner !== principal.sub) throw notFound('Letter');
  return record;
}

/**
 * Sends a letter waiting for an answer to another department, with a reason (a dispatcher anywhere, or the
 * head of the department holding it): its open item leaves this inbox and a new one opens in the other
 * department's, with the same due date; the history keeps the move. 409 ALREADY_ANSWERED when it waits for
 * no answer, SAME_DEPARTMENT when it is there already, CLAIMED_BY_OTHER when an officer holds it.
 */
export async function rerouteLetter(
  principal: Principal,
  scope: Scope | undefined,
  letterId: string,
  input: RerouteInput,
) {
  const record = await readableLetter(principal, scope, letterId);
  const item = await openDirectItemOf(letterId);
  if (record.status !== 'awaiting_answer' || !item) {
    throw conflict('ALREADY_ANSWERED', 'Only a letter waiting for an answer can be re-routed');
  }
  assertNotHeldByOther(principal, item);
  const next = rerouted(record, { ...input, by: principal.username, at: nowIso() });
  const saved = await save(next, [inboxItemPut(next)]);
  await closeDirectItem(principal, item, 'rerouted');
  return saved;
}

/** The letters written in [since, until), in order of writing: what supervision counts (no personal data read). */
export async function lettersWrittenWithin(period: { since?: string; until?: string }): Promise<LetterRecord[]> {
  return store.lettersWritten(period);
}
