import { publishedWorkingCalendar } from '../../../functions/src/calendar/published.js';
import { dueDate } from '../../../functions/src/deadlines/clock.js';
import type { LetterRecord } from '../../../functions/src/letters/model.js';
import { answerLimitDays, letterTopics, letterTypes } from '../../../functions/src/letters/routing.js';
import { answered, rated, reopened } from '../../../functions/src/letters/rules.js';
import { ensureWrittenEntry, getLetter, insertLetter, letterIdForToken } from '../../../functions/src/letters/store.js';
import { nowIso, nowMs } from '../../../functions/src/platform/clock.js';
import { directItemPut } from '../../../functions/src/workitems/direct.js';
import { demoUsers } from '../identity/demo-users.js';
import { SeededRandom } from './random.js';
import { letterWording } from './letter-wording.js';

/**
 * The historic letters of `npm start` (LocalCloudOptions.demoLetters): 200 letters of the last four months
 * across every type, topic and department, answered, rated, reopened or still waiting, the consented
 * consultations published, so the mailbox's public Q&A, the writers' "my letters" and the departments'
 * inboxes have something to show. Written straight to the store (no clock moves): each letter through the
 * mailbox's own rules (answered, rated, reopened), in one transaction with its inbox item while it waits.
 *
 * Idempotent: a letter is known by its writer and a submission token drawn from a fixed seed (the
 * mailbox's own idempotency key); a letter that exists is left alone, so a second start writes nothing (but
 * the entry supervision counts it by, for letters seeded before there was one).
 */

export const defaultDemoLetterCount = 200;
const demoSeed = 20261206;
const dayMs = 86_400_000;

export interface DemoLetterReport {
  readonly planned: number;
  readonly created: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly published: number;
  readonly seconds: number;
}

const writers = demoUsers.filter((u) => u.roles.includes('citizen') || u.roles.includes('enterprise'));
const chinaDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

interface Plan {
  record: LetterRecord;
  owner: string;
  submissionToken: string;
}

/** The letters of the seed, the same on every machine; `now` the current instant. */
async function planLetters(count: number, now: number): Promise<Plan[]> {
  const calendar = await publishedWorkingCalendar();
  const due = (limitDays: number) => (startedAt: string) =>
    dueDate(calendar, { acceptedAt: startedAt, limitDays, pauses: [] }, nowIso()).date;
  const random = new SeededRandom(demoSeed);
  const plans: Plan[] = [];
  for (let n = 1; n <= count; n++) {
    const type = random.weighted(letterTypes.map((t, i) => [t, [45, 20, 25, 10][i] ?? 10] as const));
    const topic = random.pick(letterTopics);
    const writer = random.chance(0.75) ? random.pick(writers) : undefined;
    const submissionToken = random.uuid();
    const letterId = random.uuid();
    const daysAgo = random.int(1, 120);
    const writtenMs = now - daysAgo * dayMs - random.int(0, 8) * 3600_000;
    const writtenAt = new Date(writtenMs).toISOString();
    const words = letterWording(topic.code, type, random);
    const limitDays = answerLimitDays[type];
    let record: LetterRecord = {
      letterId,
      letterNumber: `YXL-${chinaDay(writtenMs).replaceAll('-', '')}-9${String(n).padStart(5, '0')}`,
      type,
      topic: topic.code,
      subject: words.subject,
      body: words.body,
      publishConsent: random.chance(0.6),
      department: topic.department,
      ...(writer ? { owner: writer.sub, ownerUsername: writer.username } : {}),
      status: 'awaiting_answer',
      round: 1,
      writtenAt,
      roundStartedAt: writtenAt,
      limitDays,
      dueDate: due(limitDays)(writtenAt),
      answers: [],
      ratings: [],
      history: [
        { at: writtenAt, event: 'written', round: 1 },
        { at: writtenAt, event: 'routed', round: 1, department: topic.department },
      ],
      version: 1,
    };
    // Recent letters mostly still wait; older ones were answered within (now and then after) their limit.
    const waits = daysAgo <= 3 || (daysAgo <= 20 && random.chance(0.45)) || random.chance(0.04);
    if (!waits) {
      const answeredMs = Math.min(writtenMs + random.int(1, limitDays + 3) * dayMs, now - dayMs / 2);
      record = answerOf(record, words.answer, answeredMs);
      const reopens = record.ratings.length === 0 && random.chance(0.12) && answeredMs + 3 * dayMs < now - dayMs;
      if (reopens) {
        const reopenedAt = new Date(answeredMs + random.int(1, 3) * dayMs).toISOString();
        record = reopened(
          record,
          { reason: '答复没有说清楚具体办理地点和时间，请再说明。' },
          reopenedAt,
          due(limitDays),
        );
        const secondMs = Date.parse(reopenedAt) + random.int(1, 4) * dayMs;
        if (secondMs < now && random.chance(0.7)) record = answerOf(record, words.secondAnswer, secondMs);
      }
      if (record.status === 'answered' && random.chance(0.65)) {
        const ratedAt = new Date(Math.min(Date.parse(record.answers.at(-1)!.answeredAt) + dayMs, now)).toISOString();
        record = rated(
          record,
          {
            satisfaction: random.weighted([
              [5, 5],
              [4, 3],
              [3, 1],
              [2, 1],
            ] as const),
            comment: '',
          },
          ratedAt,
        );
      }
    }
    plans.push({ record, owner: writer?.sub ?? 'anonymous', submissionToken });
  }
  return plans;
}

/** The record answered by the demo officer (or head, for a second answer) of its department at `ms`. */
function answerOf(record: LetterRecord, text: string, ms: number): LetterRecord {
  const by = `${record.round > 1 ? 'head' : 'officer'}-${record.department}`;
  return answered(record, { text, by, department: record.department, at: new Date(ms).toISOString() }, []);
}

/** The inbox item of a letter that waits for an answer (officers, or the head for a reopened one). */
function inboxItemOf(record: LetterRecord) {
  return directItemPut({
    kind: 'letter',
    subjectId: record.letterId,
    round: record.round,
    subjectNumber: record.letterNumber,
    title: record.subject,
    department: record.department,
    role: record.round > 1 ? 'head' : 'officer',
    clock: { acceptedAt: record.roundStartedAt, limitDays: record.limitDays },
    dueDate: record.dueDate,
    submittedAt: record.roundStartedAt,
  });
}

/** Seeds the demo letters that do not exist yet (see the module comment). */
export async function seedDemoLetters(
  options: { count?: number; log?: (message: string) => void } = {},
): Promise<DemoLetterReport> {
  const started = Date.now();
  const plans = await planLetters(options.count ?? defaultDemoLetterCount, nowMs());
  let created = 0;
  // A few at a time: each is one small transaction; the store refuses a token used already.
  for (let i = 0; i < plans.length; i += 10) {
    const batch = plans.slice(i, i + 10);
    const written = await Promise.all(
      batch.map(({ record, owner, submissionToken }) =>
        insertLetter(
          record,
          { owner, submissionToken },
          record.status === 'awaiting_answer' ? [inboxItemOf(record)] : [],
        ),
      ),
    );
    created += written.filter(Boolean).length;
    // A letter seeded before supervision counted letters has no entry in the written partition yet.
    await Promise.all(
      batch.map(async ({ owner, submissionToken }, index) => {
        if (written[index]) return;
        const letterId = await letterIdForToken(owner, submissionToken);
        const stored = letterId ? await getLetter(letterId) : undefined;
        if (stored) await ensureWrittenEntry(stored);
      }),
    );
  }
  const byStatus: Record<string, number> = {};
  for (const { record } of plans) {
    const key = record.status === 'awaiting_answer' && record.round > 1 ? 'reopened' : record.status;
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  const report = {
    planned: plans.length,
    created,
    byStatus,
    published: plans.filter((p) => p.record.published).length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  options.log?.(`demo letters: ${created} of ${plans.length} written`);
  return report;
}
