import { now as clockNow } from '../platform/clock.js';
import { businessMetric, countBusinessEvent } from '../platform/metrics.js';
import { publishedWorkingCalendar } from '../calendar/published.js';
import { getService } from '../catalog/service.js';
import type { PublishedGuide } from '../catalog/model.js';
import { attachToCase } from '../documents/service.js';
import { discardDraftIfAny } from '../forms/service.js';
import { checkAnswers } from '../forms/service.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { sealField } from '../platform/personal-data/field-encryption.js';
import { newLookupCode, storedLookupCode } from './lookup-code.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskName } from '../platform/personal-data/masking.js';
import { blindIndexPurposes, dataKeyPurposes } from '../platform/personal-data/purposes.js';
import type { Principal } from '../platform/principal.js';
import { applicantNameOf } from './answer-masking.js';
import { startClock } from './clock.js';
import { receiveCertificates } from './certificate-materials.js';
import { receiveMaterials } from './materials.js';
import { reliefItemCode } from '../relief/programs.js';
import type { Household } from '../relief/household.js';
import { householdRecordKey } from './relief-household.js';
import type { CaseRecord, ReviewBranch, SubmitCaseInput } from './model.js';
import { workflowPlan } from './plan.js';
import * as store from './store.js';
import { startApproval } from './workflow.js';

/** The purposes data keys and blind indexes of cases are bound to (IAM grants name them). */
export const answersPurpose = dataKeyPurposes.caseAnswers;
export const lookupPurpose = blindIndexPurposes.caseLookup;

/** A readable case number: YX-<yyyymmdd>-<6-digit sequence of the day>, by China's calendar. */
async function nextCaseNumber(now: Date): Promise<string> {
  const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  const seq = await store.nextCaseSequence(day);
  return `YX-${day}-${String(seq).padStart(6, '0')}`;
}

/** Blind index of a case number with the last six characters of the applicant's ID number. */
export async function lookupIndexOf(caseNumber: string, idTail: string): Promise<string> {
  return keyService().blindIndex(lookupPurpose, `${caseNumber}:${idTail.toUpperCase()}`);
}

async function publishedItem(code: string): Promise<PublishedGuide> {
  try {
    return await getService(code);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      throw new AppError(422, 'ITEM_NOT_PUBLISHED', `itemCode: ${code} is not a published service item`, {
        field: 'itemCode',
      });
    }
    throw error;
  }
}

export interface Filing {
  channel: 'online' | 'counter';
  /** The clerk and street of a counter filing. */
  clerk?: Principal;
  /** The citizen's account the case belongs to (none for a counter filing of someone without one). */
  owner?: { sub: string; username: string };
}

/** A relief application's household and its branches, one per chosen program (relief/service.ts). */
export interface ReliefFiling {
  branches: readonly ReviewBranch[];
  household: Household;
}

/**
 * Files an application: the item must be published (and online, for online filing), the answers pass its
 * form and the materials its list. Idempotent by the client's submission token: a retry returns the case
 * the first call created and (re)starts its workflow, itself idempotent by execution name. Nothing is
 * written before every check has passed.
 */
export async function fileCase(principal: Principal, input: SubmitCaseInput, filing: Filing, relief?: ReliefFiling) {
  const existingId = await store.caseIdForToken(principal.sub, input.submissionToken);
  if (existingId) return resume(existingId);
  try {
    return await fileNewCase(principal, input, filing, relief);
  } catch (error) {
    // A duplicate checked before its twin wrote the token can fail a later check because of that twin
    // (its materials are now attached to the case): the token answers first, whatever the delay.
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const winner = await store.caseIdForToken(principal.sub, input.submissionToken);
    if (winner) return resume(winner);
    throw error;
  }
}

async function fileNewCase(principal: Principal, input: SubmitCaseInput, filing: Filing, relief?: ReliefFiling) {
  const item = await publishedItem(input.itemCode);
  // 综合救助 is applied for through /relief (POST /api/relief/applications), which brings the household.
  if (item.code === reliefItemCode && !relief) {
    throw new AppError(422, 'RELIEF_INTAKE_REQUIRED', `itemCode: apply for ${item.code} through /relief`, {
      field: 'itemCode',
    });
  }
  if (filing.channel === 'online' && !item.online) {
    throw new AppError(422, 'ITEM_NOT_ONLINE', `itemCode: ${input.itemCode} is applied for at a counter only`, {
      field: 'itemCode',
    });
  }
  const answers = checkAnswers(item.form, input.answers, true);
  const materials = await receiveMaterials(principal, item, input.materials);
  const certificates = await receiveCertificates(
    filing.channel === 'online' ? principal.sub : filing.owner?.sub,
    item,
    input.materials,
  );
  const now = clockNow();
  const at = now.toISOString();
  const caseId = newId();
  const caseNumber = await nextCaseNumber(now);
  const idNumber = typeof answers.idNumber === 'string' ? answers.idNumber : undefined;
  const counter = filing.channel === 'counter';
  const record: CaseRecord = {
    caseId,
    caseNumber,
    itemCode: item.code,
    itemVersion: item.publishedVersion,
    itemName: item.name,
    title: item.name.zh,
    department: item.department,
    channel: filing.channel,
    ...(counter && filing.clerk?.street ? { street: filing.clerk.street } : {}),
    ...(input.pickup.method === 'station' && !counter ? { street: input.pickup.street } : {}),
    ...(filing.owner ? { owner: filing.owner.sub, ownerUsername: filing.owner.username } : {}),
    ...(counter ? { filedBy: filing.clerk?.username } : {}),
    applicantMasked: maskName(applicantNameOf(answers)),
    answersEnc: await sealField(
      keyService(),
      { purpose: answersPurpose, recordKey: `CASE#${caseId}` },
      JSON.stringify(answers),
    ),
    ...(relief
      ? {
          householdEnc: await sealField(
            keyService(),
            { purpose: answersPurpose, recordKey: householdRecordKey(caseId) },
            JSON.stringify(relief.household),
          ),
        }
      : {}),
    ...(idNumber ? { lookupIndex: await lookupIndexOf(caseNumber, idNumber.slice(-6)) } : {}),
    ...(await storedLookupCode(caseId, caseNumber, newLookupCode())),
    materials,
    ...(certificates.length ? { certificates } : {}),
    pickup: input.pickup,
    status: counter ? 'accepted' : 'submitted',
    timeline: [
      {
        at,
        status: 'submitted',
        event: counter ? ('filed_at_counter' as const) : ('received' as const),
        by: principal.username,
        actor: counter
          ? { role: 'clerk', ...(principal.street ? { street: principal.street } : {}) }
          : { role: 'applicant' },
      },
      ...(counter
        ? [
            {
              at,
              status: 'accepted' as const,
              event: 'accepted_at_counter' as const,
              by: principal.username,
              actor: { role: 'clerk', ...(principal.street ? { street: principal.street } : {}) },
            },
          ]
        : []),
    ],
    clock: counter
      ? startClock(await publishedWorkingCalendar(), item.timeLimits, at)
      : {
          limitDays: item.timeLimits.promisedDays,
          statutoryDays: item.timeLimits.statutoryDays,
          pauses: [],
          level: 'green',
        },
    plan: undefined as never,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  record.plan = workflowPlan(record, item, relief?.branches);
  if (!(await store.insertCase(record, principal.sub, input.submissionToken))) {
    const winner = await store.caseIdForToken(principal.sub, input.submissionToken);
    if (!winner) throw new AppError(503, 'SUBMISSION_RACE', 'Please retry the submission');
    return resume(winner);
  }
  await attachToCase(
    materials.map((m) => m.documentId),
    caseId,
    item.department,
  );
  await startApproval(record.plan);
  countBusinessEvent(businessMetric.casesFiled, filing.channel);
  if (filing.owner && !counter) await discardDraftIfAny(filing.owner.sub, item.code);
  return { created: true, case: record };
}

async function resume(caseId: string) {
  const record = await store.getCase(caseId);
  if (!record) throw new AppError(503, 'SUBMISSION_RACE', 'Please retry the submission');
  await attachToCase(
    record.materials.map((m) => m.documentId),
    record.caseId,
    record.department,
  );
  await startApproval(record.plan);
  return { created: false, case: record };
}
