import { z } from 'zod';
import type { CheckedCertificate } from '../certificates/reuse.js';
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

/** The answer of `POST /api/cases` and `POST /api/counter/cases`: the new case and its number. */
export const createdCase = z.object({ caseId: z.string(), caseNumber: z.string(), status: z.enum(caseStatuses) });

/** Statuses after which nothing more happens to a case. */
export const finalStatuses: readonly CaseStatus[] = ['completed', 'not_accepted', 'withdrawn'];

export const channels = ['online', 'counter'] as const;
export type Channel = (typeof channels)[number];

const itemCode = z.string().regex(/^\d{6}-[A-Z]{2}-\d{4}$/, 'an item code such as 440104-MZ-0001');
const documentId = z.string().uuid('a document id');

/**
 * What is given for one of the item's materials (by its position in the guide's materials list): uploaded
 * files, or for a material an e-certificate type can replace, a certificate from the applicant's wallet.
 */
export const submittedMaterial = z
  .object({
    material: z.number().int().min(0).max(39),
    documentIds: z.array(documentId).min(1, 'at least one file').max(10, 'at most 10 files').optional(),
    certificateId: z.string().uuid('a certificate id from the wallet').optional(),
  })
  .refine((m) => (m.documentIds === undefined) !== (m.certificateId === undefined), {
    message: 'either documentIds (uploaded files) or certificateId (an e-certificate from the wallet), not both',
    path: ['documentIds'],
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
  /**
   * The clerk's answer to the account match shown for the form's ID number (409 ACCOUNT_CONFIRMATION_REQUIRED
   * carries it): the `ref` of the verified account the applicant confirms is theirs, or `false` to file
   * without an account. Needed whenever an account carries the number.
   */
  joinAccount: z
    .union([z.string().regex(/^[A-Za-z0-9_-]{16}$/, 'the ref of the account shown'), z.literal(false)])
    .optional(),
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

/**
 * The body of `POST /api/cases/lookup`: for counter filings without an account. The lookup code printed on
 * the receipt (查询码), the last 6 characters of the ID number, or both (both must then match).
 */
export const lookupInput = z
  .object({
    caseNumber: z.string().regex(/^YX-\d{8}-\d{6}$/, 'a case number such as YX-20261127-000001'),
    idTail: z
      .string()
      .regex(/^\d{5}[\dXx]$/, 'the last 6 characters of the ID number')
      .optional(),
    lookupCode: z
      .string()
      .regex(/^[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}$/, 'the 8-character lookup code on the receipt, such as ABCD-EFGH')
      .optional(),
  })
  .refine((input) => input.idTail !== undefined || input.lookupCode !== undefined, {
    message: 'the lookup code on the receipt or the last 6 characters of the ID number',
    path: ['lookupCode'],
  });
export type LookupInput = z.infer<typeof lookupInput>;

import type { TimelineEvent } from './timeline-events.js';
export { timelineEvents, type TimelineEvent } from './timeline-events.js';

/** Who moved a case as its applicant may see it: a role and a unit, never a username. */
export interface CaseActor {
  /** A staff role, or `applicant`, `system`, or `staff` for old entries whose role was not kept. */
  role: string;
  department?: string;
  street?: string;
}

export interface TimelineEntry {
  at: string;
  status: CaseStatus;
  /** The event as a code; entries written before codes have only `note` (English). */
  event?: TimelineEvent;
  /** The free text of the event: the opinion given, the due date, the step escalated. */
  detail?: string;
  /** The step an event is about (escalations, work items). */
  step?: string;
  /** Old entries only: the event in English. */
  note?: string;
  /** Who moved the case (a username or `system`), for staff; citizens see the actor's role and unit. */
  by?: string;
  actor?: CaseActor;
}

/** One human step's decision, kept on the case: who, when, what and why (受理意见, 审核意见, 决定意见). */
export interface StepDecision {
  workItemId: string;
  step: string;
  outcome: string;
  comment: string;
  decidedBy: string;
  /** The role the decider acted in (a head taking over an officer's step acts as head). */
  role: string;
  department?: string;
  /** The relief program a department's opinion decides (综合救助, relief/). */
  program?: string;
  street?: string;
  decidedAt: string;
  escalated: boolean;
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

/** A material given as an e-certificate from the wallet, and what was checked at submission (证照核查). */
export type CertificateMaterial = CheckedCertificate & { material: number; name: { zh: string; en: string } };

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
  /** A relief case's household (综合救助, relief/household.ts), encrypted like the answers. */
  householdEnc?: string;
  /** Blind index of `<case number>:<last 6 of ID>` for lookups without an account. */
  lookupIndex?: string;
  /** Blind index of `<case number>:<lookup code>` (查询码, lookup-code.ts) and the code, sealed for the receipt. */
  lookupCodeIndex?: string;
  lookupCodeEnc?: string;
  materials: ReceivedMaterial[];
  /** Materials given as verified e-certificates instead of files. */
  certificates?: CertificateMaterial[];
  pickup: PickupChoice;
  status: CaseStatus;
  timeline: TimelineEntry[];
  /** Every human step's decision with its opinion, oldest first. */
  decisions?: StepDecision[];
  clock: CaseClock;
  escalated?: boolean;
  /** What the citizen must fix (补正), while the case waits for them. */
  correction?: { requestedAt: string; reason: string; step: string };
  /** The callback token of the correction wait; never leaves the backend. */
  correctionToken?: string;
  result?: {
    outcome: string;
    comment: string;
    decidedAt: string;
    documentKey?: string;
    documentNumber: string;
    /** The e-certificate the approval issued (certificates context), when the item yields one. */
    certificateId?: string;
  };
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
  /** 联合审批: the departments that give their opinions in parallel before the lead decides (absent on older plans). */
  jointReview?: boolean;
  jointDepartments?: string[];
  /** The branches of the parallel review: a department, and for a relief case the program it decides ('' else). */
  jointBranches?: ReviewBranch[];
}

export interface ReviewBranch {
  department: string;
  program: string;
}

/** `jointReview` of the case views (联合审批, cases/joint-review.ts): each department's progress. */
export const jointProgressView = z.object({
  lead: z.string(),
  departments: z.array(
    z.object({
      department: z.string(),
      /** A relief case's program this department decides (综合救助). */
      program: z.string().optional(),
      lead: z.boolean(),
      /** `reviewing`, an opinion (agree, agree_with_conditions, refuse, request_correction) or no_opinion. */
      status: z.string(),
      decidedAt: z.string().optional(),
      comment: z.string().optional(),
      /** Staff only: the officer who gave the opinion (`system` when none came in time). */
      decidedBy: z.string().optional(),
    }),
  ),
});

export type JointProgressView = z.infer<typeof jointProgressView>;

/** GET /api/cases/{id}: `reveal=true` shows staff the personal answers in full (audited as personal.unmask). */
export const caseQuery = z.object({
  reveal: z.enum(['true', 'false']).optional(),
});
