import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { refreshSearchIndex } from '../search/service.js';
import { auditAnonymous } from './anonymous-audit.js';
import { anonymousUploadInput } from './attachment-input.js';
import { attachmentsWithDownloads, uploadAnonymousAttachment } from './attachments.js';
import { decideDraft } from './approval.js';
import {
  answerInput,
  approvalInput,
  followInput,
  followRatingInput,
  followReopenInput,
  letterGetQuery,
  type LetterRecord,
  letterRatingInput,
  publicLetterParams,
  publicLetterQuery,
  reopenInput,
  rerouteInput,
  writeLetterInput,
} from './model.js';
import { publicLetter, publicLetters } from './public.js';
import {
  answerLetter,
  followedLetter,
  letterClockNow,
  myLetters,
  ownLetter,
  rateLetter,
  readableLetter,
  reopenLetter,
  rerouteLetter,
  writeLetter,
  writerOf,
} from './service.js';
import { letterSummary, letterView, staffLetterView } from './views.js';

/**
 * Site search finds the public Q&A: an answer that publishes (or republishes) a letter rebuilds its index. The
 * answer has gone out by then; a failed rebuild is logged and heals at the next one (search/service.ts).
 */
async function searchSees(record: LetterRecord): Promise<LetterRecord> {
  if (record.published && record.status === 'answered') await refreshSearchIndex();
  return record;
}

/** A view of the letter with its attachments' download URLs (only the routes that read a letter hand them out). */
const withDownloads = async <V extends object>(view: V, record: LetterRecord) => ({
  ...view,
  attachments: await attachmentsWithDownloads(record),
});

/** The staff view with the letter's clock as it stands now. */
const staffBody = async (record: LetterRecord) => staffLetterView(record, await letterClockNow(record));

const isWriter = (roles: readonly string[] | undefined) =>
  (roles ?? []).some((r) => r === 'citizen' || r === 'enterprise');

/**
 * Errors: 400 INVALID_INPUT (naming each field), 401, 403 FORBIDDEN, 404 NOT_FOUND / LETTER_NOT_FOUND (a code
 * and password that match no letter), 409 ALREADY_ANSWERED / NOT_ANSWERED / ALREADY_RATED / REOPEN_LIMIT /
 * REOPEN_WINDOW_OVER / LETTER_STALE / SAME_DEPARTMENT / AWAITING_APPROVAL / NO_DRAFT / CLAIMED_BY_OTHER / ALREADY_RECEIVED (an anonymous letter submitted twice).
 */
export const handler = groupHandler('letters', {
  write: async ({ principal, body }) => {
    const receipt = await writeLetter(principal, parseInput(writeLetterInput, body));
    return {
      status: receipt.repeated ? 200 : 201,
      body: { letter: letterView(receipt.letter) },
      audit: { resourceId: receipt.letter.letterId },
    };
  },
  writeAnonymous: async (request) => {
    const receipt = await writeLetter(undefined, parseInput(writeLetterInput, request.body));
    await auditAnonymous(request, 'letters.writeAnonymous', receipt.letter.letterId);
    return {
      status: 201,
      body: {
        letter: letterView(receipt.letter),
        ...(receipt.credentials ? { credentials: receipt.credentials } : {}),
      },
      audit: { resourceId: receipt.letter.letterId },
    };
  },
  uploadAnonymous: async (request) => {
    const { submissionToken, ...upload } = parseInput(anonymousUploadInput, request.body);
    const ticket = await uploadAnonymousAttachment(submissionToken, upload);
    await auditAnonymous(request, 'letters.uploadAnonymous', ticket.documentId, 'documents');
    return { status: 201, body: ticket };
  },
  listMine: async ({ principal }) => ({ body: { items: (await myLetters(principal)).map(letterSummary) } }),
  listPublic: async ({ query }) => ({ body: await publicLetters(parseInput(publicLetterQuery, query)) }),
  getPublic: async ({ params }) => ({ body: await publicLetter(parseInput(publicLetterParams, params).letterNumber) }),
  follow: async (request) => {
    const { queryCode, password } = parseInput(followInput, request.body);
    const record = await followedLetter(queryCode, password);
    await auditAnonymous(request, 'letters.follow', record.letterId);
    return { body: await withDownloads(letterView(record), record), audit: { resourceId: record.letterId } };
  },
  followRate: async (request) => {
    const { queryCode, password, ...rating } = parseInput(followRatingInput, request.body);
    const record = await rateLetter(await followedLetter(queryCode, password), rating);
    await auditAnonymous(request, 'letters.followRate', record.letterId);
    return { body: letterView(record), audit: { resourceId: record.letterId } };
  },
  followReopen: async (request) => {
    const { queryCode, password, reason } = parseInput(followReopenInput, request.body);
    const record = await reopenLetter(await followedLetter(queryCode, password), { reason });
    await auditAnonymous(request, 'letters.followReopen', record.letterId);
    return { body: letterView(record), audit: { resourceId: record.letterId } };
  },
  get: async ({ principal, scope, params, query }) => {
    const { reveal } = parseInput(letterGetQuery, query);
    const record = await readableLetter(principal, scope, params.id ?? '');
    if (isWriter(principal.roles)) return { body: await withDownloads(letterView(record), record) };
    if (reveal !== 'true') return { body: await withDownloads(await staffBody(record), record) };
    // Staff asked to see who wrote: its own audit action, naming the fields shown (never their values).
    const writer = await writerOf(record);
    const revealed = (['name', 'phone'] as const).filter((f) => writer[f] !== undefined);
    return {
      body: { ...(await withDownloads(await staffBody(record), record)), writer, revealed },
      audit: { action: 'personal.unmask', resourceId: record.letterId, details: { fields: revealed.join('|') } },
    };
  },
  approve: async ({ principal, scope, params, body }) => ({
    body: await staffBody(
      await searchSees(await decideDraft(principal, scope, params.id ?? '', parseInput(approvalInput, body))),
    ),
  }),
  reroute: async ({ principal, scope, params, body }) => ({
    body: await staffBody(await rerouteLetter(principal, scope, params.id ?? '', parseInput(rerouteInput, body))),
  }),
  answer: async ({ principal, scope, params, body }) => ({
    body: await staffBody(
      await searchSees(await answerLetter(principal, scope, params.id ?? '', parseInput(answerInput, body))),
    ),
  }),
  rate: async ({ principal, scope, params, body }) => {
    const record = await ownLetter(principal, scope, params.id ?? '');
    return { body: letterView(await rateLetter(record, parseInput(letterRatingInput, body))) };
  },
  reopen: async ({ principal, scope, params, body }) => {
    const record = await ownLetter(principal, scope, params.id ?? '');
    return { body: letterView(await reopenLetter(record, parseInput(reopenInput, body))) };
  },
});
