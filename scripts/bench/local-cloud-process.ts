import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from '../../infra/local/child-process.js';
import { freePort } from '../../infra/local/ports.js';
import { processEnvironment } from '../config.js';

export interface CloudProcessOptions {
  /**
   * Start the portal too (`npm start` rather than `npm start --no-web`), from the existing production build
   * of web/. The bench never builds the portal (a build takes the machine's cores and must not race one
   * started by hand): without a build it fails, naming the command to run.
   */
  readonly web?: boolean;
  /** The gateway's admission control (default on); off shows what overload does without it. */
  readonly admission?: boolean;
}

/** Refuses to go on without a production build of the portal (web/.next with its standalone server). */
function assertWebBuild(root: string): void {
  const missing = ['web/.next/BUILD_ID', 'web/.next/standalone/web/server.js'].filter(
    (file) => !existsSync(path.join(root, file)),
  );
  if (missing.length > 0)
    throw new Error(
      `The portal benchmark measures the production build of web/, and there is none (${missing.join(', ')} ` +
        'missing). Build it first with `npm run build`; the bench does not build it.',
    );
}

/**
 * A folder whose `npm` refuses to run: put first on the child's PATH, it keeps `npm start` from building the
 * portal when a web/ source is newer than the build (its only use of npm), so the bench measures the
 * build there is, or stops, instead of starting a build of its own.
 */
function npmThatDoesNotBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-bench-bin-'));
  const npm = path.join(dir, 'npm');
  writeFileSync(
    npm,
    '#!/bin/sh\necho "[bench] web/ has sources newer than its build; the bench does not build the portal: run npm run build first" >&2\nexit 1\n',
  );
  chmodSync(npm, 0o755);
  return dir;
}

/**
 * `npm start --no-web` (or `npm start` with `{ web: true }`) in a child process on a fresh data folder, so
 * that the load generator does not share an event loop with the server it measures. Rate limits are
 * off: the WAF is not what the benchmark measures.
 */
export async function startCloudProcess(root: string, options: CloudProcessOptions = {}) {
  if (options.web) assertWebBuild(root);
  const binDir = options.web ? npmThatDoesNotBuild() : undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-bench-'));
  const port = await freePort();
  const args = ['--import', 'tsx', 'infra/local/start.ts', ...(options.web ? [] : ['--no-web'])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    // The child inherits this process's environment (PATH, Java…) plus the bench's settings; nothing is read here.
    env: {
      ...processEnvironment(),
      ...(binDir ? { PATH: `${binDir}${path.delimiter}${processEnvironment().PATH ?? ''}` } : {}),
      PORT: String(port),
      YUEXIU_DATA_DIR: dataDir,
      YUEXIU_RATE_LIMITS: 'off',
      // The figures are of a fresh platform, as before there were demo cases.
      YUEXIU_DEMO_CASES: 'off',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      YUEXIU_ADMISSION: options.admission === false ? 'off' : 'on',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      // Most often the portal's build is missing or older than web/ (see npmThatDoesNotBuild): leave nothing behind.
      if (binDir) rmSync(binDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`the local cloud exited with code ${child.exitCode}`);
    }
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
      if (binDir) rmSync(binDir, { recursive: true, force: true });
    },
  };
}
