import type { workflowNames } from '../../workflows/names.js';
import { dataKeyPurposes } from './platform/personal-data/purposes.js';
import type { ResourceAccess } from './platform/resource-access.js';

/**
 * The one list of Lambda functions that workflows call. The CDK app makes one function per entry, with
 * the environment and IAM grants of its `access` (infra/lib/access-grants.ts); the local Step Functions
 * engine runs the same module export in-process.
 */
export interface WorkflowTaskDefinition {
  readonly id: string;
  /** Module under functions/src, without extension. */
  readonly module: string;
  readonly export: string;
  /** What the task uses (see platform/resource-access.ts). */
  readonly access: ResourceAccess;
}

/** Cases and their work items (core table, both indexes). */
const caseRecords = { core: { mode: 'write', indexes: ['gsi1', 'gsi2'] } } as const;

/**
 * Tells the applicant (cases/notify-applicant.ts): reads the profile's contact (the phone decrypted only
 * when there is no e-mail) and puts the message in the outbox.
 */
const notifiesApplicant = {
  tables: { ...caseRecords, registry: { mode: 'read' } },
  // The outbox seals the person's address for a later delivery (notifications/service.ts).
  personalData: { open: [dataKeyPurposes.profilePhone], seal: [dataKeyPurposes.notificationRecipient] },
} as const satisfies ResourceAccess;

export const workflowTasks = [
  {
    id: 'cases-open-work-item',
    module: 'cases/workflow-tasks',
    export: 'openWorkItem',
    access: { tables: caseRecords },
  },
  {
    id: 'cases-await-correction',
    module: 'cases/workflow-tasks',
    export: 'awaitCorrection',
    access: notifiesApplicant,
  },
  {
    id: 'cases-record-step',
    module: 'cases/workflow-tasks',
    export: 'recordStep',
    // Adds the step's decision and opinion to the case.
    access: { tables: caseRecords },
  },
  {
    id: 'cases-weigh-opinions',
    module: 'cases/joint-review',
    export: 'weighOpinions',
    // Reads the case's recorded opinions (联合审批) to tell the workflow whether a correction was asked.
    access: { tables: caseRecords },
  },
  {
    id: 'cases-record-acceptance',
    module: 'cases/workflow-tasks',
    export: 'recordAcceptance',
    // The item's legal time limit comes from the published catalog (core table, same grant).
    access: notifiesApplicant,
  },
  {
    id: 'cases-record-outcome',
    module: 'cases/workflow-tasks',
    export: 'recordOutcome',
    // Stores the result notice (办理结果通知书) under results/, addressed to the applicant by the name in the
    // answers, and issues the e-certificate an approved item yields: the holder from the case's answers,
    // signed, stored with the holder's certificates.
    access: {
      ...notifiesApplicant,
      tables: { ...notifiesApplicant.tables, registry: { mode: 'write' }, audit: { mode: 'append' } },
      personalData: {
        open: [dataKeyPurposes.profilePhone, dataKeyPurposes.caseAnswers],
        seal: [dataKeyPurposes.notificationRecipient],
      },
      buckets: { documents: { write: ['results/'] } },
      certificateKeys: 'sign',
    },
  },
  { id: 'cases-complete', module: 'cases/workflow-tasks', export: 'completeCase', access: notifiesApplicant },
  {
    id: 'cases-flag-attention',
    module: 'cases/workflow-tasks',
    export: 'flagAttention',
    access: { tables: caseRecords },
  },
  {
    id: 'grid-await-step',
    module: 'grid/workflow-tasks',
    export: 'awaitStep',
    // A city event's human step: reads the event and its items (gsi2), keeps the token on the open item, and
    // answers the token itself when staff moved the event on first.
    access: { tables: { core: { mode: 'write', indexes: ['gsi2'] } }, workflows: { 'grid-event': ['resume'] } },
  },
  {
    id: 'data-sharing-await-decision',
    module: 'data-sharing/request-workflow-tasks',
    export: 'awaitDecision',
    // A data request's decision: reads the request and its items (gsi2), keeps the token on the open item, and
    // answers the token itself when the head decided first.
    access: { tables: { core: { mode: 'write', indexes: ['gsi2'] } }, workflows: { 'data-request': ['resume'] } },
  },
  {
    id: 'data-sharing-expire-request',
    module: 'data-sharing/request-workflow-tasks',
    export: 'expireRequest',
    // No decision in time: the request expires and its item closes, in one transaction (audited as the system).
    access: { tables: { core: { mode: 'write', indexes: ['gsi2'] }, audit: { mode: 'append' } } },
  },
] as const satisfies readonly WorkflowTaskDefinition[];

export type WorkflowTaskId = (typeof workflowTasks)[number]['id'];

/**
 * The deadline sweep (cases/sweep.ts): warnings and escalations in the outbox, heartbeats of open items
 * (the human steps declare a heartbeat timeout), and decisions left `deciding` delivered again (resume); once a
 * day the base registries' quality (registries/quality.ts: heads by the sparse `heads` index, the report and its
 * drill-down lists written back; nothing decrypted).
 */
export const deadlineSweepAccess = {
  tables: { ...caseRecords, registry: { mode: 'write', indexes: ['heads'] } },
  workflows: { 'case-approval': ['heartbeat', 'resume'] },
} as const satisfies ResourceAccess;

/**
 * The archive sweep (official-documents/archive-sweep.ts): the signed documents still pending archiving (core
 * table, gsi2), each read with its versions, its signed PDF drawn and sealed with the signing key, its package
 * written once under Object Lock to the archive bucket and catalogued.
 */
export const archiveSweepAccess = {
  tables: { core: { mode: 'write', indexes: ['gsi2'] } },
  certificateKeys: 'sign',
  buckets: { archive: { read: ['official-documents/'], write: ['official-documents/'], lock: true, list: true } },
} as const satisfies ResourceAccess;

/** Every task a workflow names (workflows/names.ts) is one of the tasks above: a compile-time check. */
type NamedTask = (typeof workflowNames)[keyof typeof workflowNames]['tasks'][number];
export const namedTasksDeclared: NamedTask extends WorkflowTaskId ? true : never = true;
