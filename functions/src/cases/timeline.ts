import { isOpinionForApplicant } from './joint-review.js';
import type { CaseActor, CaseRecord, StepDecision, TimelineEntry, TimelineEvent } from './model.js';

/**
 * The history of a case as codes (rendered in the reader's language by the portal), and what its
 * applicant may see of it: roles and units instead of staff usernames, and only the opinions meant for
 * them (correction and refusal reasons, the decision).
 */

/** The actor of a decision: the role the decider acted in and their unit. */
export function actorOf(decision: Pick<StepDecision, 'role' | 'department' | 'street'>): CaseActor {
  return {
    role: decision.role,
    ...(decision.department ? { department: decision.department } : {}),
    ...(decision.street ? { street: decision.street } : {}),
  };
}

/** The latest recorded decision of `step` (optionally by `username`). */
export function lastDecision(record: CaseRecord, step: string, username?: string): StepDecision | undefined {
  return [...(record.decisions ?? [])]
    .reverse()
    .find((d) => d.step === step && (username === undefined || d.decidedBy === username));
}

/** Legacy notes (records written before events were codes), by their fixed English text. */
const legacyNotes: Record<string, TimelineEvent> = {
  'Application received': 'received',
  'Filed at the counter': 'filed_at_counter',
  'Accepted at the counter': 'accepted_at_counter',
  Accepted: 'accepted',
  'Under review': 'under_review',
  'Waiting for the decision': 'awaiting_decision',
  'Waiting for acceptance': 'awaiting_acceptance',
  'Ready for pickup at the station': 'ready_for_pickup',
  'Correction received': 'correction_received',
  'Result handed over at the station': 'handed_over',
  'Result available for download': 'available_for_download',
};

const legacyPrefixes: [RegExp, TimelineEvent | 'decided'][] = [
  [/^Correction requested: ([\s\S]*)$/, 'correction_requested'],
  [/^Escalated to the department head: ([\s\S]*)$/, 'escalated'],
  [/^Needs attention: ([\s\S]*)$/, 'needs_attention'],
  [/^Overdue \(due ([^)]*)\)/, 'overdue'],
  [/^Deadline warning: .*\(due ([^)]*)\)/, 'deadline_warning'],
  [/^(?:approved|rejected|not_accepted|withdrawn)(?:: ([\s\S]*))?$/, 'decided'],
];

/** An entry with its event code: new entries carry one; old ones are read from their English note. */
export function normalizedEntry(entry: TimelineEntry): TimelineEntry {
  if (entry.event) return entry;
  const { note = '', ...rest } = entry;
  const fixed = legacyNotes[note];
  if (fixed) return { ...rest, event: fixed };
  for (const [pattern, event] of legacyPrefixes) {
    const match = pattern.exec(note);
    if (!match) continue;
    if (event === 'escalated') return { ...rest, event };
    if (event === 'decided') {
      const detail = entry.status === 'withdrawn' ? undefined : match[1];
      return { ...rest, event: entry.status as TimelineEvent, ...(detail ? { detail } : {}) };
    }
    return { ...rest, event, ...(match[1] ? { detail: match[1] } : {}) };
  }
  return { ...rest, event: 'note', ...(note ? { detail: note } : {}) };
}

/** Whether an opinion is addressed to the applicant: a correction, a refusal to accept, the decision. */
export function isForApplicant(decision: Pick<StepDecision, 'step' | 'outcome'>): boolean {
  if (decision.outcome === 'correct') return true;
  if (decision.step === 'accept' && decision.outcome === 'reject') return true;
  if (isOpinionForApplicant(decision)) return true;
  // A return to the review (退回重审) is between the head and the officer.
  return decision.step === 'decide' && decision.outcome !== 'returned';
}

/** Events whose detail is internal (an error name), never shown to the applicant. */
const internalDetail: readonly TimelineEvent[] = ['needs_attention', 'returned_for_review'];

/** Who moved the case, as the applicant sees it: never a staff username. */
function applicantSideActor(record: CaseRecord, entry: TimelineEntry): CaseActor {
  if (entry.actor) return entry.actor;
  if (!entry.by || entry.by === 'system') return { role: 'system' };
  if (record.ownerUsername && entry.by === record.ownerUsername) return { role: 'applicant' };
  if (record.filedBy && entry.by === record.filedBy)
    return { role: 'clerk', ...(record.street ? { street: record.street } : {}) };
  return { role: 'staff', department: record.department };
}

/** The timeline as the applicant sees it. */
export function applicantTimeline(record: CaseRecord) {
  return record.timeline.map((raw) => {
    const entry = normalizedEntry(raw);
    const { by: _by, actor: _actor, note: _note, detail, ...rest } = entry;
    return {
      ...rest,
      ...(detail && !internalDetail.includes(entry.event!) ? { detail } : {}),
      by: applicantSideActor(record, raw),
    };
  });
}

/** The opinions the applicant is given, each with the deciding role and unit. */
export function applicantDecisions(record: CaseRecord) {
  return (record.decisions ?? []).filter(isForApplicant).map((d) => ({
    step: d.step,
    outcome: d.outcome,
    comment: d.comment,
    decidedAt: d.decidedAt,
    by: actorOf(d),
  }));
}
