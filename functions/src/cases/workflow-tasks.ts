import { z } from 'zod';
import { readProfileIfAny } from '../identity/service.js';
import { notify } from '../notifications/service.js';
import { logger } from '../platform/logger.js';
import { parseInput } from '../platform/validation.js';
import { openWorkItemInput } from '../workitems/model.js';
import { expireOpenItems, openWorkItem as putInInbox } from '../workitems/service.js';
import * as store from './store.js';
import { recordStatus } from './service.js';

/**
 * Lambda tasks of the case-approval workflow (workflows/case-approval.ts). Each validates its input:
 * a malformed payload fails the task, which the workflow retries and then flags.
 */

/** Callback task: opens a work item holding the task token in the officer's (or head's) inbox. */
export async function openWorkItem(event: unknown) {
  const input = parseInput(openWorkItemInput, event);
  const record = await store.getCase(input.caseId);
  if (!record) throw new Error(`Case ${input.caseId} does not exist`);
  const escalation = input.role === 'head';
  if (escalation) await expireOpenItems(input.caseId);
  const item = await putInInbox(input, record.caseNumber, record.title);
  await recordStatus(
    input.caseId,
    escalation ? 'escalated' : 'in_review',
    escalation ? 'Escalated to the department head' : 'Under review',
  );
  logger.info('work item opened', { action: 'workitem.open', caseId: input.caseId, step: input.step });
  return { workItemId: item.workItemId };
}

const outcomeInput = z.object({
  caseId: z.string().uuid(),
  outcome: z.enum(['approved', 'rejected']),
  comment: z.string().default(''),
  decidedBy: z.string().min(1),
});

/** Records the decision on the case and tells the applicant. */
export async function recordOutcome(event: unknown) {
  const input = parseInput(outcomeInput, event);
  const note = input.comment ? `Decided by ${input.decidedBy}: ${input.comment}` : `Decided by ${input.decidedBy}`;
  const record = await recordStatus(input.caseId, input.outcome, note);
  // Contact details stay in the registry (encrypted); they are read only to send, never copied.
  const contact = await readProfileIfAny({ sub: record.owner });
  const to = contact?.email ?? contact?.phone;
  if (to) {
    const approved = input.outcome === 'approved';
    await notify({
      channel: to.includes('@') ? 'email' : 'sms',
      to,
      subject: `越秀号：您的申请 ${record.caseNumber} ${approved ? '已办结（批准）' : '未获批准'}`,
      body: `${record.title} — ${approved ? 'approved' : 'rejected'}. ${input.comment}`.trim(),
      reference: record.caseId,
    });
  }
  logger.info('case decided', { action: 'case.decide', caseId: input.caseId, outcome: input.outcome });
  return { caseId: input.caseId, status: input.outcome };
}

const attentionInput = z.object({ caseId: z.string().uuid(), error: z.string().default('unknown') });

/** The last resort of the workflow: the case is kept and flagged for a person to look at. */
export async function flagAttention(event: unknown) {
  const input = parseInput(attentionInput, event);
  await recordStatus(input.caseId, 'needs_attention', `Needs attention: ${input.error}`);
  // The error name only: a workflow error's cause can quote a downstream message with personal data.
  logger.warn('case needs attention', { action: 'case.flag', caseId: input.caseId, error: input.error.slice(0, 80) });
  return { caseId: input.caseId, status: 'needs_attention' };
}
