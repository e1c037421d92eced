import { config, type Config } from '../../platform/config.js';
import { createCognitoDirectory } from './cognito.js';
import { createLocalDirectory } from './local.js';
import type { MachineClientDirectory } from './port.js';

/** The adapters of the machine client directory port, by the MACHINE_CLIENTS value that selects them. */
const adapters: Record<NonNullable<Config['MACHINE_CLIENTS']>, (c: Config) => MachineClientDirectory> = {
  cognito: (c) =>
    createCognitoDirectory({
      region: c.AWS_REGION,
      userPoolId: c.MACHINE_CLIENT_POOL_ID as string,
      tokenEndpoint: c.MACHINE_CLIENT_TOKEN_URL as string,
    }),
  local: () => createLocalDirectory(),
};

let chosen: MachineClientDirectory | undefined;

/** The machine client directory the configuration names, chosen once. */
export function machineClientDirectory(): MachineClientDirectory {
  const which = config().MACHINE_CLIENTS;
  if (!which) throw new Error('MACHINE_CLIENTS is not set for this function');
  chosen ??= adapters[which](config());
  return chosen;
}

/** Drops the chosen adapter (tests call this after changing the environment or to install a fake). */
export function resetMachineClientDirectory(directory?: MachineClientDirectory): void {
  chosen = directory;
}

export type { DirectoryClient, IssuedCredentials, MachineClientDirectory } from './port.js';
