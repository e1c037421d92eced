import { config, type Config } from '../../platform/config.js';
import { createRegistryVerifier } from './local.js';
import type { RealNameVerifier } from './port.js';
import { createProvincialVerifier } from './provincial.js';

/** The adapters of the real-name port, by the REAL_NAME_VERIFIER value that selects them. */
const adapters: Record<Config['REAL_NAME_VERIFIER'], (c: Config) => RealNameVerifier> = {
  provincial: (c) => createProvincialVerifier(c.REAL_NAME_SERVICE_URL),
  local: () => createRegistryVerifier(),
};

let chosen: RealNameVerifier | undefined;

/** The real-name verifier the configuration names, chosen once. */
export function realNameVerifier(): RealNameVerifier {
  chosen ??= adapters[config().REAL_NAME_VERIFIER](config());
  return chosen;
}

/** Drops the chosen adapter (tests and the local cloud call this after changing the environment). */
export function resetRealNameVerifier(): void {
  chosen = undefined;
}

export type { RealNameClaim, RealNameVerdict, RealNameVerifier } from './port.js';
