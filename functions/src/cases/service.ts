import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import { getService } from '../catalog/service.js';
import { attachToCase } from '../documents/service.js';
import { checkAnswers } from '../forms/service.js';
import type { FormAnswers } from '../forms/model.js';
import { findPersonByResidentId } from '../identity/service.js';
import { sfnClient } from '../platform/aws-clients.js';
import { AppError, conflict, forbidden, notFound } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import { resumeClock, withDerived } from './clock.js';
import { receiveMaterials } from './materials.js';
import type { CaseRecord, CorrectionInput, CounterCaseInput, RatingInput, SubmitCaseInput } from './model.js';
import { finalStatuses } from './model.js';
import { receiptPdf, storedResult } from './papers.js';
import * as store from './store.js';
import { answersPurpose, fileCase, lookupIndexOf } from './submission.js';

/** A citizen applies online for a published item. */
export async function submitCase(principal: Principal, input: SubmitCaseInput) {
  return fileCase(principal, input, { channel: 'online', owner: { sub: principal.sub, username: principal.username } });
}

/**
 * A clerk files at their street station for a citizen who came in person (就近受理): accepted on the spot.
 * When the ID number belongs to a registered citizen, the case also appears in their account.
 */
export async function fileAtCounter(principal: Principal, input: CounterCaseInput) {
  if (!principal.street) throw forbidden('Only a clerk of a street station files at the counter');
  const idNumber = typeof input.answers.idNumber === 'string' ? input.answers.idNumber : undefined;
  const ownerSub = idNumber ? await findPersonByResidentId(idNumber).catch(() => undefined) : undefined;
  return fileCase(principal, input, {
    channel: 'counter',
    clerk: principal,
    ...(ownerSub ? { owner: { sub: ownerSub, username: '' } } : {}),
  });
}

/** A case the caller reaches with their scope (owner, street, department or district); otherwise 404. */
export async function readableCase(
  principal: Principal,
  scope: Scope | undefined,
  caseId: string,
): Promise<CaseRecord> {
  return requireInScope(principal, scope, await store.getCase(caseId), 'Case');
}

export async function myCases(principal: Principal): Promise<CaseRecord[]> {
  return store.listByOwner(principal.sub);
}

/** The form answers of a case, decrypted (a read of personal data; the route is audited as such). */
export async function answersOf(record: CaseRecord): Promise<FormAnswers> {
  const text = await openField(
    keyService(),
    { purpose: answersPurpose, recordKey: `CASE#${record.caseId}` },
    record.answersEnc,
  );
  return JSON.parse(text) as FormAnswers;
}

/** What a citizen or officer sees of a case: no keys, tokens, indexes or owner subject. */
export function caseView(record: CaseRecord, answers?: FormAnswers) {
  const { owner: _o, answersEnc: _a, lookupIndex: _l, correctionToken: _t, plan: _p, ...view } = record;
  return { ...view, clock: withDerived(record.clock, nowIso()), ...(answers ? { answers } : {}) };
}

/** The short status a lookup by case number shows: no names, no answers, no materials. */
function lookupView(record: CaseRecord) {
  return {
    caseNumber: record.caseNumber,
    itemName: record.itemName,
    status: record.status,
    channel: record.channel,
    applicantMasked: record.applicantMasked,
    timeline: record.timeline.map(({ at, status }) => ({ at, status })),
    dueDate: record.clock.dueDate,
    createdAt: record.createdAt,
  };
}

/** Wrong guesses of one case's ID tail allowed per hour before its lookups lock (429) until the next hour. */
export const lookupAttemptsPerHour = 10;

/**
 * Finds a case by its number and the last six characters of the applicant's ID number (for counter
 * filings without an account). 404 for any mismatch, so a guess learns nothing; after
 * `lookupAttemptsPerHour` wrong guesses for one case number its lookups answer 429 until the hour ends,
 * whichever addresses the guesses come from (the portal's server makes them for everyone).
 */
export async function lookupCase(caseNumber: string, idTail: string) {
  const now = new Date();
  if ((await store.lookupFailures(caseNumber, now)) >= lookupAttemptsPerHour) {
    throw new AppError(429, 'LOOKUP_LOCKED', 'Too many wrong guesses for this case number; try again next hour');
  }
  const index = await lookupIndexOf(caseNumber, idTail);
  const record = await store.getCaseByNumber(caseNumber);
  if (!record || record.lookupIndex !== index) {
    await store.addLookupFailure(caseNumber, now);
    throw notFound('Case');
  }
  return lookupView(record);
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
  const materials = fresh.length ? fresh : record.materials;
  const at = nowIso();
  const updated = await store.updateCase(caseId, {
    expectedVersion: input.version,
    expectedStatuses: ['needs_correction'],
    entry: {
      at,
      status: record.clock.acceptedAt ? 'in_review' : 'submitted',
      note: 'Correction received',
      by: principal.username,
    },
    set: {
      answersEnc: await sealField(
        keyService(),
        { purpose: answersPurpose, recordKey: `CASE#${caseId}` },
        JSON.stringify(answers),
      ),
      materials,
      clock: resumeClock(record.clock, at),
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

/** The acceptance receipt of a case as PDF. */
export async function caseReceipt(principal: Principal, scope: Scope | undefined, caseId: string) {
  const record = await readableCase(principal, scope, caseId);
  const item = await getService(record.itemCode);
  return { record, pdf: await receiptPdf(record, item.phones.consultation) };
}

/** The issued result notice of a decided case as PDF; 404 before the decision. */
export async function caseResult(principal: Principal, scope: Scope | undefined, caseId: string) {
  const record = await readableCase(principal, scope, caseId);
  if (!record.result?.documentKey) throw new AppError(404, 'NOT_FOUND', 'This case has no result notice yet');
  return { record, pdf: await storedResult(record.result.documentKey) };
}
