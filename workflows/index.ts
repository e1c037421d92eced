import { caseApproval } from './case-approval.js';
import { gridEvent } from './grid-event.js';
import type { WorkflowDefinition } from './workflow-definition.js';

/** Every workflow of the platform; the CDK app and the local engine both iterate this list. */
export const workflows: readonly WorkflowDefinition[] = [caseApproval, gridEvent];

export type { TaskFunctions, WorkflowDefinition } from './workflow-definition.js';
