import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../functions/src/platform/config.js';
import { validEnvironment } from '../../support/config-fixture.js';

const valid = validEnvironment;

describe('parseConfig', () => {
  it('accepts a complete environment and maps resources by id', () => {
    const config = parseConfig(valid);
    expect(config.tables.core).toBe('yuexiu-dev-core');
    expect(config.stateMachines['case-approval']).toContain(':stateMachine:');
    expect(config.MAX_BODY_BYTES).toBe(262_144);
  });

  it('requires the KMS key ids when KEY_SERVICE=kms and refuses the local key service in prod', () => {
    const { KMS_BLIND_INDEX_KEY_ID: _gone, ...withoutHmac } = valid;
    expect(() => parseConfig(withoutHmac)).toThrow(/KMS_BLIND_INDEX_KEY_ID: required when KEY_SERVICE=kms/);
    const local = { ...valid, STAGE: 'prod', KEY_SERVICE: 'local', LOCAL_MASTER_KEY: 'ab'.repeat(32) };
    expect(() => parseConfig(local)).toThrow(/KEY_SERVICE: must be kms when STAGE=prod/);
  });

  it('requires the staff pool and its token URL when MACHINE_CLIENTS=cognito', () => {
    expect(() => parseConfig({ ...valid, MACHINE_CLIENTS: 'cognito' })).toThrow(
      /MACHINE_CLIENT_POOL_ID: required when MACHINE_CLIENTS=cognito[\s\S]*MACHINE_CLIENT_TOKEN_URL: required/,
    );
    const cognito = {
      ...valid,
      MACHINE_CLIENTS: 'cognito',
      MACHINE_CLIENT_POOL_ID: 'ap-east-1_AbC123xyz',
      MACHINE_CLIENT_TOKEN_URL: 'https://yuexiu-dev-staff.auth.ap-east-1.amazoncognito.com/oauth2/token',
    };
    expect(parseConfig(cognito).MACHINE_CLIENT_POOL_ID).toBe('ap-east-1_AbC123xyz');
    expect(() => parseConfig({ ...cognito, MACHINE_CLIENT_POOL_ID: 'not a pool' })).toThrow(/MACHINE_CLIENT_POOL_ID/);
    expect(parseConfig({ ...valid, MACHINE_CLIENTS: 'local' }).MACHINE_CLIENTS).toBe('local');
  });

  it('never prints the local master key, even when it is malformed', () => {
    const attempt = () => parseConfig({ ...valid, KEY_SERVICE: 'local', LOCAL_MASTER_KEY: 'secret-but-too-short' });
    expect(attempt).toThrow(/LOCAL_MASTER_KEY/);
    expect(attempt).not.toThrow(/secret-but-too-short/);
  });

  it('names every missing or malformed variable and what it expected', () => {
    const { STAGE: _missing, ...rest } = valid;
    const attempt = () => parseConfig({ ...rest, PUBLIC_ORIGIN: 'not a url', NOTIFIER: 'pigeon', TABLE_CORE: 'a b' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const text = (error as Error).message;
      expect(text).toContain('PUBLIC_ORIGIN');
      expect(text).toContain('(got "not a url")');
      expect(text).toContain('NOTIFIER');
      expect(text).toContain('STAGE');
      expect(text).toContain('(not set)');
      expect(text).toContain('TABLE_CORE: a resource name or ARN');
    }
  });

  it('loads without the resources a function did not declare, and refuses to name one when it is used', () => {
    const { TABLE_REGISTRY: _undeclared, KEY_SERVICE: _none, ...rest } = valid;
    const config = parseConfig(rest);
    expect(config.tables.core).toBe('yuexiu-dev-core');
    expect(() => config.tables.registry).toThrow(ConfigError);
    expect(() => config.tables.registry).toThrow(/TABLE_REGISTRY: not set: this function did not declare "registry"/);
  });
});
