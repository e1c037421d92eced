import type { DataKeyPurpose } from './personal-data/purposes.js';
import type { BucketId, TableId } from './resources.js';
import type { workflowNames } from '../../../workflows/names.js';

/**
 * What one function (a route group, a workflow task, the deadline sweep) uses: the one declaration from
 * which the CDK app sets both its environment variables and its IAM grants (infra/lib/access-grants.ts),
 * so a function can neither name nor reach a resource it did not declare. CDK-free: Lambda bundles import it.
 */

/**
 * - describe: DescribeTable only (health probe)
 * - read: GetItem, BatchGetItem, Query, ConditionCheckItem
 * - write: read + PutItem, UpdateItem (`delete` adds DeleteItem)
 * - append: the audit trail's append-only set (PutItem and reads; never UpdateItem or DeleteItem)
 */
export type TableMode = 'describe' | 'read' | 'write' | 'append';

export interface TableUse {
  readonly mode: TableMode;
  /** Global secondary indexes queried (by name, from resources.ts). */
  readonly indexes?: readonly string[];
  /** The function deletes items (DeleteItem, or Delete in a transaction). */
  readonly delete?: boolean;
}

export interface BucketUse {
  /** Key prefixes read (GetObject, GetObjectVersion). */
  readonly read?: readonly string[];
  /** Key prefixes written (PutObject), including by presigned URL the function signs. */
  readonly write?: readonly string[];
  /** Reads object tags (the malware scan result) under the `read` prefixes. */
  readonly readTags?: boolean;
  /**
   * Key prefixes whose objects' tags it sets (PutObjectTagging): the upload-expiry tag, set by the presigned
   * upload (S3 requires the permission for PutObject with tags) and changed when a document is attached.
   */
  readonly tag?: readonly string[];
  /** ListBucket: HeadBucket, and HeadObject answering 404 rather than 403 for a missing object. */
  readonly list?: boolean;
  /**
   * Object Lock: writes set each object's retention (PutObjectRetention on the `write` prefixes) and reads see it
   * (GetObjectRetention on the `read` prefixes: without it S3 leaves the lock headers out of GetObject).
   */
  readonly lock?: boolean;
}

export type WorkflowId = (typeof workflowNames)[keyof typeof workflowNames]['id'];

/**
 * - start: StartExecution
 * - resume: SendTaskSuccess, SendTaskFailure (a person's decision, a correction)
 * - heartbeat: SendTaskHeartbeat (the deadline sweep)
 * - describe: DescribeStateMachine (health probe)
 */
export type WorkflowAction = 'start' | 'resume' | 'heartbeat' | 'describe';

export interface PersonalDataUse {
  /** Purposes it encrypts (KMS GenerateDataKey with encryption context `{ purpose }`). */
  readonly seal?: readonly DataKeyPurpose[];
  /** Purposes it decrypts (KMS Decrypt with encryption context `{ purpose }`). */
  readonly open?: readonly DataKeyPurpose[];
  /** Computes blind indexes (KMS GenerateMac on the HMAC key). */
  readonly blindIndex?: boolean;
}

export interface ResourceAccess {
  readonly tables?: Readonly<Partial<Record<TableId, TableUse>>>;
  readonly buckets?: Readonly<Partial<Record<BucketId, BucketUse>>>;
  readonly personalData?: PersonalDataUse;
  readonly workflows?: Readonly<Partial<Record<WorkflowId, readonly WorkflowAction[]>>>;
  /**
   * The e-certificate signing keys (certificates/signer): `sign` signs with them (KMS Sign and
   * GetPublicKey), `verify` only reads their public halves (KMS GetPublicKey).
   */
  readonly certificateKeys?: 'sign' | 'verify';
  /**
   * The data sharing change event bus (data-sharing/events): `publish` puts events on it (PutEvents), `route` also
   * manages the subscriptions' rules and their targets (PutRule, PutTargets, RemoveTargets, DeleteRule).
   */
  readonly changeEvents?: 'publish' | 'route';
  /**
   * The machine clients of department systems (data-sharing/client-directory): `manage` registers, rotates and
   * revokes them as app clients of the staff pool (Cognito CreateUserPoolClient, Add/Delete/ListUserPoolClientSecret(s),
   * DeleteUserPoolClient on that pool only).
   */
  readonly machineClients?: 'manage';
  /**
   * Queue subscriptions' queues (data-sharing/events/sqs.ts): `manage` creates one per queue subscription at run time,
   * reads and deletes its messages, counts them and deletes the queue (SQS CreateQueue, TagQueue, ReceiveMessage,
   * DeleteMessage, GetQueueAttributes, DeleteQueue on queues named `yuexiu-<stage>-data-sub-*` only).
   */
  readonly subscriptionQueues?: 'manage';
}

/** True when the declaration reaches personal data: the registry table or the personal-data keys. */
export function touchesPersonalData(access: ResourceAccess): boolean {
  const p = access.personalData;
  return (
    access.tables?.registry !== undefined ||
    (p?.seal?.length ?? 0) > 0 ||
    (p?.open?.length ?? 0) > 0 ||
    p?.blindIndex === true
  );
}

/** Every request of a signed-in caller may leave an audit record (platform/request-audit.ts). */
export const appendsAudit: Pick<Required<ResourceAccess>['tables'], 'audit'> = { audit: { mode: 'append' } };
