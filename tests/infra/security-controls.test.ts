import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimits } from '../../functions/src/platform/rate-limits.js';
import { physicalName } from '../../functions/src/platform/resources.js';
import { appendOnlyActions } from '../../infra/lib/access-grants.js';
import { originBodyHashSource } from '../../infra/lib/origin-body-hash.js';
import { serverSideCognitoPaths, signInPaths, wellKnownPath, writeMethods } from '../../infra/lib/waf-rules.js';
import { webLauncherSource } from '../../infra/lib/web-edge-code.js';
import { synthesize, type SynthesizedApp } from './synth.js';

/**
 * The security controls added for issue 3 on AWS: WAF rate rules from the one source (rate-limits.ts),
 * WAF on the Cognito hosted UI, the sign-in audit trigger and threat-protection logs, the portal's
 * Lambda@Edge body hash for OAC, and the portal function's environment.
 */
let app: SynthesizedApp;
let waf: Template;
let auth: Template;
let web: Template;

beforeAll(() => {
  app = synthesize('dev');
  waf = Template.fromStack(app.stacks.waf);
  auth = Template.fromStack(app.stacks.auth);
  web = Template.fromStack(app.stacks.web);
}, 180_000);

const rulesOf = (template: Template, name: string): any[] => {
  const acls = Object.values(template.findResources('AWS::WAFv2::WebACL', { Properties: { Name: name } }));
  expect(acls, name).toHaveLength(1);
  return (acls[0] as any).Properties.Rules;
};
const rule = (rules: any[], name: string) => {
  const found = rules.find((r) => r.Name === name);
  expect(found, name).toBeDefined();
  return found;
};

/** The search strings of the byte-match statements under a statement, by the field they match. */
function matches(statement: any, field: 'UriPath' | 'Method'): string[] {
  if (!statement || typeof statement !== 'object') return [];
  if (statement.ByteMatchStatement?.FieldToMatch?.[field] !== undefined)
    return [statement.ByteMatchStatement.SearchString];
  return Object.values(statement).flatMap((v) =>
    Array.isArray(v) ? v.flatMap((x) => matches(x, field)) : matches(v, field),
  );
}

describe('WAF rate rules take their numbers from rate-limits.ts', () => {
  const edge = physicalName('dev', 'edge');
  const cases = [
    ['RateLimitSignIn', 'signIn'],
    ['RateLimitApiWrites', 'write'],
    ['RateLimitApiReads', 'read'],
  ] as const;

  it.each(cases)('CloudFront rule %s has the %s limit and window', (name, rateClass) => {
    const statement = rule(rulesOf(waf, edge), name).Statement.RateBasedStatement;
    expect(statement.Limit).toBe(rateLimits[rateClass].requests);
    expect(statement.EvaluationWindowSec).toBe(rateLimits[rateClass].windowSeconds);
    expect(statement.AggregateKeyType).toBe('IP');
  });

  it('has one CloudFront rate rule per rate class, each answering 429', () => {
    // The per-viewer and per-token rules (edge-trust.test.ts) are not per rate class.
    const perViewer = [
      'RateLimitApiWritesPerViewer',
      'RateLimitApiReadsPerViewer',
      'RateLimitAssertedCeiling',
      'RateLimitPortalPages',
      'RateLimitApiWritesPerToken',
      'RateLimitApiReadsPerToken',
      'RateLimitSignedInWritesCeiling',
      'RateLimitSignedInReadsCeiling',
    ];
    const rateRules = rulesOf(waf, edge).filter((r) => r.Statement.RateBasedStatement && !perViewer.includes(r.Name));
    expect(rateRules.map((r) => r.Name).sort()).toEqual(cases.map(([n]) => n).sort());
    expect(Object.keys(rateLimits).sort()).toEqual(cases.map(([, c]) => c).sort());
    for (const r of rateRules) expect(r.Action.Block.CustomResponse.ResponseCode, r.Name).toBe(429);
  });

  it('limits sign-in on the portal /auth/ handlers and /api/auth/, writes and reads under /api/', () => {
    const rules = rulesOf(waf, edge);
    const scope = (name: string) => rule(rules, name).Statement.RateBasedStatement.ScopeDownStatement;
    expect(matches(scope('RateLimitSignIn'), 'UriPath').sort()).toEqual([...signInPaths].sort());
    expect(signInPaths).toEqual(expect.arrayContaining(['/auth/sign-in', '/auth/callback', '/api/auth/']));
    expect(matches(scope('RateLimitApiWrites'), 'UriPath')).toEqual(['/api/']);
    expect(matches(scope('RateLimitApiWrites'), 'Method').sort()).toEqual(['DELETE', 'PATCH', 'POST', 'PUT']);
    expect([...writeMethods].sort()).toEqual(['DELETE', 'PATCH', 'POST', 'PUT']);
    expect(matches(scope('RateLimitApiReads'), 'UriPath')).toEqual(['/api/']);
    expect(matches(scope('RateLimitApiReads'), 'Method')).toEqual(['GET']);
  });

  it.each(['Citizen', 'Staff'])('puts a REGIONAL WebACL with the sign-in limit on the %s pool', (audience) => {
    const name = physicalName('dev', `${audience.toLowerCase()}-sign-in`);
    const rules = rulesOf(auth, name);
    expect(rules).toHaveLength(1);
    const statement = rules[0].Statement.RateBasedStatement;
    expect(statement.Limit).toBe(rateLimits.signIn.requests);
    expect(statement.EvaluationWindowSec).toBe(rateLimits.signIn.windowSeconds);
    // Submissions (POST) count; the portal server's token, refresh, revocation and key calls are exempt
    // (they all share its egress IPs).
    const [post, exempt] = statement.ScopeDownStatement.AndStatement.Statements;
    expect(matches(post, 'Method')).toEqual(['POST']);
    expect(matches(exempt.NotStatement, 'UriPath').sort()).toEqual([...serverSideCognitoPaths, wellKnownPath].sort());
    const [aclId] = Object.keys(auth.findResources('AWS::WAFv2::WebACL', { Properties: { Name: name } }));
    const [poolId] = Object.keys(
      auth.findResources('AWS::Cognito::UserPool', {
        Properties: { UserPoolName: physicalName('dev', audience === 'Citizen' ? 'citizens' : 'staff') },
      }),
    );
    auth.hasResourceProperties('AWS::WAFv2::WebACL', { Name: name, Scope: 'REGIONAL' });
    auth.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::GetAtt': [poolId, 'Arn'] },
      WebACLArn: { 'Fn::GetAtt': [aclId, 'Arn'] },
    });
  });

  it('logs every WebACL to an aws-waf-logs-* group kept at least a year, without tokens or cookies', () => {
    for (const template of [waf, auth]) {
      const acls = Object.keys(template.findResources('AWS::WAFv2::WebACL'));
      const logging = Object.values(template.findResources('AWS::WAFv2::LoggingConfiguration')) as any[];
      expect(logging.map((l) => l.Properties.ResourceArn['Fn::GetAtt'][0]).sort()).toEqual(acls.sort());
      for (const l of logging) {
        expect(l.Properties.RedactedFields).toEqual([
          { SingleHeader: { Name: 'authorization' } },
          { SingleHeader: { Name: 'cookie' } },
        ]);
      }
      const wafLogGroups = Object.values(template.findResources('AWS::Logs::LogGroup')).filter((g: any) =>
        String(g.Properties.LogGroupName ?? '').startsWith('aws-waf-logs-'),
      ) as any[];
      expect(wafLogGroups).toHaveLength(acls.length);
      for (const g of wafLogGroups) expect(g.Properties.RetentionInDays).toBeGreaterThanOrEqual(365);
    }
  });
});

describe('sign-in audit on AWS', () => {
  const triggerName = physicalName('dev', 'cognito-post-authentication');
  const triggerId = () => {
    const [id] = Object.keys(
      auth.findResources('AWS::Lambda::Function', { Properties: { FunctionName: triggerName } }),
    );
    expect(id).toBeDefined();
    return id!;
  };

  it('runs the post-authentication trigger on both pools', () => {
    auth.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: triggerName,
      Handler: 'index.postAuthentication',
      Runtime: Match.stringLikeRegexp('^nodejs2[2-9]'),
      Timeout: 5,
      Environment: { Variables: Match.objectLike({ TABLE_AUDIT: Match.anyValue() }) },
    });
    // It declares the audit trail only (access-grants.ts): no other table's name, no personal-data key.
    const trigger = (auth.findResources('AWS::Lambda::Function')[triggerId()] as any).Properties.Environment.Variables;
    expect(Object.keys(trigger).filter((v) => /^(TABLE_|BUCKET_|SFN_|KMS_|KEY_SERVICE)/.test(v))).toEqual([
      'TABLE_AUDIT',
    ]);
    const pools = Object.values(auth.findResources('AWS::Cognito::UserPool')) as any[];
    expect(pools).toHaveLength(2);
    for (const pool of pools) {
      expect(pool.Properties.LambdaConfig.PostAuthentication, pool.Properties.UserPoolName).toEqual({
        'Fn::GetAtt': [triggerId(), 'Arn'],
      });
    }
    auth.resourcePropertiesCountIs(
      'AWS::Lambda::Permission',
      { FunctionName: { 'Fn::GetAtt': [triggerId(), 'Arn'] }, Principal: 'cognito-idp.amazonaws.com' },
      2,
    );
  });

  it('gives the trigger append-only access to the audit table and nothing else', () => {
    const role = (auth.findResources('AWS::Lambda::Function')[triggerId()] as any).Properties.Role['Fn::GetAtt'][0];
    const roleResource = auth.findResources('AWS::IAM::Role')[role] as any;
    expect(roleResource.Properties.Policies).toBeUndefined();
    // Its only permissions: the one customer-managed policy of AppFunction.
    const attached = (roleResource.Properties.ManagedPolicyArns as any[]).map((arn) => arn.Ref);
    expect(attached).toHaveLength(1);
    const policies = [auth.findResources('AWS::IAM::ManagedPolicy')[attached[0]]] as any[];
    expect(policies[0]).toBeDefined();
    const statements = policies[0].Properties.PolicyDocument.Statement as any[];
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect([dynamo[0].Action].flat().sort()).toEqual([...appendOnlyActions].sort());
    const resources = JSON.stringify(dynamo[0].Resource);
    expect(resources).toContain('AuditTable');
    expect(resources).not.toMatch(/CoreTable|RegistryTable/);
    const actions = statements.flatMap((s) => [s.Action].flat() as string[]).sort();
    expect(actions.filter((a) => !a.startsWith('dynamodb:'))).toEqual(
      [
        'kms:Decrypt',
        'kms:DescribeKey',
        'kms:Encrypt',
        'kms:GenerateDataKey',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ].sort(),
    );
  });

  it('enforces threat protection and delivers user-auth events (failed sign-ins) to a log group of each pool', () => {
    auth.allResourcesProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    const pools = Object.keys(auth.findResources('AWS::Cognito::UserPool'));
    const deliveries = Object.values(auth.findResources('AWS::Cognito::LogDeliveryConfiguration')) as any[];
    expect(deliveries.map((d) => d.Properties.UserPoolId.Ref).sort()).toEqual(pools.sort());
    const groups = Object.values(auth.findResources('AWS::Logs::LogGroup')) as any[];
    for (const d of deliveries) {
      const [config] = d.Properties.LogConfigurations;
      expect(config).toMatchObject({ EventSource: 'userAuthEvents', LogLevel: 'INFO' });
      const arn = JSON.stringify(config.CloudWatchLogsConfiguration.LogGroupArn);
      const group = groups.find((g) => arn.includes(g.Properties.LogGroupName));
      expect(group, arn).toBeDefined();
      expect(group.Properties.LogGroupName).toMatch(/^\/aws\/vendedlogs\/cognito\//);
      expect(group.Properties.RetentionInDays).toBeGreaterThanOrEqual(365);
    }
  });
});

describe('portal POSTs through CloudFront and OAC', () => {
  const require = createRequire(import.meta.url);
  const invoke = async (request: any) => {
    const module = { exports: {} as { handler: (event: any) => Promise<any> } };
    new Function('exports', 'require', 'module', originBodyHashSource)(module.exports, require, module);
    return module.exports.handler({ Records: [{ cf: { request } }] });
  };
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

  it('keeps the function URL behind IAM (OAC) and hashes bodies at origin request, body included', () => {
    web.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM' });
    const [distribution] = Object.values(web.findResources('AWS::CloudFront::Distribution')) as any[];
    const associations = distribution.Properties.DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations;
    expect(associations).toHaveLength(1);
    expect(associations[0]).toMatchObject({ EventType: 'origin-request', IncludeBody: true });
    expect(JSON.stringify(associations[0].LambdaFunctionARN)).toContain('OriginBodyHash');
  });

  it('creates the Lambda@Edge function in us-east-1 with a role Lambda@Edge may assume', () => {
    expect(app.stacks.waf.region).toBe('us-east-1');
    waf.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: physicalName('dev', 'origin-body-hash'),
      Runtime: 'nodejs22.x',
      Architectures: ['x86_64'],
    });
    waf.hasResourceProperties('AWS::Lambda::Version', Match.anyValue());
    const roles = Object.values(waf.findResources('AWS::IAM::Role')).map((r: any) =>
      JSON.stringify(r.Properties.AssumeRolePolicyDocument),
    );
    expect(roles.some((r) => r.includes('edgelambda.amazonaws.com') && r.includes('lambda.amazonaws.com'))).toBe(true);
  });

  it('sets x-amz-content-sha256 to the SHA-256 of the body, overwriting what the viewer sent', async () => {
    const body = '[{"locale":"zh-CN"},"申请"]';
    const request = {
      method: 'POST',
      uri: '/zh-CN/apply',
      headers: { 'x-amz-content-sha256': [{ key: 'X-Amz-Content-Sha256', value: 'UNSIGNED-PAYLOAD' }] },
      body: {
        inputTruncated: false,
        action: 'read-only',
        encoding: 'base64',
        data: Buffer.from(body).toString('base64'),
      },
    };
    const out = await invoke(request);
    expect(out.headers['x-amz-content-sha256']).toEqual([{ key: 'x-amz-content-sha256', value: sha256(body) }]);
    expect(out.uri).toBe('/zh-CN/apply');
  });

  it('hashes an empty body for GET and answers 413 to a body CloudFront truncated', async () => {
    const get = await invoke({ method: 'GET', uri: '/', headers: {}, body: { data: '', encoding: 'base64' } });
    expect(get.headers['x-amz-content-sha256'][0].value).toBe(sha256(''));
    const big = await invoke({ method: 'POST', uri: '/', headers: {}, body: { inputTruncated: true, data: 'AAAA' } });
    expect(big.status).toBe('413');
  });
});

describe('the portal function', () => {
  const webFunction = () => {
    const fns = Object.values(
      web.findResources('AWS::Lambda::Function', { Properties: { FunctionName: physicalName('dev', 'web') } }),
    ) as any[];
    expect(fns).toHaveLength(1);
    return fns[0].Properties;
  };

  it('gets every variable web/lib/config.ts needs, and no secret in clear', () => {
    const env = webFunction().Environment.Variables;
    for (const name of [
      'API_ORIGIN',
      'PUBLIC_ORIGIN',
      'AUTH_ISSUER',
      'AUTH_CLIENT_ID',
      'AUTH_AUTHORIZE_URL',
      'AUTH_TOKEN_URL',
      'AUTH_LOGOUT_URL',
      'STAFF_AUTH_ISSUER',
      'STAFF_AUTH_CLIENT_ID',
      'STAFF_AUTH_AUTHORIZE_URL',
      'STAFF_AUTH_TOKEN_URL',
      'STAFF_AUTH_LOGOUT_URL',
      'SESSION_SECRET_ARN',
      'VIEWER_SIGNING_SECRET_ARN',
      'UPLOAD_ORIGIN',
    ]) {
      expect(env[name], name).toBeDefined();
    }
    expect(env.SESSION_SECRET).toBeUndefined();
    expect(JSON.stringify(env)).not.toContain('resolve:secretsmanager');
    const [secretId] = Object.keys(web.findResources('AWS::SecretsManager::Secret'));
    expect(env.SESSION_SECRET_ARN).toEqual({ Ref: secretId });
    expect(JSON.stringify(env.UPLOAD_ORIGIN)).toContain('RegionalDomainName');
    expect(env.API_ORIGIN).toBe('https://yuexiu.example.gov.cn');
  });

  it('generates the session secret with a KMS key and lets only the web function read it', () => {
    web.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: Match.anyValue(),
      GenerateSecretString: Match.objectLike({ PasswordLength: 64, ExcludePunctuation: true }),
    });
    const [secretId] = Object.keys(web.findResources('AWS::SecretsManager::Secret'));
    const readers = Object.values(web.findResources('AWS::IAM::ManagedPolicy')).filter((p: any) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('secretsmanager:GetSecretValue'),
    ) as any[];
    expect(readers).toHaveLength(1);
    expect(JSON.stringify(readers[0].Properties.PolicyDocument)).toContain(JSON.stringify({ Ref: secretId }));
    // The Parameters and Secrets extension that launch.mjs asks.
    expect(JSON.stringify(webFunction().Layers)).toContain('Parameters-and-Secrets');
  });
});

describe('launch.mjs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'yuexiu-launch-'));
    mkdirSync(path.join(dir, 'web'));
    writeFileSync(path.join(dir, 'launch.mjs'), webLauncherSource('web/server.js'));
    writeFileSync(
      path.join(dir, 'web', 'server.js'),
      'process.stdout.write(JSON.stringify({ secret: process.env.SESSION_SECRET ?? null }));\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ['launch.mjs'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      let stdout = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.on('close', (code) => resolve({ code, stdout }));
    });

  it('fetches SESSION_SECRET from the extension (waiting until it is ready) before Next starts', async () => {
    const secret = 'k'.repeat(64);
    let calls = 0;
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      calls++;
      seen.push(`${req.url} ${req.headers['x-aws-parameters-secrets-token']}`);
      if (calls < 3) return void res.writeHead(400).end('not ready to serve traffic, please wait');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ SecretString: secret }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const arn = 'arn:aws:secretsmanager:ap-east-1:123456789012:secret:yuexiu-dev-web-session-secret-AbCdEf';
      const out = await run({
        SESSION_SECRET_ARN: arn,
        AWS_SESSION_TOKEN: 'session-token',
        PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String((server.address() as AddressInfo).port),
      });
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual({ secret });
      expect(seen.at(-1)).toBe(`/secretsmanager/get?secretId=${encodeURIComponent(arn)} session-token`);
    } finally {
      server.close();
    }
  });

  it('starts Next directly when no secret ARN is set (local cloud)', async () => {
    const out = await run({ SESSION_SECRET: 's'.repeat(40) });
    expect(JSON.parse(out.stdout)).toEqual({ secret: 's'.repeat(40) });
  });
});

describe('logs and transport', () => {
  it('keeps every log group of every stack at least 365 days', () => {
    const groups = Object.entries(app.templates).flatMap(([stack, t]: [string, any]) =>
      Object.entries<any>(t.Resources)
        .filter(([, r]) => r.Type === 'AWS::Logs::LogGroup')
        .map(([id, r]) => [`${stack}/${id}`, r.Properties.RetentionInDays] as const),
    );
    expect(groups.length).toBeGreaterThan(10);
    for (const [where, days] of groups) expect(days, where).toBeGreaterThanOrEqual(365);
  });

  it('sends HSTS (2 years, subdomains, preload) and redirects or refuses plain HTTP on every behaviour', () => {
    web.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63072000,
            IncludeSubdomains: true,
            Preload: true,
            Override: true,
          },
        }),
      }),
    });
    const [distribution] = Object.values(web.findResources('AWS::CloudFront::Distribution')) as any[];
    const config = distribution.Properties.DistributionConfig;
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(['redirect-to-https', 'https-only']).toContain(behaviour.ViewerProtocolPolicy);
    }
  });
});
