import { z } from 'zod';

export const caseStatuses = ['submitted', 'in_review', 'escalated', 'approved', 'rejected', 'needs_attention'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const submitCaseInput = z.object({
  title: z.string().trim().min(1, 'required').max(100, 'at most 100 characters'),
  details: z.string().trim().max(2000, 'at most 2000 characters').default(''),
  documentIds: z.array(z.string().uuid('a document id')).max(20, 'at most 20 documents').default([]),
  department: z
    .string()
    .regex(/^[a-z][a-z-]{1,40}$/, 'a department code such as civil-affairs')
    .default('civil-affairs'),
  /** Chosen by the client once per form; retries with the same token return the same case. */
  submissionToken: z.string().uuid('a UUID chosen by the client'),
});
export type SubmitCaseInput = z.infer<typeof submitCaseInput>;

export interface TimelineEntry {
  at: string;
  status: CaseStatus;
  note: string;
}

export interface CaseRecord {
  caseId: string;
  caseNumber: string;
  title: string;
  details: string;
  department: string;
  owner: string;
  ownerUsername: string;
  documentIds: string[];
  status: CaseStatus;
  timeline: TimelineEntry[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Input of the approval workflow (execution name = caseId). */
export interface WorkflowInput {
  caseId: string;
  department: string;
}
