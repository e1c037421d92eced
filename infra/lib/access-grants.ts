import { ArnFormat, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { IConstruct } from 'constructs';
import {
  appendsAudit,
  type BucketUse,
  type ResourceAccess,
  type TableMode,
  type TableUse,
  type WorkflowAction,
  buckets,
  tables,
  type TableId,
  type BucketId,
  changeEventBusName,
  webhookForwarderName,
} from '../../functions/src/deployment.js';
import { allWorkflowNames as workflows } from '../../workflows/names.js';
import type { DataStack } from './data-stack.js';
import { acknowledgeAwsSolutions } from './nag-acknowledgements.js';
import { nameOf, type StageSettings } from './settings.js';

/**
 * One declaration per function (functions/src/route-group-access.ts, functions/src/workflow-tasks.ts)
 * sets both its environment variables (`applicationEnvironment`) and its IAM statements
 * (`grantApplicationAccess`); tests/infra/least-privilege.test.ts proves the synthesized policies grant
 * exactly the declarations. Never Scan, never table administration, never BatchWriteItem.
 */

const readActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];

/**
 * Append-only: add and read. No UpdateItem, DeleteItem, BatchWriteItem (which can delete) or PartiQL
 * writes, so application code cannot change or remove an audit record (tests/infra proves it).
 */
export const appendOnlyActions = [
  'dynamodb:PutItem',
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];

/** DynamoDB actions of a table use (see TableMode). */
export function tableActions(use: TableUse): string[] {
  const byMode: Record<TableMode, string[]> = {
    describe: ['dynamodb:DescribeTable'],
    read: readActions,
    write: [...readActions, 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    append: appendOnlyActions,
  };
  return [...byMode[use.mode], ...(use.delete ? ['dynamodb:DeleteItem'] : [])];
}

/** KMS actions on a table's or bucket's key, used by DynamoDB or S3 on the caller's behalf. */
export function storageKeyActions(writes: boolean): string[] {
  return writes
    ? ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']
    : ['kms:Decrypt', 'kms:DescribeKey'];
}

/** Step Functions actions of a workflow use (see WorkflowAction). */
export const workflowActions: Record<WorkflowAction, string[]> = {
  start: ['states:StartExecution'],
  resume: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
  heartbeat: ['states:SendTaskHeartbeat'],
  describe: ['states:DescribeStateMachine'],
};

/** ARN of a workflow's state machine, computed from its name so no stack depends on another for it. */
export function stateMachineArn(scope: IConstruct, settings: StageSettings, workflowId: string): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: nameOf(settings, workflowId),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** The change event bus (data-sharing/events), by its fixed name. */
export function changeEventBusArn(scope: IConstruct, settings: StageSettings): string {
  return Stack.of(scope).formatArn({
    service: 'events',
    resource: 'event-bus',
    resourceName: nameOf(settings, changeEventBusName),
  });
}

/** The subscriptions' rules on that bus (`data-sub-<subscription id>`, data-sharing/events/eventbridge.ts). */
export function subscriptionRulesArn(scope: IConstruct, settings: StageSettings): string {
  return Stack.of(scope).formatArn({
    service: 'events',
    resource: 'rule',
    resourceName: `${nameOf(settings, changeEventBusName)}/data-sub-*`,
  });
}

/** The SQS actions of the subscription queues adapter (data-sharing/events/sqs.ts), exactly. */
export const subscriptionQueueActions = [
  'sqs:CreateQueue',
  'sqs:TagQueue',
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:DeleteQueue',
].sort();

/** The queue subscriptions' queues (`yuexiu-<stage>-data-sub-<subscription id>`, created at run time). */
export function subscriptionQueuesArn(scope: IConstruct, settings: StageSettings): string {
  return Stack.of(scope).formatArn({
    service: 'sqs',
    resource: `${nameOf(settings, 'data-sub-')}*`,
    arnFormat: ArnFormat.NO_RESOURCE_NAME,
  });
}

/** The webhook forwarder, by its fixed function name. */
export function webhookForwarderArn(scope: IConstruct, settings: StageSettings): string {
  return Stack.of(scope).formatArn({
    service: 'lambda',
    resource: 'function',
    resourceName: nameOf(settings, webhookForwarderName),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** The sign-in audit trigger's declaration: it only appends to the audit trail. */
const auditOnly: ResourceAccess = { tables: appendsAudit };

/**
 * The environment of one application function (see functions/src/platform/config.ts): the settings every
 * function reads, and the names of exactly the resources `access` declares.
 */
export function applicationEnvironment(
  scope: IConstruct,
  settings: StageSettings,
  data: DataStack,
  access: ResourceAccess = auditOnly,
): Record<string, string> {
  const env: Record<string, string> = {
    STAGE: settings.stage,
    PUBLIC_ORIGIN: settings.publicOrigin,
    NOTIFIER: 'aws',
    MAX_BODY_BYTES: String(256 * 1024),
    MAX_UPLOAD_BYTES: String(20 * 1024 * 1024),
    POWERTOOLS_LOG_LEVEL: 'INFO',
    // The documents bucket has a GuardDuty Malware Protection plan that tags each scanned object.
    MALWARE_SCAN: 'guardduty',
  };
  if (access.personalData) {
    env.KEY_SERVICE = 'kms';
    env.KMS_PERSONAL_DATA_KEY_ID = data.personalDataKey.keyArn;
    env.KMS_BLIND_INDEX_KEY_ID = data.blindIndexKey.keyArn;
  }
  if (access.certificateKeys) {
    env.CERT_SIGNER = 'kms';
    env.CERT_SIGNING_KMS_KEY_IDS = data.certificateSigningKey.keyArn;
  }
  if (access.changeEvents) {
    env.CHANGE_EVENTS = 'eventbridge';
    env.CHANGE_EVENT_BUS = nameOf(settings, changeEventBusName);
    env.WEBHOOK_FORWARDER_ARN = webhookForwarderArn(scope, settings);
  }
  if (access.subscriptionQueues) env.SUBSCRIPTION_QUEUES = 'sqs';
  for (const id of Object.keys(access.tables ?? {}) as TableId[]) env[tables[id].envVar] = nameOf(settings, id);
  if (access.buckets?.documents) env[buckets.documents.envVar] = data.documents.bucketName;
  if (access.buckets?.archive) env[buckets.archive.envVar] = data.archive.bucketName;
  for (const wf of workflows) {
    if (access.workflows?.[wf.id as keyof typeof access.workflows]) {
      env[wf.envVar] = stateMachineArn(scope, settings, wf.id);
    }
  }
  return env;
}

/** Adds the statements of `access` to a function's managed policy, and nothing else. */
export function grantApplicationAccess(
  policy: iam.ManagedPolicy,
  settings: StageSettings,
  data: DataStack,
  access: ResourceAccess,
): void {
  const region = Stack.of(policy).region;
  const statements: iam.PolicyStatement[] = [];
  const storageKeys = new Map<kms.Key, { via: Set<string>; writes: boolean }>();
  const useKey = (key: kms.Key, service: string, writes: boolean) => {
    const entry = storageKeys.get(key) ?? { via: new Set<string>(), writes: false };
    entry.via.add(`${service}.${region}.amazonaws.com`);
    entry.writes ||= writes;
    storageKeys.set(key, entry);
  };

  for (const [id, use] of Object.entries(access.tables ?? {}) as [TableId, TableUse][]) {
    const table = data.tables[id];
    const known = tables[id].indexes.map((i) => i.name as string);
    const unknown = (use.indexes ?? []).filter((i) => !known.includes(i));
    if (unknown.length > 0) throw new Error(`Table ${id} has no index ${unknown.join(', ')}`);
    statements.push(
      new iam.PolicyStatement({
        sid: `Table${pascal(id)}`,
        actions: tableActions(use),
        resources: [table.tableArn, ...(use.indexes ?? []).map((index) => `${table.tableArn}/index/${index}`)],
      }),
    );
    if (use.mode !== 'describe') useKey(data.tableKeys[id], 'dynamodb', use.mode !== 'read' || use.delete === true);
  }

  for (const [id, use] of Object.entries(access.buckets ?? {}) as [BucketId, BucketUse][]) {
    addBucketStatements(policy, statements, data, id, use, useKey);
  }

  for (const [key, { via, writes }] of storageKeys) {
    statements.push(
      new iam.PolicyStatement({
        sid: `StorageKey${statements.length}`,
        actions: storageKeyActions(writes),
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': oneOrMany([...via].sort()) } },
      }),
    );
  }

  const personal = access.personalData;
  // Data keys of field-level encryption: only for the purposes the function declares, bound by the
  // encryption context `{ purpose }` that platform/personal-data/key-service/kms.ts passes, and no other key.
  const contextOf = (purposes: readonly string[]) => ({
    StringEquals: { 'kms:EncryptionContext:purpose': oneOrMany(purposes) },
    'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'purpose' },
  });
  if (personal?.seal?.length) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'SealPersonalData',
        actions: ['kms:GenerateDataKey'],
        resources: [data.personalDataKey.keyArn],
        conditions: contextOf(personal.seal),
      }),
    );
  }
  if (personal?.open?.length) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'OpenPersonalData',
        actions: ['kms:Decrypt'],
        resources: [data.personalDataKey.keyArn],
        conditions: contextOf(personal.open),
      }),
    );
  }
  if (personal?.blindIndex) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'BlindIndexes',
        actions: ['kms:GenerateMac'],
        resources: [data.blindIndexKey.keyArn],
        conditions: { StringEquals: { 'kms:MacAlgorithm': 'HMAC_SHA_256' } },
      }),
    );
  }

  if (access.certificateKeys) {
    // Verifiers read the public half; signers also sign ES256 (GetPublicKey carries no signing algorithm).
    const key = data.certificateSigningKey.keyArn;
    statements.push(
      new iam.PolicyStatement({ sid: 'CertificatePublicKeys', actions: ['kms:GetPublicKey'], resources: [key] }),
    );
    if (access.certificateKeys === 'sign') {
      statements.push(
        new iam.PolicyStatement({
          sid: 'SignCertificates',
          actions: ['kms:Sign'],
          resources: [key],
          conditions: { StringEquals: { 'kms:SigningAlgorithm': 'ECDSA_SHA_256' } },
        }),
      );
    }
  }

  if (access.changeEvents) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'PublishChangeEvents',
        actions: ['events:PutEvents'],
        resources: [changeEventBusArn(policy, settings)],
      }),
    );
  }
  if (access.changeEvents === 'route') {
    // One rule per subscription, created and deleted at run time: only rules of the subscriptions' name prefix on
    // the change event bus; their target is the forwarder, which EventBridge invokes by its resource policy.
    statements.push(
      new iam.PolicyStatement({
        sid: 'RouteChangeEvents',
        actions: ['events:PutRule', 'events:PutTargets', 'events:RemoveTargets', 'events:DeleteRule'],
        resources: [subscriptionRulesArn(policy, settings)],
      }),
    );
    acknowledgeAwsSolutions(
      policy,
      `IAM5[Resource::arn:<AWS::Partition>:events:${region}:<AWS::AccountId>:rule/${nameOf(settings, changeEventBusName)}/data-sub-*]`,
      'One rule per subscription is created at run time (data-sharing/events/eventbridge.ts); the grant is limited to rules of the subscriptions’ name prefix on the change event bus.',
    );
  }

  if (access.subscriptionQueues === 'manage') {
    // One queue per queue subscription, created and deleted at run time: only queues of the subscriptions' name
    // prefix; EventBridge writes into each by the queue's own policy (the subscription's rule only), not by this.
    statements.push(
      new iam.PolicyStatement({
        sid: 'SubscriptionQueues',
        actions: subscriptionQueueActions,
        resources: [subscriptionQueuesArn(policy, settings)],
      }),
    );
    acknowledgeAwsSolutions(
      policy,
      `IAM5[Resource::arn:<AWS::Partition>:sqs:${region}:<AWS::AccountId>:${nameOf(settings, 'data-sub-')}*]`,
      'One queue per queue subscription is created at run time (data-sharing/events/sqs.ts); the grant is limited to queues of the subscriptions’ name prefix.',
    );
  }

  for (const wf of workflows) {
    const uses = access.workflows?.[wf.id as keyof typeof access.workflows] ?? [];
    if (uses.length === 0) continue;
    statements.push(
      new iam.PolicyStatement({
        sid: `Workflow${pascal(wf.id)}`,
        actions: uses.flatMap((u) => workflowActions[u]),
        resources: [stateMachineArn(policy, settings, wf.id)],
      }),
    );
  }
  policy.addStatements(...statements);
}

function addBucketStatements(
  policy: iam.ManagedPolicy,
  statements: iam.PolicyStatement[],
  data: DataStack,
  id: BucketId,
  use: BucketUse,
  useKey: (key: kms.Key, service: string, writes: boolean) => void,
): void {
  // Imported by its stable export name so that the acknowledgements can name the resources.
  const arnExport = id === 'documents' ? data.documentsArnExport : data.archiveArnExport;
  const bucketArn = Fn.importValue(arnExport);
  // The documents bucket's statements keep their names; another bucket's carry its name.
  const sid = (name: string) => (id === 'documents' ? name : `${name}${pascal(id)}`);
  const objects = (prefixes: readonly string[]) => prefixes.map((p) => `${bucketArn}/${p}*`);
  const reason =
    'Object keys are generated by the system (never from user input) under fixed prefixes (documents/, results/, search/, official-documents/); the grant is limited to the prefixes this function declares in functions/src/route-group-access.ts or workflow-tasks.ts.';
  const acknowledge = (prefixes: readonly string[]) => {
    for (const p of prefixes) {
      acknowledgeAwsSolutions(policy, `IAM5[Resource::${arnExport}/${p}*]`, reason);
    }
  };
  const read = use.read ?? [];
  const write = use.write ?? [];
  if (read.length > 0) {
    // Versions: checks and downloads pin the version they verified. Tagging: GuardDuty's scan result.
    // PutObjectTagging only where declared (`tag`: the upload-expiry tag); a presigned upload signs its
    // x-amz-tagging value, so the uploader can set no other tag (GuardDuty's scan result included).
    statements.push(
      new iam.PolicyStatement({
        sid: sid('ReadObjects'),
        actions: [
          's3:GetObject',
          's3:GetObjectVersion',
          ...(use.readTags ? ['s3:GetObjectTagging', 's3:GetObjectVersionTagging'] : []),
          ...(use.lock ? ['s3:GetObjectRetention'] : []),
        ],
        resources: objects(read),
      }),
    );
  }
  if (write.length > 0) {
    // Object Lock: a PutObject with a retention needs PutObjectRetention too. Never BypassGovernanceRetention
    // (and COMPLIANCE mode has no bypass at all).
    statements.push(
      new iam.PolicyStatement({
        sid: sid('WriteObjects'),
        actions: ['s3:PutObject', ...(use.lock ? ['s3:PutObjectRetention'] : [])],
        resources: objects(write),
      }),
    );
  }
  const tag = use.tag ?? [];
  if (tag.length > 0) {
    statements.push(
      new iam.PolicyStatement({ sid: sid('TagObjects'), actions: ['s3:PutObjectTagging'], resources: objects(tag) }),
    );
  }
  acknowledge([...new Set([...read, ...write, ...tag])]);
  if (use.list) {
    // Without ListBucket, HeadObject answers 403 instead of 404 for a material not uploaded yet.
    statements.push(
      new iam.PolicyStatement({ sid: sid('ListDocuments'), actions: ['s3:ListBucket'], resources: [bucketArn] }),
    );
  }
  if (read.length > 0 || write.length > 0) useKey(data.documentsKey, 's3', write.length > 0);
}

/** IAM condition values: a single value as a string, several as a list (as IAM documents them). */
function oneOrMany(values: readonly string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : [...values];
}

function pascal(id: string): string {
  return id.replace(/(^|[-_.])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());
}

/**
 * Append-only access to the audit table and nothing else (the Cognito sign-in trigger): the audit actions
 * on the table and its indexes, and the table's key for DynamoDB's encryption at rest.
 */
export function grantAuditAppendOnly(policy: iam.ManagedPolicy, data: DataStack): void {
  const table = data.tables.audit;
  policy.addStatements(
    new iam.PolicyStatement({
      sid: 'AppendOnlyAudit',
      actions: appendOnlyActions,
      resources: [table.tableArn, ...tables.audit.indexes.map((index) => `${table.tableArn}/index/${index.name}`)],
    }),
    new iam.PolicyStatement({
      sid: 'AuditTableKey',
      actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      resources: [data.tableKeys.audit.keyArn],
    }),
  );
}
