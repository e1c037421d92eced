import { attachToCase, readableDocument } from '../documents/service.js';
import { AppError, notFound } from '../platform/errors.js';
import { newId, nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import type { CaseRecord, CaseStatus, SubmitCaseInput } from './model.js';
import * as store from './store.js';
import { startApproval } from './workflow.js';

/** A readable case number: YX-<yyyymmdd>-<6-digit sequence of the day>. */
async function nextCaseNumber(now: Date): Promise<string> {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const seq = await store.nextCaseSequence(day);
  return `YX-${day}-${String(seq).padStart(6, '0')}`;
}

async function assertMaterials(principal: Principal, documentIds: readonly string[]): Promise<void> {
  for (const [index, id] of documentIds.entries()) {
    const doc = await readableDocument(principal, 'owner', id).catch(() => undefined);
    if (!doc || doc.caseId !== undefined) {
      throw new AppError(422, 'MATERIAL_NOT_FOUND', `documentIds.${index}: no such unsubmitted document of yours`, {
        field: `documentIds.${index}`,
      });
    }
    if (doc.status !== 'uploaded') {
      throw new AppError(422, 'MATERIAL_NOT_UPLOADED', `documentIds.${index}: ${doc.fileName} was not uploaded`, {
        field: `documentIds.${index}`,
      });
    }
  }
}

/**
 * Submits an application. Idempotent by the client's submission token: a retry returns the case the
 * first call created and (re)starts its workflow, which is itself idempotent by execution name.
 */
export async function submitCase(principal: Principal, input: SubmitCaseInput) {
  const existingId = await store.caseIdForToken(principal.sub, input.submissionToken);
  if (existingId) return resumeSubmission(existingId);

  await assertMaterials(principal, input.documentIds);
  const now = new Date();
  const at = now.toISOString();
  const record: CaseRecord = {
    caseId: newId(),
    caseNumber: await nextCaseNumber(now),
    title: input.title,
    details: input.details,
    department: input.department,
    owner: principal.sub,
    ownerUsername: principal.username,
    documentIds: input.documentIds,
    status: 'submitted',
    timeline: [{ at, status: 'submitted', note: 'Application received' }],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  if (!(await store.insertCase(record, input.submissionToken))) {
    const winner = await store.caseIdForToken(principal.sub, input.submissionToken);
    if (!winner) throw new AppError(503, 'SUBMISSION_RACE', 'Please retry the submission');
    return resumeSubmission(winner);
  }
  await attachToCase(record.documentIds, record.caseId, record.department);
  await startApproval({ caseId: record.caseId, department: record.department });
  return { created: true, case: record };
}

async function resumeSubmission(caseId: string) {
  const record = await store.getCase(caseId);
  if (!record) throw notFound('Case');
  await attachToCase(record.documentIds, record.caseId, record.department);
  await startApproval({ caseId: record.caseId, department: record.department });
  return { created: false, case: record };
}

/** A case the caller reaches with their scope (owner, department or district); otherwise 404. */
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

/** Moves a case on; used by the workflow's tasks. */
export async function recordStatus(caseId: string, status: CaseStatus, note: string): Promise<CaseRecord> {
  return store.appendStatus(caseId, status, { at: nowIso(), status, note });
}

/** What a citizen or officer sees of a case (no internal keys, no owner subject). */
export function caseView(record: CaseRecord) {
  const { owner: _owner, ...view } = record;
  return view;
}
