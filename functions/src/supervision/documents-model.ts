import { z } from 'zod';
import { documentStatuses, documentTypes, receiptStatuses, type Urgency } from '../official-documents/model.js';
import { newestRecordsHeader, opinionTimes } from './joint-model.js';

/**
 * Supervision of official documents (公文, issue 19 item 5): documents by type and state, the time each step took
 * and the steps past their limit. Only facts about the handling are read: never a title, a body or an opinion.
 */

/** How many documents (and receipts) one answer reads per department, newest first. */
export const documentLimit = 500;

/** The supervised steps: 核稿 and 签发 in the drafting department, 登记 and 办结 in each recipient's. */
export const documentSteps = ['review', 'signing', 'registration', 'handling'] as const;
export type DocumentStep = (typeof documentSteps)[number];

/**
 * Each step's limit in working days, by the document's urgency (特急, 加急, 平件): the district's rule for its
 * documents' handling, counted like every other limit here (the day the step started does not count).
 */
export const documentStepLimits: Record<DocumentStep, Record<Urgency, number>> = {
  review: { 'extra-urgent': 1, urgent: 2, normal: 3 },
  signing: { 'extra-urgent': 1, urgent: 2, normal: 3 },
  registration: { 'extra-urgent': 1, urgent: 1, normal: 2 },
  handling: { 'extra-urgent': 1, urgent: 3, normal: 10 },
};

const count = z.number().int().min(0);

/** One step's figures: done and open, the ones past their limit, and how long the done ones took. */
export const stepFigures = z.object({
  step: z.enum(documentSteps),
  /** Finished in the period's documents (a return ends a review or a signing too). */
  done: count,
  /** Finished after their limit. */
  late: count,
  /** Waiting now, and of those the ones already past their limit. */
  open: count,
  overdue: count,
  time: opinionTimes,
});
export type StepFigures = z.infer<typeof stepFigures>;

/**
 * The body of `GET /api/supervision/documents` (the period: dates of drafting, a receipt's of its dispatch; the
 * limit: per department, of documents and of receipts).
 */
export const supervisionDocuments = z.object({
  ...newestRecordsHeader,
  /** Documents drafted in scope. */
  documents: count,
  byType: z.array(
    z.object({
      type: z.enum(documentTypes),
      documents: count,
      byStatus: z.record(z.enum(documentStatuses), count),
    }),
  ),
  /** Receipts of the departments in scope (documents dispatched to them). */
  receipts: count,
  receiptsByStatus: z.record(z.enum(receiptStatuses), count),
  steps: z.array(stepFigures),
});
export type SupervisionDocuments = z.infer<typeof supervisionDocuments>;
