import { caseApproval } from './case-approval.js';
import { dataRequest } from './data-request.js';
import { gridEvent } from './grid-event.js';
import type { WorkflowDefinition } from './workflow-definition.js';

/** Every workflow of the platform; the CDK app and the local engine both iterate this list. */
export const workflows: readonly WorkflowDefinition[] = [caseApproval, gridEvent, dataRequest];

export type { TaskFunctions, WorkflowDefinition } from './workflow-definition.js';
