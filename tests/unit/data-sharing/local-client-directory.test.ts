import { describe, expect, it } from 'vitest';
import {
  createLocalDirectory,
  localTokenEndpoint,
} from '../../../functions/src/data-sharing/client-directory/local.js';
import type { MachineClientRecord } from '../../../functions/src/data-sharing/machine-client-model.js';
import { secretMatches } from '../../../functions/src/data-sharing/machine-client-store.js';

/** The local directory: our own client id, and a secret whose hash the local identity provider checks. */
const system = {
  clientId: 'yx-market-supervision-1a2b3c4d',
  department: 'market-supervision',
  scopes: ['yuexiu-data/records.read'],
};
const recordWith = (secretHash?: string): MachineClientRecord => ({
  ...system,
  scopes: [...system.scopes],
  system: '市场主体登记系统',
  contact: 'registration@scjg.example',
  createdBy: 'head2',
  createdAt: '2026-01-05T02:00:00.000Z',
  ...(secretHash ? { secretHash } : {}),
  version: 1,
});

describe('the local machine client directory', () => {
  it('issues our own id and a secret whose hash alone is kept', async () => {
    const directory = createLocalDirectory();
    const issued = await directory.register(system);
    expect(issued.issuedClientId).toBe(system.clientId);
    expect(issued.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.secretHash).not.toContain(issued.clientSecret);
    expect(secretMatches(recordWith(issued.secretHash), issued.clientSecret)).toBe(true);
    expect(directory.tokenEndpoint).toBe(localTokenEndpoint);
  });

  it('rotates to a new secret the old hash does not match', async () => {
    const directory = createLocalDirectory();
    const issued = await directory.register(system);
    const rotated = await directory.rotateSecret(issued.issuedClientId);
    expect(rotated.clientSecret).not.toBe(issued.clientSecret);
    expect(secretMatches(recordWith(rotated.secretHash), issued.clientSecret)).toBe(false);
    expect(secretMatches(recordWith(rotated.secretHash), rotated.clientSecret)).toBe(true);
  });

  it('matches no secret for a client whose directory keeps the secret itself (Cognito)', () => {
    expect(secretMatches(recordWith(undefined), 'anything')).toBe(false);
  });
});
