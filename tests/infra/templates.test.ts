import { Template, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { businessMetric, metricsNamespace } from '../../functions/src/platform/metric-names.js';
import { allTables, physicalName } from '../../functions/src/platform/resources.js';
import { staffRoles } from '../../functions/src/platform/roles.js';
import { isMachineRoute, routeKey } from '../../functions/src/platform/route-table.js';
import { machineRouteAuthorizerName } from '../../functions/src/data-sharing/authorizer/access.js';
import { routeGroups, routes } from '../../functions/src/routes.js';
import { workflowTasks } from '../../functions/src/workflow-tasks.js';
import { workflows } from '../../workflows/index.js';
import { resourcesOfType, synthesize, type SynthesizedApp } from './synth.js';

const keySchema = (pk: { name: string }, sk?: { name: string }) => [
  { AttributeName: pk.name, KeyType: 'HASH' },
  ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' }] : []),
];

describe('the synthesized dev stage', () => {
  let app: SynthesizedApp;
  let data: Template;
  let auth: Template;
  let api: Template;
  let flows: Template;
  beforeAll(() => {
    app = synthesize('dev');
    data = Template.fromStack(app.stacks.data);
    auth = Template.fromStack(app.stacks.auth);
    api = Template.fromStack(app.stacks.api);
    flows = Template.fromStack(app.stacks.workflows);
  }, 180_000);

  it('names every stack yuexiu-dev-<name>', () => {
    expect(Object.keys(app.templates).sort()).toEqual(
      ['api', 'api-citizen', 'api-staff', 'auth', 'data', 'operations', 'waf', 'web', 'workflows'].map(
        (n) => `yuexiu-dev-${n}`,
      ),
    );
  });

  describe.each(allTables.map((t) => [t.id, t] as const))('table %s', (_id, table) => {
    it('has the keys, indexes, TTL, PITR and KMS encryption of its definition', () => {
      data.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: physicalName('dev', table.id),
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: keySchema(table.partitionKey, table.sortKey),
        GlobalSecondaryIndexes: table.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: { ProjectionType: 'ALL' },
        })),
        TimeToLiveSpecification: table.timeToLiveAttribute
          ? { AttributeName: table.timeToLiveAttribute, Enabled: true }
          : Match.absent(),
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
      });
    });
  });

  it('encrypts the registry table with a key of its own', () => {
    const tables = data.findResources('AWS::DynamoDB::Table');
    const keyOf = (name: string) =>
      JSON.stringify(
        Object.values(tables).find((t: any) => t.Properties.TableName === physicalName('dev', name))?.Properties
          .SSESpecification.KMSMasterKeyId,
      );
    expect(keyOf('registry')).not.toEqual(keyOf('core'));
    expect(keyOf('audit')).toEqual(keyOf('core'));
    // Every encryption key rotates yearly; KMS cannot rotate the HMAC key of the blind indexes (re-keyed by re-indexing).
    const keys = Object.values(data.findResources('AWS::KMS::Key')) as any[];
    const hmac = keys.filter((k) => k.Properties.KeySpec === 'HMAC_256');
    expect(hmac).toHaveLength(1);
    expect(hmac[0].Properties.KeyUsage).toBe('GENERATE_VERIFY_MAC');
    // KMS rotates symmetric keys only; the certificate signing key (ECC) rotates by a new key beside it.
    for (const key of keys.filter((k) => (k.Properties.KeySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT')) {
      expect(key.Properties.EnableKeyRotation, key.Properties.Description).toBe(true);
    }
  });

  it('backs the tables up daily for 35 days', () => {
    data.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: { BackupPlanRule: [Match.objectLike({ RuleName: 'Daily', Lifecycle: { DeleteAfterDays: 35 } })] },
    });
  });

  it('requires TOTP MFA and admin-created users in the staff pool', () => {
    auth.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: 'yuexiu-dev-staff',
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12 }) },
      Schema: Match.arrayWith([
        // Set by an administrator at account creation; no client can write them (issue 10 §1).
        Match.objectLike({ Name: 'department', Mutable: false }),
        Match.objectLike({ Name: 'street', Mutable: false }),
      ]),
    });
  });

  it('lets citizens sign up with optional TOTP', () => {
    auth.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: 'yuexiu-dev-citizens',
      MfaConfiguration: 'OPTIONAL',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    });
    const citizens = Object.values(auth.findResources('AWS::Cognito::UserPool')).find(
      (p: any) => p.Properties.UserPoolName === 'yuexiu-dev-citizens',
    ) as any;
    expect([...citizens.Properties.UsernameAttributes].sort()).toEqual(['email', 'phone_number']);
  });

  it('has one staff-pool group per staff role', () => {
    const groups = Object.values(auth.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g: any) => g.Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...staffRoles, 'citizen', 'enterprise'].sort());
  });

  it('gives the portal public code-grant clients only, and department systems client credentials', () => {
    const clients = Object.values<any>(auth.findResources('AWS::Cognito::UserPoolClient'));
    const portal = clients.filter((c) => c.Properties.ClientName === 'portal');
    expect(portal).toHaveLength(2);
    for (const client of portal) {
      expect(client.Properties).toMatchObject({
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        CallbackURLs: ['https://yuexiu.example.gov.cn/auth/callback'],
        LogoutURLs: ['https://yuexiu.example.gov.cn/'],
      });
    }
    // The data sharing resource server and its machine clients (issue 15): the client credentials grant only.
    auth.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'yuexiu-data',
      Scopes: [Match.objectLike({ ScopeName: 'records.read' })],
    });
    for (const client of clients.filter((c) => c.Properties.ClientName !== 'portal')) {
      expect(client.Properties).toMatchObject({ GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'] });
    }
  });

  it('makes one function per route group', () => {
    const names = Object.values(api.findResources('AWS::Lambda::Function')).map((f: any) => f.Properties.FunctionName);
    // And the staff API's machine routes' authorizer (functions/src/data-sharing/authorizer).
    expect(names.sort()).toEqual(
      [
        ...routeGroups.map((g) => physicalName('dev', `api-${g}`)),
        physicalName('dev', machineRouteAuthorizerName),
      ].sort(),
    );
    api.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: Match.stringLikeRegexp('^nodejs2[2-9]'),
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
    });
    // Reserved per route group in prod only (tests/infra/prod-stage.test.ts): a dev account's quota may be small.
    api.allResourcesProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: Match.absent() });
  });

  it.each(['Citizen', 'Staff'])(
    'registers every route exactly once in the %s API, public ↔ no authorizer, machine routes of staff ↔ Lambda',
    (audience) => {
      const http = Template.fromStack(audience === 'Citizen' ? app.stacks.citizenApi : app.stacks.staffApi);
      const apiLogicalId = Object.keys(
        http.findResources('AWS::ApiGatewayV2::Api', {
          Properties: { Name: `yuexiu-dev-api-${audience.toLowerCase()}` },
        }),
      )[0];
      const ofApi = (type: string) =>
        Object.keys(
          http.findResources('AWS::ApiGatewayV2::Authorizer', {
            Properties: { ApiId: { Ref: apiLogicalId }, AuthorizerType: type },
          }),
        );
      const jwt = ofApi('JWT');
      const lambda = ofApi('REQUEST');
      expect(jwt).toHaveLength(1);
      // Only the staff API: department systems' tokens come from the staff pool, whose app clients registered at
      // run time the JWT authorizer's fixed audience does not know.
      expect(lambda).toHaveLength(audience === 'Staff' ? 1 : 0);
      if (audience === 'Staff') {
        const [authorizer] = Object.values(
          http.findResources('AWS::ApiGatewayV2::Authorizer', {
            Properties: { AuthorizerType: 'REQUEST' },
          }),
        ) as any[];
        expect(authorizer.Properties).toMatchObject({
          AuthorizerPayloadFormatVersion: '2.0',
          EnableSimpleResponses: true,
          IdentitySource: ['$request.header.Authorization'],
          AuthorizerResultTtlInSeconds: 60,
        });
      }
      const apiRoutes = Object.values(
        http.findResources('AWS::ApiGatewayV2::Route', { Properties: { ApiId: { Ref: apiLogicalId } } }),
      ) as any[];
      expect(apiRoutes).toHaveLength(routes.length);
      expect(routes.filter(isMachineRoute).length).toBeGreaterThan(0);
      for (const route of routes) {
        const matching = apiRoutes.filter((r) => r.Properties.RouteKey === routeKey(route));
        expect(matching, routeKey(route)).toHaveLength(1);
        const props = matching[0].Properties;
        if ('public' in route.access) {
          expect(props.AuthorizationType, routeKey(route)).toBe('NONE');
          expect(props.AuthorizerId).toBeUndefined();
        } else if (audience === 'Staff' && isMachineRoute(route)) {
          expect(props.AuthorizationType, routeKey(route)).toBe('CUSTOM');
          expect(props.AuthorizerId).toEqual({ Ref: lambda[0] });
        } else {
          expect(props.AuthorizationType, routeKey(route)).toBe('JWT');
          expect(props.AuthorizerId).toEqual({ Ref: jwt[0] });
        }
      }
    },
  );

  it("keeps every stack well under CloudFormation's 500 resources", () => {
    // Synthesis refuses a stack over 500; two resources per route per API (route, plus the group's shared
    // integration and one invoke permission per function) leave room for the plan's next route groups.
    for (const [stack, template] of Object.entries(app.templates)) {
      expect(Object.keys(template.Resources ?? {}).length, stack).toBeLessThanOrEqual(450);
    }
  });

  it('lets each API invoke each group function through one permission in its own stack, never one per route', () => {
    const permissionsIn = (template: Template) =>
      Object.values(
        template.findResources('AWS::Lambda::Permission', { Properties: { Principal: 'apigateway.amazonaws.com' } }),
      ) as any[];
    // The functions' stack grants no API: each API's stack holds its own permissions, so no stack refers back.
    expect(permissionsIn(api)).toHaveLength(0);
    for (const stack of [app.stacks.citizenApi, app.stacks.staffApi]) {
      const permissions = permissionsIn(Template.fromStack(stack));
      // The staff API also invokes its machine routes' authorizer, through a permission for that authorizer only.
      const forAuthorizer = permissions.filter((p) => JSON.stringify(p.Properties.SourceArn).includes('/authorizers/'));
      expect(forAuthorizer, stack.stackName).toHaveLength(stack === app.stacks.staffApi ? 1 : 0);
      const forRoutes = permissions.filter((p) => !forAuthorizer.includes(p));
      expect(forRoutes, stack.stackName).toHaveLength(routeGroups.length);
      for (const p of forRoutes) expect(JSON.stringify(p.Properties.SourceArn)).toContain('/*/*/*');
    }
  });

  it('names the state machines and task functions yuexiu-dev-*', () => {
    for (const wf of workflows) {
      flows.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        StateMachineName: physicalName('dev', wf.id),
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: Match.objectLike({ Level: 'ALL' }),
      });
    }
    for (const task of workflowTasks) {
      flows.hasResourceProperties('AWS::Lambda::Function', { FunctionName: physicalName('dev', `task-${task.id}`) });
    }
  });

  it('runs a city event’s human steps as callback tasks of the grid-event machine, which invokes only its own task', () => {
    const [machine] = Object.values(
      flows.findResources('AWS::StepFunctions::StateMachine', {
        Properties: { StateMachineName: physicalName('dev', 'grid-event') },
      }),
    );
    const [, parts] = machine!.Properties.DefinitionString['Fn::Join'] as [string, unknown[]];
    const definition = JSON.parse(parts.map((p) => (typeof p === 'string' ? p : 'ARN')).join(''));
    expect(definition.StartAt).toBe('NextStep');
    for (const step of ['Dispatch', 'Handle', 'Verify']) {
      expect(definition.States[step]).toMatchObject({
        Type: 'Task',
        Resource: expect.stringMatching(/lambda:invoke\.waitForTaskToken$/),
        Next: 'NextStep',
      });
    }
    expect(definition.States.Closed.Type).toBe('Succeed');
    const policies = flows.findResources('AWS::IAM::ManagedPolicy');
    const [policy] = Object.entries(policies).filter(([id]) => id.startsWith('GridEventPolicy'));
    const invoke = policy![1].Properties.PolicyDocument.Statement.find(
      (st: { Sid: string }) => st.Sid === 'InvokeOwnTasks',
    );
    expect(JSON.stringify(invoke.Resource)).toMatch(/TaskGridAwaitStep/);
    expect(JSON.stringify(invoke.Resource)).not.toMatch(/TaskCases/);
  });

  it('puts the WebACL in us-east-1 with CLOUDFRONT scope and attaches it to the distribution', () => {
    expect(app.stacks.waf.region).toBe('us-east-1');
    Template.fromStack(app.stacks.waf).hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' });
    Template.fromStack(app.stacks.web).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: Match.anyValue() }),
    });
  });

  it('shows the business metrics on the operations dashboard, under the names the functions publish', () => {
    const [dashboard] = resourcesOfType(app.templates, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard?.resource.Properties.DashboardBody);
    for (const name of Object.values(businessMetric)) expect(body).toContain(name);
    expect(body).toContain(metricsNamespace);
    // Sign-ins refused: Cognito's attempts less its successes, for both pools.
    expect(body.match(/SignInSuccesses/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('lists every resource type it checks (sanity of the helper)', () => {
    expect(resourcesOfType(app.templates, 'AWS::DynamoDB::Table')).toHaveLength(allTables.length);
  });
});
