import { handler as sweep } from '../../functions/src/cases/sweep.js';
import { sweepArchive } from '../../functions/src/official-documents/archive-sweep.js';
import { s3Client } from '../../functions/src/platform/aws-clients.js';
import { config } from '../../functions/src/platform/config.js';
import { applyExpirations } from './s3-lifecycle.js';

/**
 * The local stand-in for the EventBridge rule that runs the deadline sweep on AWS: the same handler on a
 * timer, in this process (whose environment already points at the local cloud). The archive sweep (its own
 * EventBridge rule on AWS, official-documents/archive-sweep.ts) runs on the same tick. A failed sweep is logged
 * and tried again at the next tick. The same tick applies the documents bucket's lifecycle expiration
 * (s3-lifecycle.ts), which S3 runs by itself on AWS. Returns the function that stops the timer.
 */
export function startSweepTimer(seconds: number, log: (message: string) => void): () => Promise<void> {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweep()
      .then((report) => {
        const { letters } = report;
        if (report.yellow + report.red + letters.yellow + letters.red > 0)
          log(
            `deadline sweep: ${report.yellow} yellow, ${report.red} red warnings; letters ${letters.yellow} yellow, ${letters.red} red`,
          );
        if (report.registryQuality.length > 0) log(`registry quality recomputed: ${report.registryQuality.join(', ')}`);
      })
      .catch((error: unknown) => log(`deadline sweep failed: ${(error as Error).message}`))
      .then(async () => {
        const archived = await sweepArchive();
        if (archived.pending > 0) {
          log(`archive sweep: ${archived.archived.length} archived, ${archived.failed.length} still pending`);
        }
      })
      .catch((error: unknown) => log(`archive sweep failed: ${(error as Error).message}`))
      .then(async () => {
        const bucket = config().buckets.documents;
        if (!bucket) return;
        const expired = await applyExpirations(s3Client(), bucket);
        if (expired.length > 0) log(`lifecycle: ${expired.length} unattached uploads expired`);
      })
      .catch((error: unknown) => log(`lifecycle expiration failed: ${(error as Error).message}`))
      .finally(() => (running = false));
  }, seconds * 1000);
  timer.unref();
  return async () => clearInterval(timer);
}
