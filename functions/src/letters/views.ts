import type { letterClockAt } from './deadline.js';
import { letterTopics } from './routing.js';
import type { LetterRecord } from './model.js';
import { latestAnswer, mayRate, reopenableUntil } from './rules.js';

/** The department's own steps on an answer, which the writer does not see. */
const internalEvents: ReadonlySet<string> = new Set(['drafted', 'approved', 'returned', 'deadline_warning', 'overdue']);

type LetterClockView = NonNullable<ReturnType<typeof letterClockAt>>;

/** How a letter reads for its writer and for staff: never the sealed writer, the code's index or the hash. */
export function letterView(record: LetterRecord) {
  const topic = letterTopics.find((t) => t.code === record.topic);
  const until = reopenableUntil(record);
  return {
    letterId: record.letterId,
    letterNumber: record.letterNumber,
    type: record.type,
    topic: record.topic,
    topicName: topic?.name,
    subject: record.subject,
    body: record.body,
    publishConsent: record.publishConsent,
    department: record.department,
    ...(record.item ? { item: record.item } : {}),
    anonymous: !record.owner,
    writerMasked: record.writerMasked ?? {},
    // A draft waiting for the head is still, for the writer, a letter waiting for its answer.
    status: record.status === 'awaiting_approval' ? ('awaiting_answer' as const) : record.status,
    round: record.round,
    writtenAt: record.writtenAt,
    limitDays: record.limitDays,
    dueDate: record.dueDate,
    answers: record.answers.map(({ answeredBy: _by, ...answer }) => answer),
    latestAnswer: latestAnswer(record)?.text,
    ratings: record.ratings,
    // The writer reads where the letter went and why, not which colleague did what inside the department.
    history: record.history.filter((e) => !internalEvents.has(e.event)).map(({ by: _by, ...event }) => event),
    // What was sent; download URLs only where a route hands them out (attachments.ts), never on the public Q&A.
    attachments: (record.attachments ?? []).map(({ documentId, fileName, contentType, size, sha256 }) => ({
      documentId,
      fileName,
      contentType,
      size,
      sha256,
    })),
    published: record.published !== undefined,
    mayRate: mayRate(record),
    ...(until ? { reopenableUntil: until } : {}),
  };
}

/**
 * Staff also see which colleague answered each round, drafts, the department's own steps and, while an answer
 * is owed, the round's clock (level, due date, working days left, escalated) from letters/deadline.ts.
 */
export function staffLetterView(record: LetterRecord, clock?: LetterClockView) {
  return {
    ...letterView(record),
    status: record.status,
    answers: record.answers,
    history: record.history,
    ...(record.draft ? { draft: record.draft } : {}),
    ...(clock ? { clock } : {}),
  };
}

/** The row of a writer's list. */
export const letterSummary = (record: LetterRecord) => ({
  letterId: record.letterId,
  letterNumber: record.letterNumber,
  type: record.type,
  topic: record.topic,
  subject: record.subject,
  status: record.status,
  writtenAt: record.writtenAt,
  dueDate: record.dueDate,
});
