import { z } from 'zod';
import { getService } from '../catalog/service.js';
import { logger } from '../platform/logger.js';
import { nowIso } from '../platform/ids.js';
import { parseInput } from '../platform/validation.js';
import { openWorkItemInput } from '../workitems/model.js';
import { expireOpenItems, openWorkItem as putInInbox } from '../workitems/service.js';
import { pauseClock, startClock, withDerived } from './clock.js';
import type { CaseRecord, CaseStatus } from './model.js';
import { notifyApplicant } from './notify-applicant.js';
import { documentNumber, issueResult } from './papers.js';
import * as store from './store.js';

/**
 * Lambda tasks of the case-approval workflow (workflows/case-approval.ts). Each validates its input: a
 * malformed payload fails the task, which the workflow retries and then flags. Each is idempotent, as
 * Step Functions may run a task twice.
 */

async function caseOf(caseId: string): Promise<CaseRecord> {
  const record = await store.getCase(caseId);
  if (!record) throw new Error(`Case ${caseId} does not exist`);
  return record;
}

async function moveCase(caseId: string, change: store.CaseChange): Promise<CaseRecord> {
  const updated = await store.updateCase(caseId, change);
  if (!updated) throw new Error(`Case ${caseId} could not be updated`);
  return updated;
}

const stepStatus: Record<string, CaseStatus | undefined> = { review: 'in_review', decide: 'deciding' };
const stepNotes: Record<string, string> = {
  accept: 'Waiting for acceptance',
  review: 'Under review',
  decide: 'Waiting for the decision',
  handover: 'Ready for pickup at the station',
};

/** Callback task: opens a work item holding the task token in the right inbox. */
export async function openWorkItem(event: unknown) {
  const input = parseInput(openWorkItemInput, event);
  const record = await caseOf(input.caseId);
  if (input.escalated) await expireOpenItems(input.caseId);
  const item = await putInInbox(input, {
    caseNumber: record.caseNumber,
    title: record.title,
    department: record.department,
    dueDate: record.clock.dueDate,
  });
  const status = stepStatus[input.step];
  if (status || input.escalated) {
    const note = input.escalated
      ? `Escalated to the department head: ${stepNotes[input.step]}`
      : stepNotes[input.step]!;
    await moveCase(input.caseId, {
      entry: { at: nowIso(), status: status ?? record.status, note, by: 'system' },
      ...(input.escalated ? { set: { escalated: true } } : {}),
    });
  }
  logger.info('work item opened', { action: 'workitem.open', caseId: input.caseId, step: input.step });
  return { workItemId: item.workItemId };
}

const correctionEvent = z.object({
  taskToken: z.string().min(1),
  caseId: z.string().uuid(),
  step: z.string().min(1),
  reason: z.string().default(''),
});

/** Callback task: the case waits for the citizen's correction (补正); the legal clock stops meanwhile. */
export async function awaitCorrection(event: unknown) {
  const input = parseInput(correctionEvent, event);
  const record = await caseOf(input.caseId);
  const at = nowIso();
  const updated = await moveCase(input.caseId, {
    entry: { at, status: 'needs_correction', note: `Correction requested: ${input.reason}`, by: 'system' },
    set: {
      correction: { requestedAt: at, reason: input.reason, step: input.step },
      correctionToken: input.taskToken,
      clock: pauseClock(record.clock, at),
    },
  });
  await notifyApplicant(updated, 'needs_correction', input.reason);
  return { caseId: input.caseId };
}

const acceptanceEvent = z.object({ caseId: z.string().uuid(), acceptedBy: z.string().min(1) });

/** Records acceptance (受理): the legal clock starts; the applicant is told the due date. */
export async function recordAcceptance(event: unknown) {
  const input = parseInput(acceptanceEvent, event);
  const record = await caseOf(input.caseId);
  if (record.clock.acceptedAt) return { caseId: input.caseId, status: record.status };
  const item = await getService(record.itemCode);
  const at = nowIso();
  const updated = await moveCase(input.caseId, {
    entry: { at, status: 'accepted', note: 'Accepted', by: input.acceptedBy },
    set: { clock: startClock(item.timeLimits, at) },
  });
  await notifyApplicant(updated, 'accepted', `办理时限 / Due by ${updated.clock.dueDate}`);
  return { caseId: input.caseId, status: 'accepted' };
}

const outcomeEvent = z.object({
  caseId: z.string().uuid(),
  outcome: z.enum(['approved', 'rejected', 'not_accepted', 'withdrawn']),
  comment: z.string().default(''),
  decidedBy: z.string().min(1),
});

/** Records the outcome, issues the result notice of a decision, and tells the applicant. */
export async function recordOutcome(event: unknown) {
  const input = parseInput(outcomeEvent, event);
  const record = await caseOf(input.caseId);
  if (record.result) return { caseId: input.caseId, status: record.status };
  const at = nowIso();
  const number = documentNumber(record);
  const decided = input.outcome === 'approved' || input.outcome === 'rejected';
  const documentKey = decided
    ? await issueResult(record, {
        outcome: input.outcome as 'approved' | 'rejected',
        comment: input.comment,
        decidedAt: at,
        number,
      })
    : undefined;
  const note = input.comment ? `${input.outcome}: ${input.comment}` : input.outcome;
  const updated = await moveCase(input.caseId, {
    entry: { at, status: input.outcome, note, by: input.decidedBy },
    set: {
      result: {
        outcome: input.outcome,
        comment: input.comment,
        decidedAt: at,
        documentNumber: number,
        ...(documentKey ? { documentKey } : {}),
      },
      clock: withDerived(record.clock, at),
    },
    remove: ['correctionToken'],
  });
  await notifyApplicant(updated, input.outcome, input.comment);
  logger.info('case decided', { action: 'case.decide', caseId: input.caseId, outcome: input.outcome });
  return { caseId: input.caseId, status: input.outcome };
}

const completeEvent = z.object({ caseId: z.string().uuid() });

/** Closes a decided case once its result is delivered (downloadable, or handed over at the station). */
export async function completeCase(event: unknown) {
  const input = parseInput(completeEvent, event);
  const record = await caseOf(input.caseId);
  if (record.status === 'completed') return { caseId: input.caseId, status: 'completed' };
  const at = nowIso();
  const handedOver = record.pickup.method === 'station';
  const updated = await moveCase(input.caseId, {
    entry: {
      at,
      status: 'completed',
      note: handedOver ? 'Result handed over at the station' : 'Result available for download',
      by: 'system',
    },
    set: handedOver ? { handedOverAt: at } : {},
  });
  await notifyApplicant(updated, 'completed');
  return { caseId: input.caseId, status: 'completed' };
}

const attentionInput = z.object({ caseId: z.string().uuid(), error: z.string().default('unknown') });

/** The last resort of the workflow: the case is kept and flagged for a person to look at. */
export async function flagAttention(event: unknown) {
  const input = parseInput(attentionInput, event);
  await moveCase(input.caseId, {
    entry: { at: nowIso(), status: 'needs_attention', note: `Needs attention: ${input.error}`, by: 'system' },
  });
  // The error name only: a workflow error's cause can quote a downstream message with personal data.
  logger.warn('case needs attention', { action: 'case.flag', caseId: input.caseId, error: input.error.slice(0, 80) });
  return { caseId: input.caseId, status: 'needs_attention' };
}
