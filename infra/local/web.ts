import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from './child-process.js';
import { assertPortFree } from './ports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = path.join(root, 'web');
const standaloneDir = path.join(webDir, '.next/standalone/web');

export type WebMode = 'production' | 'dev';

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the portal when there is no build yet or a source file is newer than the build, and gives the
 * standalone server its static files (it serves them only from its own folder) after any build,
 * including one made by hand with `npm run build`.
 */
export function ensureWebBuild(log: (m: string) => void): void {
  const buildId = path.join(webDir, '.next/BUILD_ID');
  const server = path.join(standaloneDir, 'server.js');
  const fresh = existsSync(buildId) && existsSync(server) && statSync(buildId).mtimeMs >= newestSourceTime(webDir);
  if (!fresh) {
    log('Building the portal (next build) — the first start takes a minute…');
    const result = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error('The portal build failed (npm run build --workspace web); see the output above.');
  }
  cpSync(path.join(webDir, '.next/static'), path.join(standaloneDir, '.next/static'), { recursive: true });
  if (existsSync(path.join(webDir, 'public')))
    cpSync(path.join(webDir, 'public'), path.join(standaloneDir, 'public'), { recursive: true });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal server exited with code ${child.exitCode}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`The portal did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts the Next.js portal: the standalone production server, or `next dev` with --dev. */
export async function startWeb(mode: WebMode, port: number, env: Record<string, string>, log: (m: string) => void) {
  await assertPortFree(port, 'portal (Next.js)');
  const childEnv = { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1' };
  let child: ChildProcess;
  if (mode === 'production') {
    ensureWebBuild(log);
    child = spawn(process.execPath, [path.join(standaloneDir, 'server.js')], {
      cwd: standaloneDir,
      env: { ...childEnv, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } else {
    child = spawn('npx', ['next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: webDir,
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/`, child, mode === 'dev' ? 120_000 : 60_000);
  return {
    origin,
    stop: () => stopChild(child),
  };
}
