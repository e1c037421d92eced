/*
 * Kept free of zod: the portal's timeline renders these codes in client components, and a zod schema in a
 * client bundle probes \`new Function\` (JIT), which the portal's CSP refuses (script-src without 'unsafe-eval').
 */

/** What happened to a case, as a code the portal renders in the reader's language. */
export const timelineEvents = [
  'received',
  'filed_at_counter',
  'accepted_at_counter',
  'awaiting_acceptance',
  'under_review',
  'awaiting_decision',
  /** The head returned the case to the review (退回重审); the detail is their reason. */
  'returned_for_review',
  'ready_for_pickup',
  'escalated',
  'correction_requested',
  'correction_received',
  'accepted',
  'approved',
  'rejected',
  'not_accepted',
  'withdrawn',
  'handed_over',
  'available_for_download',
  'needs_attention',
  'deadline_warning',
  'overdue',
  /** An old free-text note that matches no code (shown as written). */
  'note',
] as const;
export type TimelineEvent = (typeof timelineEvents)[number];
