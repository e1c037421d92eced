import { kmsClient } from '../../platform/aws-clients.js';
import { config, ConfigError, type Config } from '../../platform/config.js';
import { parseMasterKey } from '../../platform/personal-data/key-service/local.js';
import { createKmsCertificateSigner } from './kms.js';
import { createLocalCertificateSigner } from './local.js';
import type { CertificateSigner } from './port.js';

/** The adapters of the signer port, by the CERT_SIGNER value that selects them. */
const adapters: Record<NonNullable<Config['CERT_SIGNER']>, (c: Config) => CertificateSigner> = {
  kms: (c) => createKmsCertificateSigner(kmsClient(), required(c, 'CERT_SIGNING_KMS_KEY_IDS').split(',')),
  local: (c) =>
    createLocalCertificateSigner(parseMasterKey(required(c, 'LOCAL_MASTER_KEY')), c.CERT_SIGNING_KEY_VERSION),
};

function required<N extends 'CERT_SIGNER' | 'CERT_SIGNING_KMS_KEY_IDS' | 'LOCAL_MASTER_KEY'>(c: Config, name: N) {
  const value = c[name];
  if (value === undefined) throw new ConfigError([`${name}: required to sign or publish certificates (not set)`]);
  return value as NonNullable<Config[N]>;
}

let chosen: CertificateSigner | undefined;

/** The certificate signer the configuration names, chosen once. */
export function certificateSigner(): CertificateSigner {
  const c = config();
  chosen ??= adapters[required(c, 'CERT_SIGNER')](c);
  return chosen;
}

/** Drops the chosen adapter (the local cloud and tests call this after changing the environment). */
export function resetCertificateSigner(): void {
  chosen = undefined;
}
