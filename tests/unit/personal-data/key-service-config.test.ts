import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resetConfig } from '../../../functions/src/platform/config.js';
import {
  createLocalKeyService,
  generateMasterKeyText,
  parseMasterKey,
} from '../../../functions/src/platform/personal-data/key-service/local.js';
import { keyService, resetKeyService } from '../../../functions/src/platform/personal-data/keys.js';
import { validEnvironment } from '../../support/config-fixture.js';

const { KEY_SERVICE: _k, KMS_PERSONAL_DATA_KEY_ID: _p, KMS_BLIND_INDEX_KEY_ID: _b, ...base } = validEnvironment;

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
};

describe('key service configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetConfig();
    resetKeyService();
  });

  it('accepts KMS key ids, ARNs and aliases for KEY_SERVICE=kms', () => {
    const config = parseConfig({
      ...base,
      KEY_SERVICE: 'kms',
      KMS_PERSONAL_DATA_KEY_ID: 'arn:aws:kms:ap-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      KMS_BLIND_INDEX_KEY_ID: 'alias/yuexiu-dev-blind-index',
    });
    expect(config.KEY_SERVICE).toBe('kms');
  });

  it('names the KMS keys KEY_SERVICE=kms needs', () => {
    const text = problems({ ...base, KEY_SERVICE: 'kms', KMS_BLIND_INDEX_KEY_ID: 'not a key' });
    expect(text).toContain('KMS_PERSONAL_DATA_KEY_ID: required when KEY_SERVICE=kms (not set)');
    expect(text).toContain('KMS_BLIND_INDEX_KEY_ID');
  });

  it('needs a master key for KEY_SERVICE=local and never shows it in the error', () => {
    expect(problems({ ...base, KEY_SERVICE: 'local' })).toContain('LOCAL_MASTER_KEY: required when KEY_SERVICE=local');
    const text = problems({ ...base, KEY_SERVICE: 'local', LOCAL_MASTER_KEY: 'secret-but-too-short' });
    expect(text).toContain('LOCAL_MASTER_KEY');
    expect(text).not.toContain('secret-but-too-short');
  });

  it('refuses the local key service in prod', () => {
    const env = { ...base, STAGE: 'prod', KEY_SERVICE: 'local', LOCAL_MASTER_KEY: generateMasterKeyText() };
    expect(problems(env)).toContain('KEY_SERVICE: must be kms when STAGE=prod');
  });

  it('wires the adapter the configuration names, once', async () => {
    const master = generateMasterKeyText();
    Object.assign(process.env, base, { KEY_SERVICE: 'local', LOCAL_MASTER_KEY: master });
    resetConfig();
    const keys = keyService();
    expect(keyService()).toBe(keys);
    const expected = await createLocalKeyService(parseMasterKey(master)).blindIndex('resident-id', 'v');
    expect(await keys.blindIndex('resident-id', 'v')).toBe(expected);
  });

  it('fails naming KEY_SERVICE when personal data is used without it', () => {
    Object.assign(process.env, base);
    delete process.env.KEY_SERVICE;
    resetConfig();
    expect(() => keyService()).toThrow(/KEY_SERVICE/);
  });
});
