import type { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceAccess } from '../../functions/src/platform/resource-access.js';
import { physicalName } from '../../functions/src/platform/resources.js';
import { routeGroupAccess, type RouteGroup } from '../../functions/src/route-group-access.js';
import { routeGroups, routes } from '../../functions/src/routes.js';
import { archiveSweepAccess, deadlineSweepAccess, workflowTasks } from '../../functions/src/workflow-tasks.js';
import { webhookForwarderAccess } from '../../functions/src/data-sharing/events/forwarder-access.js';
import {
  deadLetterKeeperAccess,
  deadLetterKeeperName,
} from '../../functions/src/data-sharing/events/dead-letter-access.js';
import {
  machineRouteAuthorizerAccess,
  machineRouteAuthorizerName,
} from '../../functions/src/data-sharing/authorizer/access.js';
import { synthesize, type SynthesizedApp } from './synth.js';

/**
 * Issue 10 item 6: every application function's synthesized IAM policy grants exactly what its declaration
 * (functions/src/route-group-access.ts, functions/src/workflow-tasks.ts) names — no extra action, resource or
 * missing condition — and its environment names exactly the declared resources. The expected grants are
 * spelled out here, independently of infra/lib/access-grants.ts.
 */
let app: SynthesizedApp;
const region = 'ap-east-1';

beforeAll(() => {
  app = synthesize('dev');
}, 180_000);

const logicalId = (stack: Stack, construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as never);

/** A readable label of a policy resource: which table, index, key, bucket prefix or state machine it is. */
function label(resource: unknown): string {
  const text = JSON.stringify(resource);
  const data = app.stacks.data;
  for (const id of ['core', 'registry', 'audit'] as const) {
    if (text.includes(logicalId(data, data.tables[id]))) {
      const index = /\/index\/([A-Za-z0-9]+)/.exec(text);
      return index ? `table:${id}/index/${index[1]}` : `table:${id}`;
    }
  }
  const keys = {
    'key:data': data.documentsKey,
    'key:registry': data.personalDataKey,
    'key:mac': data.blindIndexKey,
    'key:certificates': data.certificateSigningKey,
  };
  for (const [name, key] of Object.entries(keys)) if (text.includes(logicalId(data, key))) return name;
  for (const [id, arnExport] of [
    ['documents', data.documentsArnExport],
    ['archive', data.archiveArnExport],
  ] as const) {
    if (text.includes(arnExport)) {
      const prefix = /"\/([a-z-]+\/)\*"/.exec(text);
      return prefix ? `bucket:${id}/${prefix[1]}*` : `bucket:${id}`;
    }
  }
  if (text.includes('event-bus/yuexiu-dev-change-events')) return 'events:bus';
  if (text.includes('rule/yuexiu-dev-change-events/data-sub-*')) return 'events:subscription-rules';
  if (/ChangeEventsDeadLetters/.test(text)) return 'queue:change-events-dead-letters';
  if (/ChangeEventsDeadLetterKeeper/.test(text)) return `function:${physicalName('dev', deadLetterKeeperName)}`;
  if (text.includes(':yuexiu-dev-data-sub-*')) return 'queue:subscription-queues';
  const auth = app.stacks.auth;
  if (text.includes(logicalId(auth, auth.staff.pool))) return 'cognito:staff-pool';
  const machine = /stateMachine:yuexiu-dev-([a-z-]+)/.exec(text);
  if (machine) return `workflow:${machine[1]}`;
  return `unknown:${text}`;
}

/** One grant: action on a labelled resource under conditions. */
const grant = (action: string, resource: string, conditions?: unknown) =>
  `${action} ${resource}${conditions ? ` if ${JSON.stringify(conditions)}` : ''}`;

function grantsOfPolicy(template: any, functionName: string): { grants: string[]; env: Record<string, string> } {
  const functions = Object.values<any>(template.Resources).filter(
    (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === functionName,
  );
  expect(functions, functionName).toHaveLength(1);
  const fn = functions[0];
  const role = template.Resources[fn.Properties.Role['Fn::GetAtt'][0]];
  expect(role.Properties.Policies).toBeUndefined();
  const policyIds = (role.Properties.ManagedPolicyArns as any[]).map((arn) => arn.Ref);
  expect(policyIds).toHaveLength(1);
  const statements = template.Resources[policyIds[0]].Properties.PolicyDocument.Statement as any[];
  const grants = statements
    // Platform-wide grants, checked in edge-trust.test.ts: logs, traces and the edge trust secrets.
    .filter((s) => !['WriteOwnLogs', 'XRayTraces', 'ReadEdgeTrustSecrets', 'DecryptEdgeTrustSecrets'].includes(s.Sid))
    .flatMap((s) => {
      expect(s.Effect).toBe('Allow');
      const resources = [s.Resource].flat();
      return [s.Action].flat().flatMap((a: string) => resources.map((r) => grant(a, label(r), s.Condition)));
    });
  return { grants: grants.sort(), env: fn.Properties.Environment.Variables };
}

const tableKey: Record<string, string> = { core: 'key:data', audit: 'key:data', registry: 'key:registry' };
const via = (service: string) => ({ StringEquals: { 'kms:ViaService': `${service}.${region}.amazonaws.com` } });
const viaBoth = {
  StringEquals: { 'kms:ViaService': [`dynamodb.${region}.amazonaws.com`, `s3.${region}.amazonaws.com`] },
};
const purposeCondition = (purposes: readonly string[]) => ({
  StringEquals: { 'kms:EncryptionContext:purpose': purposes.length === 1 ? purposes[0] : [...purposes] },
  'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'purpose' },
});

/** The grants a declaration asks for, spelled out from the declaration's documented meaning. */
function expectedGrants(access: ResourceAccess): string[] {
  const out: string[] = [];
  const reads = ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem'];
  const keyUse = new Map<string, { services: Set<string>; writes: boolean }>();
  const useKey = (key: string, service: string, writes: boolean) => {
    const entry = keyUse.get(key) ?? { services: new Set<string>(), writes: false };
    entry.services.add(service);
    entry.writes ||= writes;
    keyUse.set(key, entry);
  };
  for (const [id, use] of Object.entries(access.tables ?? {})) {
    const actions = {
      describe: ['DescribeTable'],
      read: reads,
      write: [...reads, 'PutItem', 'UpdateItem'],
      append: ['PutItem', 'GetItem', 'Query', 'ConditionCheckItem', 'DescribeTable'],
    }[use.mode];
    if (use.delete) actions.push('DeleteItem');
    const resources = [`table:${id}`, ...(use.indexes ?? []).map((i) => `table:${id}/index/${i}`)];
    for (const a of actions) for (const r of resources) out.push(grant(`dynamodb:${a}`, r));
    if (use.mode !== 'describe') useKey(tableKey[id]!, 'dynamodb', use.mode !== 'read' || use.delete === true);
  }
  for (const [id, bucket] of Object.entries(access.buckets ?? {})) {
    for (const p of bucket.read ?? []) {
      for (const a of [
        'GetObject',
        'GetObjectVersion',
        ...(bucket.readTags ? ['GetObjectTagging', 'GetObjectVersionTagging'] : []),
        ...(bucket.lock ? ['GetObjectRetention'] : []),
      ])
        out.push(grant(`s3:${a}`, `bucket:${id}/${p}*`));
    }
    for (const p of bucket.write ?? []) {
      for (const a of ['PutObject', ...(bucket.lock ? ['PutObjectRetention'] : [])]) {
        out.push(grant(`s3:${a}`, `bucket:${id}/${p}*`));
      }
    }
    for (const p of bucket.tag ?? []) out.push(grant('s3:PutObjectTagging', `bucket:${id}/${p}*`));
    if (bucket.list) out.push(grant('s3:ListBucket', `bucket:${id}`));
    if (bucket.read?.length || bucket.write?.length) useKey('key:data', 's3', (bucket.write?.length ?? 0) > 0);
  }
  for (const [key, { services, writes }] of keyUse) {
    const condition = services.size === 2 ? viaBoth : via([...services][0]!);
    const actions = writes ? ['Decrypt', 'DescribeKey', 'Encrypt', 'GenerateDataKey'] : ['Decrypt', 'DescribeKey'];
    for (const a of actions) out.push(grant(`kms:${a}`, key, condition));
  }
  const personal = access.personalData;
  if (personal?.seal?.length) out.push(grant('kms:GenerateDataKey', 'key:registry', purposeCondition(personal.seal)));
  if (personal?.open?.length) out.push(grant('kms:Decrypt', 'key:registry', purposeCondition(personal.open)));
  if (personal?.blindIndex)
    out.push(grant('kms:GenerateMac', 'key:mac', { StringEquals: { 'kms:MacAlgorithm': 'HMAC_SHA_256' } }));
  if (access.certificateKeys) out.push(grant('kms:GetPublicKey', 'key:certificates'));
  if (access.certificateKeys === 'sign')
    out.push(grant('kms:Sign', 'key:certificates', { StringEquals: { 'kms:SigningAlgorithm': 'ECDSA_SHA_256' } }));
  const actionsOf = {
    start: ['StartExecution'],
    resume: ['SendTaskSuccess', 'SendTaskFailure'],
    heartbeat: ['SendTaskHeartbeat'],
    describe: ['DescribeStateMachine'],
  };
  for (const [id, uses] of Object.entries(access.workflows ?? {})) {
    for (const u of uses ?? []) for (const a of actionsOf[u]) out.push(grant(`states:${a}`, `workflow:${id}`));
  }
  if (access.changeEvents) out.push(grant('events:PutEvents', 'events:bus'));
  if (access.changeEvents === 'route')
    for (const a of ['PutRule', 'PutTargets', 'RemoveTargets', 'DeleteRule'])
      out.push(grant(`events:${a}`, 'events:subscription-rules'));
  if (access.machineClients === 'manage')
    for (const a of [
      'CreateUserPoolClient',
      'DeleteUserPoolClient',
      'AddUserPoolClientSecret',
      'DeleteUserPoolClientSecret',
      'ListUserPoolClientSecrets',
    ])
      out.push(grant(`cognito-idp:${a}`, 'cognito:staff-pool'));
  if (access.subscriptionQueues === 'manage')
    for (const a of ['CreateQueue', 'TagQueue', 'ReceiveMessage', 'DeleteMessage', 'GetQueueAttributes', 'DeleteQueue'])
      out.push(grant(`sqs:${a}`, 'queue:subscription-queues'));
  return out.sort();
}

/** The resource variables a declaration names (config.ts), and only those. */
function expectedResourceVariables(access: ResourceAccess): string[] {
  const vars = Object.keys(access.tables ?? {}).map((id) => `TABLE_${id.toUpperCase()}`);
  if (access.buckets?.documents) vars.push('BUCKET_DOCUMENTS');
  if (access.buckets?.archive) vars.push('BUCKET_ARCHIVE');
  if (access.workflows?.['case-approval']) vars.push('SFN_CASE_APPROVAL_ARN');
  if (access.workflows?.['grid-event']) vars.push('SFN_GRID_EVENT_ARN');
  if (access.workflows?.['data-request']) vars.push('SFN_DATA_REQUEST_ARN');
  if (access.personalData) vars.push('KEY_SERVICE', 'KMS_PERSONAL_DATA_KEY_ID', 'KMS_BLIND_INDEX_KEY_ID');
  if (access.changeEvents) vars.push('CHANGE_EVENTS', 'CHANGE_EVENT_BUS', 'WEBHOOK_FORWARDER_ARN');
  if (access.machineClients) vars.push('MACHINE_CLIENTS', 'MACHINE_CLIENT_POOL_ID', 'MACHINE_CLIENT_TOKEN_URL');
  if (access.subscriptionQueues) vars.push('SUBSCRIPTION_QUEUES');
  return vars.sort();
}
const resourceVariable =
  /^(TABLE_|BUCKET_|SFN_|KMS_|KEY_SERVICE|CHANGE_EVENT|WEBHOOK_FORWARDER|MACHINE_CLIENT|SUBSCRIPTION_QUEUES)/;

const functionsUnderTest = [
  ...routeGroups.map((g) => ({
    name: physicalName('dev', `api-${g}`),
    stack: 'api' as const,
    access: routeGroupAccess[g as RouteGroup] as ResourceAccess,
  })),
  ...workflowTasks.map((t) => ({
    name: physicalName('dev', `task-${t.id}`),
    stack: 'workflows' as const,
    access: t.access as ResourceAccess,
  })),
  { name: physicalName('dev', 'deadline-sweep'), stack: 'workflows' as const, access: deadlineSweepAccess },
  { name: physicalName('dev', 'archive-sweep'), stack: 'workflows' as const, access: archiveSweepAccess },
  // Their destinations' grants are checked below.
  { name: physicalName('dev', 'webhook-forwarder'), stack: 'workflows' as const, access: webhookForwarderAccess },
  { name: physicalName('dev', deadLetterKeeperName), stack: 'workflows' as const, access: deadLetterKeeperAccess },
  {
    name: physicalName('dev', machineRouteAuthorizerName),
    stack: 'api' as const,
    access: machineRouteAuthorizerAccess,
  },
];

describe('every function is granted exactly what it declares', () => {
  it.each(functionsUnderTest.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const template = app.templates[physicalName('dev', f.stack)];
    const { grants, env } = grantsOfPolicy(template, f.name);
    expect(grants.filter((g) => g.includes('unknown:'))).toEqual([]);
    // The forwarder's failures go to the keeper, and what the keeper cannot keep to the dead-letter queue.
    const deadLetters = f.name.endsWith('webhook-forwarder')
      ? [grant('lambda:InvokeFunction', `function:${physicalName('dev', deadLetterKeeperName)}`)]
      : f.name.endsWith(deadLetterKeeperName)
        ? [grant('sqs:SendMessage', 'queue:change-events-dead-letters')]
        : [];

    expect(grants).toEqual([...expectedGrants(f.access), ...deadLetters].sort());
    expect(
      Object.keys(env)
        .filter((v) => resourceVariable.test(v))
        .sort(),
    ).toEqual(
      // The authorizer verifies the staff pool's tokens: it names the pool, with no grant on it.
      f.name.endsWith(machineRouteAuthorizerName)
        ? [...expectedResourceVariables(f.access), 'MACHINE_CLIENT_POOL_ID'].sort()
        : expectedResourceVariables(f.access),
    );
  });
});

describe('anonymous-facing functions never reach personal data', () => {
  const publicGroups = routeGroups.filter((g) =>
    routes.filter((r) => r.group === g).every((r) => 'public' in r.access),
  );

  it('finds the public groups, the form PDF among them', () => {
    expect(publicGroups).toEqual(expect.arrayContaining(['health', 'search', 'outlets', 'openapi', 'form-pdf']));
  });

  it.each(publicGroups)(
    '%s has no registry table, personal-data key or blind-index key, and no write to the audit trail',
    (g) => {
      const { grants, env } = grantsOfPolicy(
        app.templates[physicalName('dev', 'api')],
        physicalName('dev', `api-${g}`),
      );
      expect(grants.filter((x) => /table:registry|key:registry|key:mac|table:audit/.test(x))).toEqual([]);
      expect(env.TABLE_REGISTRY).toBeUndefined();
      expect(env.KMS_PERSONAL_DATA_KEY_ID).toBeUndefined();
    },
  );

  it('no function may Scan, BatchWriteItem or use a personal-data key without an encryption context', () => {
    for (const f of functionsUnderTest) {
      const { grants } = grantsOfPolicy(app.templates[physicalName('dev', f.stack)], f.name);
      expect(grants.filter((g) => /dynamodb:(Scan|BatchWriteItem)/.test(g))).toEqual([]);
      const direct = grants.filter((g) => g.includes('key:registry') && !g.includes('kms:ViaService'));
      for (const g of direct) expect(g).toContain('kms:EncryptionContext:purpose');
    }
  });
});
