import { z } from 'zod';
import { businessMetric, countBusinessEvent } from '../platform/metrics.js';
import { publishedWorkingCalendar } from '../calendar/published.js';
import { getService } from '../catalog/service.js';
import { callbackNotOpened } from '../../../workflows/names.js';
import { logger } from '../platform/logger.js';
import { nowIso } from '../platform/ids.js';
import { parseInput } from '../platform/validation.js';
import { openWorkItemInput } from '../workitems/model.js';
import { expireOpenItems, openWorkItem as putInInbox } from '../workitems/service.js';
import { issueCertificateOf } from './certificate.js';
import { pauseClock, startClock, withDerived } from './clock.js';
import type { CaseRecord, CaseStatus, StepDecision, TimelineEvent } from './model.js';
import { programByCode } from '../relief/programs.js';
import { latestOpinion } from './joint-review.js';
import { notifyApplicant } from './notify-applicant.js';
import { documentNumber, issueResult } from './papers.js';
import * as store from './store.js';
import { actorOf, lastDecision } from './timeline.js';

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

const stepStatus: Record<string, CaseStatus | undefined> = {
  review: 'in_review',
  opinion: 'in_review',
  decide: 'deciding',
};
const stepEvents: Record<string, TimelineEvent> = {
  accept: 'awaiting_acceptance',
  review: 'under_review',
  opinion: 'under_review',
  decide: 'awaiting_decision',
  handover: 'ready_for_pickup',
};

/** The actor of a timeline entry made by `username` deciding `step` (from the recorded decision). */
function actorEntry(record: CaseRecord, step: string, username: string) {
  const decision = lastDecision(record, step, username);
  return decision ? { actor: actorOf(decision) } : {};
}

/** A human step's result as the work item's decision sends it (older executions lack the later fields). */
const stepDecisionEvent = z.object({
  caseId: z.string().uuid(),
  decision: z.object({
    outcome: z.string().min(1),
    comment: z.string().default(''),
    decidedBy: z.string().min(1),
    decidedAt: z.string().optional(),
    workItemId: z.string().optional(),
    step: z.string().optional(),
    escalated: z.boolean().default(false),
    role: z.string().optional(),
    department: z.string().optional(),
    program: z.string().optional(),
    street: z.string().optional(),
  }),
});

const stepOfOutcome: Record<string, string> = {
  accept: 'accept',
  approved: 'decide',
  rejected: 'decide',
  returned: 'decide',
};

/**
 * Keeps a human step's decision on the case — decider, role, unit, time, outcome and opinion — so the
 * next deciders, the applicant (what is addressed to them) and supervision see it. Idempotent by work item.
 */
export async function recordStep(event: unknown) {
  const { caseId, decision } = parseInput(stepDecisionEvent, event);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const record = await caseOf(caseId);
    const decidedAt = decision.decidedAt ?? nowIso();
    // A joint review's departments that gave no opinion in time are recorded by the system at the same moment.
    const branch = `${decision.department ?? ''}${decision.program ? `/${decision.program}` : ''}`;
    const workItemId = decision.workItemId ?? `${decision.decidedBy}@${branch}@${decidedAt}`;
    const decisions = record.decisions ?? [];
    if (decisions.some((d) => d.workItemId === workItemId)) return { caseId, recorded: false };
    const entry: StepDecision = {
      workItemId,
      step: decision.step ?? stepOfOutcome[decision.outcome] ?? 'review',
      outcome: decision.outcome,
      comment: decision.comment,
      decidedBy: decision.decidedBy,
      role: decision.role ?? 'staff',
      ...(decision.department ? { department: decision.department } : {}),
      ...(decision.program ? { program: decision.program } : {}),
      ...(decision.street ? { street: decision.street } : {}),
      decidedAt,
      escalated: decision.escalated,
    };
    const updated = await store.updateCase(caseId, {
      expectedVersion: record.version,
      set: { decisions: [...decisions, entry] },
    });
    if (updated) return { caseId, recorded: true };
  }
  throw new Error(`Case ${caseId} kept changing; the decision will be recorded on retry`);
}

/** A callback task's failure to store what it opens; the workflow retries the task with a new token. */
export class CallbackNotOpened extends Error {
  constructor(cause: unknown) {
    super(`The callback task could not open: ${cause instanceof Error ? cause.name : 'unknown error'}`, { cause });
    this.name = callbackNotOpened;
  }
}

async function opening<T>(open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new CallbackNotOpened(error);
  }
}

/** The head's return (退回重审) that brings the case back to `step`, when the latest decision is one. */
function returnedTo(record: CaseRecord, step: string): StepDecision | undefined {
  const latest = (record.decisions ?? []).at(-1);
  return latest?.step === 'decide' && latest.outcome === 'returned' && step !== 'decide' ? latest : undefined;
}

/** Callback task: opens a work item holding the task token in the right inbox (once per token). */
export async function openWorkItem(event: unknown) {
  const input = parseInput(openWorkItemInput, event);
  return opening(() => openItem(input));
}

/**
 * Whether the case comes back to staff because the citizen answered the correction (补正) last asked for; in
 * a joint review, to a department whose own latest opinion asked for it (others may have answered since).
 */
function afterCorrection(record: CaseRecord, input: { step: string; unit: string; program?: string }): boolean {
  if (input.step === 'opinion') {
    return latestOpinion(record, input.unit, input.program)?.outcome === 'request_correction';
  }
  return (record.decisions ?? []).at(-1)?.outcome === 'correct';
}

async function openItem(input: z.infer<typeof openWorkItemInput>) {
  const record = await caseOf(input.caseId);
  if (input.escalated) await expireOpenItems(input.caseId);
  const returned = input.escalated ? undefined : returnedTo(record, input.step);
  const item = await putInInbox(input, {
    caseNumber: record.caseNumber,
    // A relief case's opinion names the program the department decides.
    title: input.program ? `${record.title}：${programByCode(input.program)?.name.zh ?? input.program}` : record.title,
    // A joint review's opinion waits in the reviewing department's inbox; every other step in the case's.
    department: input.step === 'opinion' ? input.unit : record.department,
    dueDate: record.clock.dueDate,
    itemCode: record.itemCode,
    applicantMasked: record.applicantMasked,
    submittedAt: record.createdAt,
    ...(record.clock.acceptedAt
      ? {
          clock: {
            acceptedAt: record.clock.acceptedAt,
            limitDays: record.clock.limitDays,
            pauses: record.clock.pauses,
          },
        }
      : {}),
    ...(returned ? { returned: { reason: returned.comment, by: returned.decidedBy, at: returned.decidedAt } } : {}),
    ...(!input.escalated && afterCorrection(record, input) ? { afterCorrection: true } : {}),
  });
  const status = stepStatus[input.step];
  const timelineEvent: TimelineEvent = input.escalated
    ? 'escalated'
    : returned
      ? 'returned_for_review'
      : stepEvents[input.step]!;
  // A task delivered again (its item found, not opened twice) does not add its timeline entry twice.
  const last = record.timeline.at(-1);
  const entered =
    last?.event === timelineEvent && last?.step === input.step && record.status === (status ?? record.status);
  if ((status || input.escalated) && !entered) {
    await moveCase(input.caseId, {
      entry: {
        at: nowIso(),
        status: status ?? record.status,
        event: timelineEvent,
        step: input.step,
        by: 'system',
        ...(returned ? { detail: returned.comment } : {}),
      },
      ...(input.escalated ? { set: { escalated: true } } : {}),
    });
  }
  logger.info('work item opened', { action: 'workitem.open', caseId: input.caseId, step: input.step });
  return { workItemId: item.workItemId };
}

/** The step whose decision asked for the correction a wait is for (by the workflow's state name). */
const correctionAskedAt: Record<string, string> = {
  AwaitReviewCorrection: 'review',
  AwaitJointCorrection: 'opinion',
};

const correctionEvent = z.object({
  taskToken: z.string().min(1),
  caseId: z.string().uuid(),
  step: z.string().min(1),
  reason: z.string().default(''),
});

/** Callback task: the case waits for the citizen's correction (补正); the legal clock stops meanwhile. */
export async function awaitCorrection(event: unknown) {
  const input = parseInput(correctionEvent, event);
  return opening(() => askForCorrection(input));
}

async function askForCorrection(input: z.infer<typeof correctionEvent>) {
  const record = await caseOf(input.caseId);
  const at = nowIso();
  const asked = lastDecision(record, correctionAskedAt[input.step] ?? 'accept');
  const updated = await moveCase(input.caseId, {
    entry: {
      at,
      status: 'needs_correction',
      event: 'correction_requested',
      detail: input.reason,
      by: asked?.decidedBy ?? 'system',
      ...(asked ? { actor: actorOf(asked) } : {}),
    },
    set: {
      correction: { requestedAt: at, reason: input.reason, step: input.step },
      correctionToken: input.taskToken,
      clock: pauseClock(await publishedWorkingCalendar(), record.clock, at),
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
    entry: {
      at,
      status: 'accepted',
      event: 'accepted',
      by: input.acceptedBy,
      ...actorEntry(record, 'accept', input.acceptedBy),
    },
    set: { clock: startClock(await publishedWorkingCalendar(), item.timeLimits, at) },
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
  // Before the case moves on: a retried task (the case not yet decided) issues the same certificate again.
  const certificateId =
    input.outcome === 'approved' ? await issueCertificateOf(record, `case-${input.caseId}`) : undefined;
  // A withdrawal is the workflow's own doing: its code says why; no English reason is kept.
  const comment = input.outcome === 'withdrawn' ? '' : input.comment;
  const step = input.outcome === 'not_accepted' ? 'accept' : 'decide';
  const updated = await moveCase(input.caseId, {
    entry: {
      at,
      status: input.outcome,
      event: input.outcome,
      ...(comment ? { detail: comment } : {}),
      by: input.decidedBy,
      ...actorEntry(record, step, input.decidedBy),
    },
    set: {
      result: {
        outcome: input.outcome,
        comment,
        decidedAt: at,
        documentNumber: number,
        ...(documentKey ? { documentKey } : {}),
        ...(certificateId ? { certificateId } : {}),
      },
      clock: withDerived(await publishedWorkingCalendar(), record.clock, at),
    },
    remove: ['correctionToken'],
  });
  countBusinessEvent(businessMetric.casesDecided, input.outcome);
  await notifyApplicant(updated, input.outcome, comment);
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
      event: handedOver ? 'handed_over' : 'available_for_download',
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
    entry: { at: nowIso(), status: 'needs_attention', event: 'needs_attention', detail: input.error, by: 'system' },
  });
  // The error name only: a workflow error's cause can quote a downstream message with personal data.
  logger.warn('case needs attention', { action: 'case.flag', caseId: input.caseId, error: input.error.slice(0, 80) });
  return { caseId: input.caseId, status: 'needs_attention' };
}
