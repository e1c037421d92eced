import { z } from 'zod';
import type { Role } from '../platform/roles.js';

export const decisionInput = z.object({
  outcome: z.enum(['approved', 'rejected'], { message: 'approved or rejected' }),
  comment: z.string().trim().max(1000, 'at most 1000 characters').default(''),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export type WorkItemStatus = 'open' | 'deciding' | 'decided' | 'expired';

export interface WorkItem {
  workItemId: string;
  caseId: string;
  caseNumber: string;
  title: string;
  step: string;
  role: Role;
  department: string;
  status: WorkItemStatus;
  createdAt: string;
  /** The workflow's callback token; never leaves the backend. */
  taskToken: string;
  outcome?: DecisionInput['outcome'];
  comment?: string;
  decidedBy?: string;
  decidedAt?: string;
}

/** What the workflow's callback task passes when it opens a work item. */
export const openWorkItemInput = z.object({
  taskToken: z.string().min(1),
  caseId: z.string().uuid(),
  department: z.string().min(1),
  step: z.string().min(1),
  role: z.enum(['officer', 'head']),
});
export type OpenWorkItemInput = z.infer<typeof openWorkItemInput>;
