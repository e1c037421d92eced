import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../functions/src/platform/config.js';

const valid = {
  STAGE: 'dev',
  AWS_REGION: 'ap-east-1',
  PUBLIC_ORIGIN: 'https://yuexiu.example.gov.cn',
  NOTIFIER: 'aws',
  TABLE_CORE: 'yuexiu-dev-core',
  TABLE_REGISTRY: 'yuexiu-dev-registry',
  TABLE_AUDIT: 'yuexiu-dev-audit',
  BUCKET_DOCUMENTS: 'yuexiu-dev-documents-abc',
  SFN_CASE_APPROVAL_ARN: 'arn:aws:states:ap-east-1:123456789012:stateMachine:yuexiu-dev-case-approval',
};

describe('parseConfig', () => {
  it('accepts a complete environment and maps resources by id', () => {
    const config = parseConfig(valid);
    expect(config.tables.core).toBe('yuexiu-dev-core');
    expect(config.stateMachines['case-approval']).toContain(':stateMachine:');
    expect(config.MAX_BODY_BYTES).toBe(262_144);
  });

  it('names every missing or malformed variable and what it expected', () => {
    const { TABLE_AUDIT: _missing, ...rest } = valid;
    const attempt = () => parseConfig({ ...rest, PUBLIC_ORIGIN: 'not a url', NOTIFIER: 'pigeon' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const text = (error as Error).message;
      expect(text).toContain('PUBLIC_ORIGIN');
      expect(text).toContain('(got "not a url")');
      expect(text).toContain('NOTIFIER');
      expect(text).toContain('TABLE_AUDIT');
      expect(text).toContain('(not set)');
    }
  });
});
