import { ArnFormat, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { buckets, tables, type TableId } from '../../functions/src/platform/resources.js';
import { allWorkflowNames as workflows } from '../../workflows/names.js';
import type { DataStack } from './data-stack.js';
import { acknowledgeAwsSolutions } from './nag-acknowledgements.js';
import { nameOf, type StageSettings } from './settings.js';

/** Read and write, but never Scan (hot paths are Query/GetItem) and never table-level administration. */
const readWriteActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

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

const keyActions = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'];

/** ARN of a workflow's state machine, computed from its name so no stack depends on another for it. */
export function stateMachineArn(scope: IConstruct, settings: StageSettings, workflowId: string): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: nameOf(settings, workflowId),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** The environment of every application function (see functions/src/platform/config.ts). */
export function applicationEnvironment(
  scope: IConstruct,
  settings: StageSettings,
  data: DataStack,
): Record<string, string> {
  const env: Record<string, string> = {
    STAGE: settings.stage,
    PUBLIC_ORIGIN: settings.publicOrigin,
    NOTIFIER: 'aws',
    MAX_BODY_BYTES: String(256 * 1024),
    MAX_UPLOAD_BYTES: String(20 * 1024 * 1024),
    POWERTOOLS_LOG_LEVEL: 'INFO',
    KEY_SERVICE: 'kms',
    KMS_PERSONAL_DATA_KEY_ID: data.personalDataKey.keyArn,
    KMS_BLIND_INDEX_KEY_ID: data.blindIndexKey.keyArn,
    // The documents bucket has a GuardDuty Malware Protection plan that tags each scanned object.
    MALWARE_SCAN: 'guardduty',
  };
  for (const table of Object.values(tables)) env[table.envVar] = nameOf(settings, table.id);
  env[buckets.documents.envVar] = data.documents.bucketName;
  for (const wf of workflows) env[wf.envVar] = stateMachineArn(scope, settings, wf.id);
  return env;
}

/** Adds the application's least-privilege statements to a function's managed policy. */
export function grantApplicationAccess(policy: iam.ManagedPolicy, settings: StageSettings, data: DataStack): void {
  const tableResources = (id: TableId) => {
    const table = data.tables[id];
    return [table.tableArn, ...tables[id].indexes.map((index) => `${table.tableArn}/index/${index.name}`)];
  };
  const statements = [
    new iam.PolicyStatement({
      sid: 'ReadWriteCoreAndRegistry',
      actions: readWriteActions,
      resources: [...tableResources('core'), ...tableResources('registry')],
    }),
    new iam.PolicyStatement({ sid: 'AppendOnlyAudit', actions: appendOnlyActions, resources: tableResources('audit') }),
    new iam.PolicyStatement({
      sid: 'TableKeys',
      actions: keyActions,
      resources: [
        ...new Set([data.tableKeys.core, data.tableKeys.registry, data.tableKeys.audit, data.documentsKey]),
      ].map((k) => k.keyArn),
    }),
    new iam.PolicyStatement({
      sid: 'BlindIndexes',
      actions: ['kms:GenerateMac'],
      resources: [data.blindIndexKey.keyArn],
      conditions: { StringEquals: { 'kms:MacAlgorithm': 'HMAC_SHA_256' } },
    }),
    new iam.PolicyStatement({
      sid: 'Documents',
      // Versions: checks and downloads pin the version they verified. Tagging: read GuardDuty's scan
      // result tag. No PutObjectTagging, so no presigned upload can set that tag itself.
      actions: [
        's3:GetObject',
        's3:GetObjectVersion',
        's3:PutObject',
        's3:GetObjectTagging',
        's3:GetObjectVersionTagging',
      ],
      // Imported by its stable export name so that the acknowledgement below can name the resource.
      resources: [`${Fn.importValue(data.documentsArnExport)}/*`],
    }),
    new iam.PolicyStatement({
      sid: 'DocumentsNotFound',
      // Without ListBucket, HeadObject answers 403 instead of 404 for a material not uploaded yet.
      actions: ['s3:ListBucket'],
      resources: [Fn.importValue(data.documentsArnExport)],
    }),
    new iam.PolicyStatement({
      sid: 'StartAndResumeWorkflows',
      actions: [
        'states:StartExecution',
        'states:SendTaskSuccess',
        'states:SendTaskFailure',
        'states:SendTaskHeartbeat',
      ],
      resources: workflows.map((wf) => stateMachineArn(policy, settings, wf.id)),
    }),
    new iam.PolicyStatement({
      sid: 'DescribeWorkflowExecutions',
      actions: ['states:DescribeExecution'],
      resources: workflows.map((wf) =>
        Stack.of(policy).formatArn({
          service: 'states',
          resource: 'execution',
          resourceName: `${nameOf(settings, wf.id)}:*`,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ),
    }),
  ];
  policy.addStatements(...statements);
  acknowledgeAwsSolutions(
    policy,
    `IAM5[Resource::${data.documentsArnExport}/*]`,
    'Object keys are generated by the system per document (never from user input), so object-level access to the documents bucket is the narrowest grant; only reading and writing objects (and their versions) and reading their tags (the malware scan result).',
  );
  for (const wf of workflows) {
    acknowledgeAwsSolutions(
      policy,
      `IAM5[Resource::arn:<AWS::Partition>:states:${Stack.of(policy).region}:<AWS::AccountId>:execution:${nameOf(settings, wf.id)}:*]`,
      'Execution names are case ids created at run time; DescribeExecution is limited to executions of this one state machine.',
    );
  }
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
      actions: keyActions,
      resources: [data.tableKeys.audit.keyArn],
    }),
  );
}
