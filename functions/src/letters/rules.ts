import { AppError, conflict } from '../platform/errors.js';
import type { LetterAnswer, LetterRecord, LetterRatingInput, PublicLetter, ReopenInput } from './model.js';
import { redactPersonalData } from './redaction.js';
import { maxReopenings, reopenWindowDays } from './routing.js';

/**
 * The life of a letter, without I/O: answered, rated, reopened, published. Each step returns the next
 * version of the record or throws the error the writer or officer sees; the service stores the result.
 */

const dayMs = 86_400_000;

/** The latest answer, if any. */
export const latestAnswer = (record: LetterRecord): LetterAnswer | undefined => record.answers.at(-1);

/** Until when the writer may reopen the letter (ISO), or undefined when they no longer may. */
export function reopenableUntil(record: LetterRecord): string | undefined {
  const answer = latestAnswer(record);
  if (record.status !== 'answered' || !answer || record.round > maxReopenings) return undefined;
  return new Date(Date.parse(answer.answeredAt) + reopenWindowDays * dayMs).toISOString();
}

/** Whether the writer may still rate the latest answer. */
export const mayRate = (record: LetterRecord) =>
  record.status === 'answered' && !record.ratings.some((r) => r.round === record.round);

/**
 * The letter answered by a department: 409 ALREADY_ANSWERED when it waits for no answer. A consented
 * consultation is published with its answer, personal data removed (`writerNames` are the writer's).
 */
export function answered(
  record: LetterRecord,
  answer: { text: string; by: string; department: string; at: string },
  writerNames: readonly string[],
): LetterRecord {
  if (record.status !== 'awaiting_answer') throw conflict('ALREADY_ANSWERED', 'This letter was already answered');
  const entry: LetterAnswer = {
    round: record.round,
    text: answer.text,
    department: answer.department,
    answeredBy: answer.by,
    answeredAt: answer.at,
  };
  const next: LetterRecord = {
    ...record,
    status: 'answered',
    answers: [...record.answers, entry],
    history: [
      ...record.history,
      { at: answer.at, event: 'answered', round: record.round, department: answer.department },
    ],
    version: record.version + 1,
  };
  if (!mayPublish(record)) return next;
  return {
    ...next,
    published: {
      subject: redactPersonalData(record.subject, writerNames),
      body: redactPersonalData(record.body, writerNames),
      answer: redactPersonalData(answer.text, writerNames),
      publishedAt: record.published?.publishedAt ?? answer.at,
    },
    history: [...next.history, { at: answer.at, event: 'published', round: record.round }],
  };
}

/**
 * The letter sent on to another department (409 SAME_DEPARTMENT when it is there already); its round and
 * due date stay, its history names where it came from, why, and who sent it.
 */
export function rerouted(
  record: LetterRecord,
  move: { department: string; reason: string; by: string; at: string },
): LetterRecord {
  if (record.status !== 'awaiting_answer') {
    throw conflict('ALREADY_ANSWERED', 'Only a letter waiting for an answer can be re-routed');
  }
  if (move.department === record.department) {
    throw conflict('SAME_DEPARTMENT', `The letter is with ${move.department} already`);
  }
  return {
    ...record,
    department: move.department,
    history: [
      ...record.history,
      {
        at: move.at,
        event: 'rerouted',
        round: record.round,
        department: move.department,
        from: record.department,
        reason: move.reason,
        by: move.by,
      },
    ],
    version: record.version + 1,
  };
}

/** The officer's draft answer, to the head for approval (409 ALREADY_ANSWERED when it waits for no answer). */
export function drafted(record: LetterRecord, draft: { text: string; by: string; at: string }): LetterRecord {
  if (record.status !== 'awaiting_answer') throw conflict('ALREADY_ANSWERED', 'This letter was already answered');
  return {
    ...record,
    status: 'awaiting_approval',
    draft,
    history: [...record.history, { at: draft.at, event: 'drafted', round: record.round, by: draft.by }],
    version: record.version + 1,
  };
}

/**
 * The head's decision on a draft (409 NO_DRAFT when none waits): approved, it goes out as the officer's
 * answer (published when consented); returned, the letter goes back to the officers with the reason.
 */
export function decidedDraft(
  record: LetterRecord,
  decision: { approve: boolean; reason?: string; by: string; at: string },
  writerNames: readonly string[],
): LetterRecord {
  const draft = record.draft;
  if (record.status !== 'awaiting_approval' || !draft) throw conflict('NO_DRAFT', 'No draft answer waits for approval');
  const { draft: _draft, ...rest } = record;
  const event = {
    at: decision.at,
    event: decision.approve ? ('approved' as const) : ('returned' as const),
    round: record.round,
    by: decision.by,
    ...(decision.reason ? { reason: decision.reason } : {}),
  };
  const back: LetterRecord = { ...rest, status: 'awaiting_answer', history: [...record.history, event] };
  if (!decision.approve) return { ...back, version: record.version + 1 };
  return answered(
    back,
    { text: draft.text, by: draft.by, department: record.department, at: decision.at },
    writerNames,
  );
}

/** Only consultations whose writer consented become public Q&A. */
export const mayPublish = (record: LetterRecord) => record.publishConsent && record.type === 'consultation';

/** The writer's rating of the latest answer: 409 NOT_ANSWERED before an answer, ALREADY_RATED the second time. */
export function rated(record: LetterRecord, input: LetterRatingInput, at: string): LetterRecord {
  if (record.status !== 'answered') throw conflict('NOT_ANSWERED', 'This letter has no answer to rate yet');
  if (!mayRate(record)) throw conflict('ALREADY_RATED', 'You rated this answer already');
  return {
    ...record,
    ratings: [
      ...record.ratings,
      { round: record.round, satisfaction: input.satisfaction, comment: input.comment, ratedAt: at },
    ],
    history: [...record.history, { at, event: 'rated', round: record.round }],
    version: record.version + 1,
  };
}

/**
 * The letter reopened by its writer, back to its department for another answer with its whole history:
 * 409 NOT_ANSWERED before an answer, REOPEN_LIMIT once reopened already, 409 REOPEN_WINDOW_OVER more than
 * `reopenWindowDays` after the answer. The new round gets the type's full time limit from `at`.
 */
export function reopened(
  record: LetterRecord,
  input: ReopenInput,
  at: string,
  due: (startedAt: string) => string,
): LetterRecord {
  if (record.status !== 'answered') throw conflict('NOT_ANSWERED', 'Only an answered letter can be reopened');
  if (record.round > maxReopenings) {
    throw conflict('REOPEN_LIMIT', 'This letter was reopened already; its second answer is final');
  }
  const until = reopenableUntil(record);
  if (!until || at > until) {
    throw new AppError(
      409,
      'REOPEN_WINDOW_OVER',
      `A letter can be reopened within ${reopenWindowDays} days of its answer`,
      {
        until,
      },
    );
  }
  const round = record.round + 1;
  return {
    ...record,
    status: 'awaiting_answer',
    round,
    roundStartedAt: at,
    dueDate: due(at),
    history: [...record.history, { at, event: 'reopened', round, reason: input.reason, department: record.department }],
    version: record.version + 1,
  };
}

/** What anyone may read of a published letter (never the writer, the officer or the ratings). */
export function publicView(record: LetterRecord): PublicLetter | undefined {
  if (!record.published) return undefined;
  return {
    letterNumber: record.letterNumber,
    type: record.type,
    topic: record.topic,
    department: record.department,
    ...(record.item ? { item: record.item } : {}),
    subject: record.published.subject,
    body: record.published.body,
    answer: record.published.answer,
    writtenAt: record.writtenAt,
    publishedAt: record.published.publishedAt,
  };
}
