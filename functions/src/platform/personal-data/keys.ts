import { kmsClient } from '../aws-clients.js';
import { config, ConfigError, type Config } from '../config.js';
import { createKmsKeyService } from './key-service/kms.js';
import { createLocalKeyService, parseMasterKey } from './key-service/local.js';
import type { KeyService } from './ports.js';

/** The adapters of the key service port, by the KEY_SERVICE value that selects them. */
const adapters: Record<NonNullable<Config['KEY_SERVICE']>, (c: Config) => KeyService> = {
  kms: (c) =>
    createKmsKeyService(kmsClient(), {
      dataKeyId: required(c, 'KMS_PERSONAL_DATA_KEY_ID'),
      blindIndexKeyId: required(c, 'KMS_BLIND_INDEX_KEY_ID'),
    }),
  local: (c) => createLocalKeyService(parseMasterKey(required(c, 'LOCAL_MASTER_KEY'))),
};

type KeyServiceVariable = 'KEY_SERVICE' | 'KMS_PERSONAL_DATA_KEY_ID' | 'KMS_BLIND_INDEX_KEY_ID' | 'LOCAL_MASTER_KEY';

function required<N extends KeyServiceVariable>(c: Config, name: N): NonNullable<Config[N]> {
  const value = c[name];
  if (value === undefined) throw new ConfigError([`${name}: required to read or write personal data (not set)`]);
  return value as NonNullable<Config[N]>;
}

let chosen: KeyService | undefined;

/** The key service the configuration names, chosen once. */
export function keyService(): KeyService {
  const c = config();
  chosen ??= adapters[required(c, 'KEY_SERVICE')](c);
  return chosen;
}

/** Drops the chosen adapter (the local cloud and tests call this after changing the environment). */
export function resetKeyService(): void {
  chosen = undefined;
}
