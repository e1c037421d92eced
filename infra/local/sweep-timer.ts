import { handler as sweep } from '../../functions/src/cases/sweep.js';

/**
 * The local stand-in for the EventBridge rule that runs the deadline sweep on AWS: the same handler on a
 * timer, in this process (whose environment already points at the local cloud). A failed sweep is logged
 * and tried again at the next tick. Returns the function that stops the timer.
 */
export function startSweepTimer(seconds: number, log: (message: string) => void): () => Promise<void> {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweep()
      .then((report) => {
        if (report.yellow + report.red > 0) log(`deadline sweep: ${report.yellow} yellow, ${report.red} red warnings`);
      })
      .catch((error: unknown) => log(`deadline sweep failed: ${(error as Error).message}`))
      .finally(() => (running = false));
  }, seconds * 1000);
  timer.unref();
  return async () => clearInterval(timer);
}
