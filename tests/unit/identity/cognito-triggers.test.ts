import path from 'node:path';
import type { PostAuthenticationTriggerEvent } from 'aws-lambda';
import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const recordAudit = vi.fn<(entry: unknown) => Promise<void>>();
vi.mock('../../../functions/src/audit/service.js', () => ({ recordAudit: (entry: unknown) => recordAudit(entry) }));

const { postAuthentication, sourceIpOf, auditBudgetMs } =
  await import('../../../functions/src/identity/cognito-triggers.js');
const { logger } = await import('../../../functions/src/platform/logger.js');

const sub = '6a1f3c2e-2b7d-4c1e-9f3a-0d5e8b7c6a41';
const context = { awsRequestId: 'c0ffee00-1234-4abc-8def-0123456789ab' };

function event(request: Partial<PostAuthenticationTriggerEvent['request']> & Record<string, unknown> = {}) {
  return {
    version: '1',
    region: 'ap-east-1',
    userPoolId: 'ap-east-1_Example1',
    userName: sub,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'portal-client' },
    triggerSource: 'PostAuthentication_Authentication',
    request: { userAttributes: { sub, email: 'resident@example.com' }, newDeviceUsed: false, ...request },
    response: {},
  } as PostAuthenticationTriggerEvent;
}

beforeEach(() => {
  recordAudit.mockReset();
  vi.restoreAllMocks();
});

describe('the Cognito post-authentication trigger', () => {
  it('records a succeeded auth.signIn on the session of the subject and returns the event unchanged', async () => {
    recordAudit.mockResolvedValue(undefined);
    const input = event({ userContextData: { ipAddress: '203.0.113.7', encodedData: 'x' } });
    const before = structuredClone(input);
    const output = await postAuthentication(input, context);
    expect(output).toBe(input);
    expect(output).toEqual(before);
    expect(recordAudit).toHaveBeenCalledTimes(1);
    expect(recordAudit.mock.calls[0]?.[0]).toEqual({
      actor: { sub, username: sub, roles: [] },
      action: 'auth.signIn',
      resource: { type: 'session', id: sub },
      outcome: 'succeeded',
      requestId: context.awsRequestId,
      sourceIp: '203.0.113.7',
      details: { userPool: 'ap-east-1_Example1', trigger: 'PostAuthentication_Authentication' },
    });
  });

  it('takes the source IP from context data, else "unknown"', () => {
    expect(sourceIpOf(event({ userContextData: { ipAddress: '2001:db8::1' } }))).toBe('2001:db8::1');
    expect(sourceIpOf(event())).toBe('unknown');
    // Not an IP address: never copied into the audit record.
    expect(sourceIpOf(event({ userContextData: { ipAddress: '<script>' } }))).toBe('unknown');
  });

  it('never takes the source IP from client metadata, which the caller writes', () => {
    expect(sourceIpOf(event({ clientMetadata: { sourceIp: '198.51.100.4' } }))).toBe('unknown');
    expect(
      sourceIpOf(
        event({ userContextData: { ipAddress: '203.0.113.9' }, clientMetadata: { sourceIp: '198.51.100.4' } }),
      ),
    ).toBe('203.0.113.9');
  });

  it('lets the sign-in go ahead and logs when the audit write fails', async () => {
    recordAudit.mockRejectedValue(new Error('AUDIT_BUSY'));
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const input = event();
    await expect(postAuthentication(input, context)).resolves.toBe(input);
    expect(error).toHaveBeenCalledWith(
      'sign-in audit record not written',
      expect.objectContaining({ action: 'auth.signIn.auditFailed', requestId: context.awsRequestId }),
    );
  });

  it('does not keep Cognito waiting past its budget for a slow audit write', async () => {
    vi.useFakeTimers();
    try {
      recordAudit.mockReturnValue(new Promise<void>(() => undefined));
      const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
      const input = event();
      const pending = postAuthentication(input, context);
      await vi.advanceTimersByTimeAsync(auditBudgetMs);
      await expect(pending).resolves.toBe(input);
      expect(warn).toHaveBeenCalledWith(
        'sign-in audit record still pending; sign-in continues',
        expect.objectContaining({ action: 'auth.signIn.auditSlow' }),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays within Cognito’s 5-second trigger limit', () => {
    expect(auditBudgetMs).toBeLessThan(5_000);
  });
});

describe('the trigger bundle', () => {
  it('pulls in no infrastructure code (CDK, local cloud, web)', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const result = await build({
      entryPoints: [path.join(root, 'functions/src/identity/cognito-triggers.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const forbidden = Object.keys(result.metafile.inputs).filter((p) =>
      /node_modules\/(aws-cdk-lib|constructs|cdk-nag|next|react)\/|^infra\/|^web\//.test(p),
    );
    expect(forbidden).toEqual([]);
  });
});
