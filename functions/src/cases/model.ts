import { z } from 'zod';
import { formAnswers } from '../forms/model.js';

/**
 * A case (办件): one application for one published service item, filed online or at a counter, moved on
 * by its approval workflow (workflows/case-approval.ts) and watched against its legal time limit.
 */

export const caseStatuses = [
  'submitted',
  'needs_correction',
  'accepted',
  'in_review',
  'deciding',
  'approved',
  'rejected',
  'completed',
  'not_accepted',
  'withdrawn',
  'needs_attention',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses after which nothing more happens to a case. */
export const finalStatuses: readonly CaseStatus[] = ['completed', 'not_accepted', 'withdrawn'];

export const channels = ['online', 'counter'] as const;
export type Channel = (typeof channels)[number];

const itemCode = z.string().regex(/^\d{6}-[A-Z]{2}-\d{4}$/, 'an item code such as 440104-MZ-0001');
const documentId = z.string().uuid('a document id');

/** The files given for one of the item's materials (by its position in the guide's materials list). */
export const submittedMaterial = z.object({
  material: z.number().int().min(0).max(39),
  documentIds: z.array(documentId).min(1, 'at least one file').max(10, 'at most 10 files'),
});

/** How the result reaches the applicant: downloaded, or picked up at a street service station. */
export const pickupChoice = z.discriminatedUnion('method', [
  z.object({ method: z.literal('download') }),
  z.object({
    method: z.literal('station'),
    street: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'a street code such as beijing'),
  }),
]);
export type PickupChoice = z.infer<typeof pickupChoice>;

/** The body of `POST /api/cases`. */
export const submitCaseInput = z.object({
  itemCode,
  answers: formAnswers,
  materials: z.array(submittedMaterial).max(40).default([]),
  pickup: pickupChoice.default({ method: 'download' }),
  /** Chosen by the client once per form; retries with the same token return the same case. */
  submissionToken: z.string().uuid('a UUID chosen by the client'),
});
export type SubmitCaseInput = z.infer<typeof submitCaseInput>;

/** The body of `POST /api/counter/cases`: a clerk files for a citizen at a street station. */
export const counterCaseInput = submitCaseInput.extend({
  /** Scanned by the clerk; the applicant's identity comes from the form's ID number, checked in person. */
  identityChecked: z.literal(true, { message: 'confirm that you checked the applicant’s ID card' }),
});
export type CounterCaseInput = z.infer<typeof counterCaseInput>;

/** The body of `POST /api/cases/{id}/correction`: the corrected answers and materials. */
export const correctionInput = z.object({
  answers: formAnswers,
  materials: z.array(submittedMaterial).max(40).default([]),
  /** The case version the citizen read (stale → 409). */
  version: z.number().int().min(1),
});
export type CorrectionInput = z.infer<typeof correctionInput>;

export const ratingInput = z.object({
  score: z.number().int().min(1, '1 to 5').max(5, '1 to 5'),
  comment: z.string().trim().max(500, 'at most 500 characters').default(''),
});
export type RatingInput = z.infer<typeof ratingInput>;

/** The body of `POST /api/cases/lookup`: for counter filings without an account. */
export const lookupInput = z.object({
  caseNumber: z.string().regex(/^YX-\d{8}-\d{6}$/, 'a case number such as YX-20261127-000001'),
  idTail: z.string().regex(/^\d{5}[\dXx]$/, 'the last 6 characters of the ID number'),
});

export interface TimelineEntry {
  at: string;
  status: CaseStatus;
  note: string;
  /** Who moved the case (a username or `system`), for staff; citizens see the note only. */
  by?: string;
}

/** A material as received: the checked file and its fingerprint. */
export interface ReceivedMaterial {
  material: number;
  name: { zh: string; en: string };
  documentId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** The legal time limit of a case, counted in working days from acceptance (deadlines/). */
export interface CaseClock {
  acceptedAt?: string;
  limitDays: number;
  statutoryDays: number;
  pauses: { from: string; to?: string }[];
  dueDate?: string;
  /** False when the due date rests on a year without official holiday data (weekends only). */
  dueCovered?: boolean;
  /** The last warning the sweep raised: green, yellow (≥ 80 %), red (overdue). */
  level: 'green' | 'yellow' | 'red' | 'paused';
}

export interface CaseRecord {
  caseId: string;
  caseNumber: string;
  itemCode: string;
  itemVersion: number;
  itemName: { zh: string; en: string };
  /** A short title for lists: the item's Chinese name. */
  title: string;
  department: string;
  channel: Channel;
  /** The street station of a counter filing, or of the pickup. */
  street?: string;
  /** The citizen's account, when there is one (counter filings of citizens without one have none). */
  owner?: string;
  ownerUsername?: string;
  /** The clerk who filed it at the counter. */
  filedBy?: string;
  /** Masked applicant name for lists and receipts (张*明). */
  applicantMasked: string;
  /** The form answers, envelope-encrypted (personal data). */
  answersEnc: string;
  /** Blind index of `<case number>:<last 6 of ID>` for lookups without an account. */
  lookupIndex?: string;
  materials: ReceivedMaterial[];
  pickup: PickupChoice;
  status: CaseStatus;
  timeline: TimelineEntry[];
  clock: CaseClock;
  escalated?: boolean;
  /** What the citizen must fix (补正), while the case waits for them. */
  correction?: { requestedAt: string; reason: string; step: string };
  /** The callback token of the correction wait; never leaves the backend. */
  correctionToken?: string;
  result?: { outcome: string; comment: string; decidedAt: string; documentKey?: string; documentNumber: string };
  rating?: { score: number; comment: string; at: string };
  handedOverAt?: string;
  /** What the workflow runs for this case (its input; kept so a retried submission restarts it alike). */
  plan: WorkflowInput;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Input of the approval workflow (execution name = case id). */
export interface WorkflowInput {
  caseId: string;
  department: string;
  acceptRole: string;
  hasReview: boolean;
  reviewRole: string;
  decideRole: string;
  /** A counter filing is accepted by the clerk on the spot: the workflow starts at review. */
  acceptedAtCounter: boolean;
  pickupAtStation: boolean;
  /** The street whose clerks hand the result over ('' for downloads). */
  pickupStreet: string;
}
