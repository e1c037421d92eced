import type { PublishedGuide } from '../catalog/model.js';
import type { CaseRecord, ReviewBranch, WorkflowInput } from './model.js';

/** Human steps are taken by officers or the head; a step declared for another role goes to officers. */
const deciderRole = (role: string | undefined) => (role === 'head' ? 'head' : 'officer');

/** The workflow input of a case: its item's review steps and how the result is delivered. */
export function workflowPlan(
  record: CaseRecord,
  item: Pick<PublishedGuide, 'reviewSteps' | 'jointReview'>,
  /** A relief case's branches: one per chosen program, reviewed by its department (relief/). */
  branches?: readonly ReviewBranch[],
): WorkflowInput {
  const joint = item.jointReview
    ? (branches ?? item.jointReview.departments.map((department) => ({ department, program: '' })))
    : undefined;
  const roleOf = (step: string) => item.reviewSteps.find((s) => s.step === step)?.role;
  return {
    caseId: record.caseId,
    department: record.department,
    acceptRole: deciderRole(roleOf('accept')),
    hasReview: roleOf('review') !== undefined,
    reviewRole: deciderRole(roleOf('review')),
    decideRole: deciderRole(roleOf('decide')),
    acceptedAtCounter: record.channel === 'counter',
    pickupAtStation: record.pickup.method === 'station',
    pickupStreet: record.pickup.method === 'station' ? record.pickup.street : '',
    // 联合审批: the departments that review in parallel (the lead first); other plans stay as they were.
    ...(joint
      ? {
          jointReview: true,
          jointDepartments: [...new Set(joint.map((b) => b.department))],
          jointBranches: joint.map((b) => ({ ...b })),
        }
      : {}),
  };
}
