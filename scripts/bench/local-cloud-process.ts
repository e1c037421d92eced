import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from '../../infra/local/child-process.js';
import { freePort } from '../../infra/local/ports.js';

/**
 * `npm start --no-web` in a child process on a fresh data folder, so that the load generator does not
 * share an event loop with the server it measures. Rate limits are off: the WAF is not what the
 * benchmark measures.
 */
export async function startCloudProcess(root: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-web'], {
    cwd: root,
    // The child inherits this process's environment (PATH, Java…) plus the bench's settings; nothing is read here.
    env: {
      ...process.env,
      PORT: String(port),
      YUEXIU_DATA_DIR: dataDir,
      YUEXIU_RATE_LIMITS: 'off',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the local cloud exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the local cloud did not start within 180 s');
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    origin,
    dataDir,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
