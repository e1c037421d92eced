import { z } from 'zod';
import type { Role } from '../platform/roles.js';

import { stepOutcomes } from './outcomes.js';

export { outcomesNeedingComment, stepOutcomes } from './outcomes.js';
export type Step = keyof typeof stepOutcomes;
export const steps = Object.keys(stepOutcomes) as Step[];
export const allOutcomes = [...new Set(Object.values(stepOutcomes).flat())] as [string, ...string[]];

export const decisionInput = z.object({
  outcome: z.enum(allOutcomes, { message: `one of ${allOutcomes.join(', ')}` }),
  /** Required when asking for a correction or refusing: the citizen is told why. */
  comment: z.string().trim().max(1000, 'at most 1000 characters').default(''),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export type WorkItemStatus = 'open' | 'deciding' | 'decided' | 'expired';

export interface WorkItem {
  workItemId: string;
  caseId: string;
  caseNumber: string;
  title: string;
  step: Step;
  role: Role;
  /** The department of the case (every item), and the street of a handover at a station. */
  department: string;
  street?: string;
  escalated: boolean;
  status: WorkItemStatus;
  createdAt: string;
  /** The case's legal due date (YYYY-MM-DD) when the clock runs, for ordering by urgency. */
  dueDate?: string;
  /** The staff member who claimed the item, and when. */
  claimedBy?: string;
  claimedAt?: string;
  /** The workflow's callback token; never leaves the backend. */
  taskToken: string;
  outcome?: string;
  comment?: string;
  decidedBy?: string;
  decidedAt?: string;
}

/** What the workflow's callback task passes when it opens a work item. */
export const openWorkItemInput = z.object({
  taskToken: z.string().min(1),
  caseId: z.string().uuid(),
  step: z.enum(steps as [Step, ...Step[]]),
  role: z.enum(['clerk', 'officer', 'head']),
  /** The department (or, for a handover, the street) whose inbox gets the item. */
  unit: z.string().min(1),
  escalated: z.boolean(),
});
export type OpenWorkItemInput = z.infer<typeof openWorkItemInput>;
