/**
 * The human steps of the inbox and what each may decide; free of zod so the staff portal's decision form
 * uses the same lists in the browser. `answer` is a letter's (letters/): it is decided by answering the
 * letter (POST /api/letters/{id}/answer), which needs the answer's text, not through the decision route.
 * `dispatch`, `handle` and `verify` are a city event's (grid/): settled by acting on the event
 * (POST /api/grid/events/{id}/actions), likewise.
 */
export const stepOutcomes = {
  accept: ['accept', 'correct', 'reject'],
  review: ['approve', 'reject', 'correct'],
  decide: ['approved', 'rejected', 'returned'],
  /** A department's opinion in a joint review (联合审批); the lead department's head decides on them all. */
  opinion: ['agree', 'agree_with_conditions', 'refuse', 'request_correction'],
  handover: ['handed-over'],
  answer: ['answered'],
  // An official document's steps (official-documents/): settled through its own actions route, like a letter.
  docReview: ['approved', 'returned'],
  docSign: ['signed', 'returned'],
  docRevise: ['resubmitted'],
  // A received document (收文): registered and proposed by the clerk, decided by the head, handled or read.
  docReceive: ['registered'],
  docPropose: ['proposed'],
  docDecide: ['decided'],
  docHandle: ['handled'],
  docRead: ['read', 'closed'],
  // A city event's human steps (grid/): settled through its own actions route.
  dispatch: ['dispatched', 'declined'],
  handle: ['handled'],
  verify: ['closed', 'returned'],
  // Another department's request for a conditional data resource (data-sharing/): the owner's head decides it
  // through the request's own decision route (POST /api/data/requests/{id}/decision).
  dataDecide: ['granted', 'refused'],
} as const;

/**
 * Outcomes that need a reason: a correction (补正) or a refusal (for the applicant), a return to the
 * review (退回重审, for the officer), and a department's conditions, refusal or correction in a joint review.
 */
export const outcomesNeedingComment: readonly string[] = [
  'correct',
  'reject',
  'rejected',
  'returned',
  'agree_with_conditions',
  'refuse',
  'request_correction',
];

/**
 * Why an item sits in an inbox (the inbox's status filter): a new step, a case the head returned to the
 * review (退回重审), a case back after the citizen's correction (补正), or a step that ran out of time.
 */
export const inboxStates = ['new', 'returned', 'resubmitted', 'escalated'] as const;
export type InboxState = (typeof inboxStates)[number];
