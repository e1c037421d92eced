import { randomUUID } from 'node:crypto';
import { nowMs } from '../platform/clock.js';
import type { RegistryKind } from './model.js';
import { releaseImportLock, takeImportLock } from './store.js';

/**
 * One import of a registry at a time (its new records are written without conditions, see store.ts): an
 * import holds the registry's lease, renews it as it writes each batch and gives it back when it ends.
 */

/** Another import of the same registry kept running for longer than the caller would wait. */
export class ImportBusyError extends Error {
  override name = 'ImportBusyError';
}

/** An import's lease on its registry: renewed as each batch is written, given back at the end. */
const leaseMs = 120_000;
const lockPollMs = 250;

export async function withImportLock<T>(
  kind: RegistryKind,
  waitMs: number,
  run: (renew: () => Promise<void>) => Promise<T>,
) {
  const holder = randomUUID();
  for (let waited = 0; !(await takeImportLock(kind, holder, nowMs(), nowMs() + leaseMs)); waited += lockPollMs) {
    if (waited >= waitMs) throw new ImportBusyError(`another import of the ${kind} registry is running`);
    await new Promise((resolve) => setTimeout(resolve, lockPollMs));
  }
  const renew = async () => {
    if (!(await takeImportLock(kind, holder, nowMs(), nowMs() + leaseMs)))
      throw new Error(`the import lost its lease on the ${kind} registry to another import`);
  };
  try {
    return await run(renew);
  } finally {
    await releaseImportLock(kind, holder);
  }
}
