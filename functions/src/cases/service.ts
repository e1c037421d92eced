import { now as clockNow } from '../platform/clock.js';
import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import { publishedWorkingCalendar } from '../calendar/published.js';
import { getService } from '../catalog/service.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { attachToCase } from '../documents/service.js';
import { checkAnswers } from '../forms/service.js';
import { formFieldsOf } from '../forms/validate.js';
import type { FormAnswers } from '../forms/model.js';
import { sfnClient } from '../platform/aws-clients.js';
import { AppError, conflict, notFound } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import { applicantNameOf, maskAnswers } from './answer-masking.js';
import { answersOf } from './answers.js';
import { clockAt, resumeClock, withDerived } from './clock.js';
import { counterFilingOf } from './counter-filing.js';
import { certificatesCheckedNow, certificatesMasked, receiveCertificates } from './certificate-materials.js';
import { receiveMaterials } from './materials.js';
import type {
  CaseRecord,
  CorrectionInput,
  CounterCaseInput,
  LookupInput,
  RatingInput,
  SubmitCaseInput,
} from './model.js';
import { householdOf } from './relief-household.js';
import { jointDepartmentsOf, jointProgress } from './joint-review.js';
import { lookupCodeIndex } from './lookup-code.js';
import { finalStatuses } from './model.js';
import { receiptAudienceOf, receiptPdf, storedResult } from './papers.js';
import * as store from './store.js';
import { applicantDecisions, applicantTimeline, normalizedEntry } from './timeline.js';
import { answersPurpose, fileCase, lookupIndexOf } from './submission.js';

/** A citizen applies online for a published item. */
export async function submitCase(principal: Principal, input: SubmitCaseInput) {
  return fileCase(principal, input, { channel: 'online', owner: { sub: principal.sub, username: principal.username } });
}

/**
 * A clerk files at their street station for a citizen who came in person (就近受理): accepted on the spot,
 * joined to the applicant's account only as counter-filing.ts confirms it.
 */
export async function fileAtCounter(principal: Principal, input: CounterCaseInput) {
  const counter = await counterFilingOf(principal, input.answers, input.joinAccount);
  const filed = await fileCase(principal, input, counter.filing);
  return { ...filed, accountMatch: counter.accountMatch, joinedAccount: counter.joinedAccount };
}

/** A case the caller reaches with their scope (owner, street, department or district); otherwise 404. */
export async function readableCase(
  principal: Principal,
  scope: Scope | undefined,
  caseId: string,
): Promise<CaseRecord> {
  const record = await store.getCase(caseId);
  // 联合审批: every department that reviews the case in parallel reads it, as the lead department does.
  const reviewing = scope === 'department' && principal.department !== undefined;
  if (record && reviewing && jointDepartmentsOf(record).includes(principal.department!)) return record;
  return requireInScope(principal, scope, record, 'Case');
}

type ProgressViewer = 'staff' | 'applicant';

/**
 * Whose view of the joint review a reader gets: the clerks of the street, who tell the resident at the
 * counter, see each program's outcome and the reasons meant for the applicant, as the applicant does.
 */
const progressViewerOf = (scope: Scope | undefined): ProgressViewer => (scope === 'street' ? 'applicant' : 'staff');

/** `jointReview`: each department's progress, when the case is reviewed by several in parallel. */
function withJointProgress(record: CaseRecord, viewer: ProgressViewer) {
  const progress = jointProgress(record, viewer);
  return progress ? { jointReview: progress } : {};
}

export async function myCases(principal: Principal): Promise<CaseRecord[]> {
  return store.listByOwner(principal.sub);
}

/**
 * What staff in scope see of a case: no keys, tokens, indexes or owner subject; every step's decision
 * with its decider and opinion, the timeline as event codes, and its clock derived now with the published
 * calendar (a year published since the last change moves the due date at once).
 */
export async function caseView(record: CaseRecord, answers?: FormAnswers, progressViewer: ProgressViewer = 'staff') {
  const {
    owner: _o,
    answersEnc: _a,
    householdEnc: _h,
    lookupIndex: _l,
    lookupCodeIndex: _ci,
    lookupCodeEnc: _ce,
    correctionToken: _t,
    plan: _p,
    ...view
  } = record;
  return {
    ...view,
    timeline: record.timeline.map(normalizedEntry),
    decisions: record.decisions ?? [],
    ...(record.certificates ? { certificates: certificatesMasked(record.certificates) } : {}),
    clock: clockAt(await publishedWorkingCalendar(), record.clock, nowIso()),
    ...(answers ? { answers } : {}),
    ...withJointProgress(record, progressViewer),
  };
}

/**
 * What the applicant sees of their case: roles and units instead of staff usernames (timeline, filer,
 * opinions), and only the opinions addressed to them.
 */
export async function applicantCaseView(record: CaseRecord, answers?: FormAnswers) {
  const { filedBy, ...view } = await caseView(record, answers);
  return {
    ...view,
    timeline: applicantTimeline(record),
    decisions: applicantDecisions(record),
    ...withJointProgress(record, 'applicant'),
    ...(filedBy ? { filedBy: { role: 'clerk', ...(record.street ? { street: record.street } : {}) } } : {}),
  };
}

/** The view of a case for the caller: the applicant's own, or staff's (reading with `scope`). */
export function caseViewFor(principal: Principal, record: CaseRecord, answers?: FormAnswers, scope?: Scope) {
  return record.owner && record.owner === principal.sub
    ? applicantCaseView(record, answers)
    : caseView(record, answers, progressViewerOf(scope));
}

/** The fields of the form the case's item publishes now (none when it is no longer published). */
async function formFieldsOfItem(itemCode: string) {
  return getService(itemCode)
    .then((item) => formFieldsOf(item.form))
    .catch((error: unknown) => {
      if (error instanceof AppError && error.status < 500) return [];
      throw error;
    });
}

/**
 * A case with its answers for the caller. The applicant sees their answers in full; staff see the personal
 * ones masked (answer-masking.ts, listed in `maskedFields`) unless they ask to `reveal` them, and then
 * `revealed` names the fields shown in full, for the audit (`personal.unmask`).
 */
export async function caseWithAnswers(
  principal: Principal,
  record: CaseRecord,
  options: { reveal: boolean; scope?: Scope },
) {
  const answers = await answersOf(record);
  const mine = record.owner !== undefined && record.owner === principal.sub;
  // 综合救助: the household entered once; staff see the members' names masked unless they reveal them.
  const household = await householdOf(record, !mine && !options.reveal);
  const withHousehold = household ? { household } : {};
  if (mine) {
    return { body: { ...(await applicantCaseView(record, answers)), ...withHousehold }, revealed: [] as string[] };
  }
  const view = await caseView(record, undefined, progressViewerOf(options.scope));
  const masked = maskAnswers(await formFieldsOfItem(record.itemCode), answers);
  // Each reused certificate is checked again now: revoked or expired since the submission shows as such.
  const certificates = await certificatesCheckedNow(options.reveal ? record.certificates : view.certificates);
  if (options.reveal) {
    const applicantName = applicantNameOf(answers) || record.applicantMasked;
    return {
      body: { ...view, ...withHousehold, applicantName, answers, certificates, maskedFields: [] as string[] },
      revealed: ['applicant', ...masked.maskedFields, ...(household ? ['household'] : [])],
    };
  }
  return {
    body: {
      ...view,
      ...withHousehold,
      answers: masked.answers,
      certificates,
      maskedFields: ['applicant', ...masked.maskedFields, ...(household ? ['household'] : [])],
    },
    revealed: [],
  };
}

/** The short status a lookup by case number shows: no names, no answers, no materials. */
function lookupView(record: CaseRecord, calendar: WorkingCalendar) {
  return {
    caseNumber: record.caseNumber,
    itemName: record.itemName,
    status: record.status,
    channel: record.channel,
    applicantMasked: record.applicantMasked,
    timeline: record.timeline.map(({ at, status }) => ({ at, status })),
    dueDate: withDerived(calendar, record.clock, nowIso()).dueDate,
    createdAt: record.createdAt,
  };
}

/** Wrong guesses of one case's ID tail allowed per hour before its ID-tail lookups lock (429) until the next hour. */
export const lookupAttemptsPerHour = 10;
/** Lookups (of any case, by any means) one client address may make per hour. */
export const lookupAttemptsPerClientHour = 60;

const lookupLocked = (message: string) => new AppError(429, 'LOOKUP_LOCKED', message);

/**
 * Finds a case by its number and the lookup code on its receipt (查询码) and/or the last six characters of the
 * applicant's ID number (for counter filings without an account). 404 for any mismatch, so a guess learns
 * nothing. Every lookup first reserves an attempt of its client address's hourly budget, and an ID-tail-only
 * lookup one of the case number's (`lookupAttemptsPerHour`), each by one atomic conditional ADD, so
 * concurrent guesses cannot overrun either (issue 10 §4); a right answer gives its attempts back. The lookup
 * code (40 random bits) is not held to the case number's budget, so wrong guesses never lock out the
 * applicant who holds the receipt. 429 LOOKUP_LOCKED when a budget is spent.
 */
export async function lookupCase(input: LookupInput, clientAddress: string) {
  const now = clockNow();
  const client: store.LookupBudget = { kind: 'client', id: clientAddress };
  if (!(await store.reserveLookupAttempt(client, now, lookupAttemptsPerClientHour))) {
    throw lookupLocked('Too many lookups from your address; try again next hour');
  }
  const byCase: store.LookupBudget | undefined =
    input.lookupCode === undefined ? { kind: 'case', id: input.caseNumber } : undefined;
  if (byCase && !(await store.reserveLookupAttempt(byCase, now, lookupAttemptsPerHour))) {
    throw lookupLocked('Too many wrong guesses for this case number; use the lookup code on the receipt');
  }
  const record = await store.getCaseByNumber(input.caseNumber);
  const [tailIndex, codeIndex] = await Promise.all([
    input.idTail === undefined ? undefined : lookupIndexOf(input.caseNumber, input.idTail),
    input.lookupCode === undefined ? undefined : lookupCodeIndex(input.caseNumber, input.lookupCode),
  ]);
  const matches =
    record !== undefined &&
    (tailIndex === undefined || record.lookupIndex === tailIndex) &&
    (codeIndex === undefined || record.lookupCodeIndex === codeIndex);
  if (!matches) throw notFound('Case');
  await Promise.all([
    store.releaseLookupAttempt(client, now),
    ...(byCase ? [store.releaseLookupAttempt(byCase, now)] : []),
  ]);
  return lookupView(record, await publishedWorkingCalendar());
}

/**
 * The citizen sends the correction (补正): new answers (checked against the form) and materials (checked
 * like a submission); the case goes back to the step that asked and the legal clock runs again.
 * 409 CASE_STALE for an old version, 409 NOT_AWAITING_CORRECTION when nothing was asked.
 */
export async function submitCorrection(
  principal: Principal,
  scope: Scope | undefined,
  caseId: string,
  input: CorrectionInput,
) {
  const record = await readableCase(principal, scope, caseId);
  if (record.status !== 'needs_correction' || !record.correctionToken) {
    throw conflict('NOT_AWAITING_CORRECTION', 'This case is not waiting for a correction');
  }
  if (record.version !== input.version) throw conflict('CASE_STALE', 'The case changed; reload it and try again');
  const item = await getService(record.itemCode);
  const answers = checkAnswers(item.form, input.answers, true);
  // New files replace the old ones; none keeps what was sent before.
  const fresh = input.materials.length ? await receiveMaterials(principal, item, input.materials) : [];
  const certificates = await receiveCertificates(record.owner, item, input.materials);
  const materials = fresh.length || certificates.length ? fresh : record.materials;
  const at = nowIso();
  const updated = await store.updateCase(caseId, {
    expectedVersion: input.version,
    expectedStatuses: ['needs_correction'],
    entry: {
      at,
      status: record.clock.acceptedAt ? 'in_review' : 'submitted',
      event: 'correction_received',
      by: principal.username,
      actor: { role: 'applicant' },
    },
    set: {
      answersEnc: await sealField(
        keyService(),
        { purpose: answersPurpose, recordKey: `CASE#${caseId}` },
        JSON.stringify(answers),
      ),
      materials,
      ...(certificates.length || fresh.length ? { certificates } : {}),
      clock: resumeClock(await publishedWorkingCalendar(), record.clock, at),
    },
    remove: ['correction', 'correctionToken'],
  });
  if (!updated) throw conflict('CASE_STALE', 'The case changed; reload it and try again');
  await attachToCase(
    fresh.map((m) => m.documentId),
    caseId,
    record.department,
  );
  await sfnClient().send(
    new SendTaskSuccessCommand({ taskToken: record.correctionToken, output: JSON.stringify({ correctedAt: at }) }),
  );
  return updated;
}

/** The owner rates a completed case once (1–5 and a comment); 409 otherwise. */
export async function rateCase(principal: Principal, scope: Scope | undefined, caseId: string, input: RatingInput) {
  const record = await readableCase(principal, scope, caseId);
  if (record.rating) throw conflict('ALREADY_RATED', 'You rated this case already');
  if (!finalStatuses.includes(record.status)) throw conflict('NOT_FINISHED', 'A case is rated once it is finished');
  const updated = await store.updateCase(caseId, {
    expectedVersion: record.version,
    set: { rating: { score: input.score, comment: input.comment, at: nowIso() } },
  });
  if (!updated) throw conflict('CASE_STALE', 'The case changed; reload it and try again');
  return updated;
}

/** The submission receipt (申请回执), or once accepted the notice of acceptance (受理通知书), as PDF. */
export async function caseReceipt(principal: Principal, scope: Scope | undefined, caseId: string) {
  const record = await readableCase(principal, scope, caseId);
  const item = await getService(record.itemCode);
  return { record, pdf: await receiptPdf(record, item.phones.consultation, receiptAudienceOf(principal)) };
}

/** The issued result notice of a decided case as PDF; 404 before the decision. */
export async function caseResult(principal: Principal, scope: Scope | undefined, caseId: string) {
  const record = await readableCase(principal, scope, caseId);
  if (!record.result?.documentKey) throw new AppError(404, 'NOT_FOUND', 'This case has no result notice yet');
  return { record, pdf: await storedResult(record.result.documentKey) };
}
