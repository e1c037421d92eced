import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { routeGroups } from '../../functions/src/routes.js';
import { workflowTasks } from '../../functions/src/workflow-tasks.js';
import { lambdaBundling } from '../../infra/lib/bundling.js';

export interface BundleFigure {
  name: string;
  bytes: number;
  gzipBytes: number;
  coldImportMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Milliseconds to import a bundle in a fresh node process (the module-load part of a cold start). */
function coldImportMs(file: string, runs: number): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`importing ${file} failed:\n${out.stderr}`);
    times.push(Number(out.stdout.trim().split('\n').pop()));
  }
  return median(times);
}

/** Bundles every Lambda the CDK app deploys, with the CDK app's esbuild options, and measures each. */
export async function measureBundles(root: string, runs = 7): Promise<BundleFigure[]> {
  const outDir = path.join(root, '.bench/bundles');
  mkdirSync(outDir, { recursive: true });
  const entries = [
    ...routeGroups.map((g) => ({ name: `api-${g}`, entry: `functions/src/${g}/lambda.ts` })),
    ...[...new Set(workflowTasks.map((t) => t.module))].map((m) => ({
      name: `tasks-${m.replace('/', '-')}`,
      entry: `functions/src/${m}.ts`,
    })),
  ];
  const figures: BundleFigure[] = [];
  for (const { name, entry } of entries) {
    const outfile = path.join(outDir, `${name}.mjs`);
    await build({
      entryPoints: [path.join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: lambdaBundling.target,
      minify: lambdaBundling.minify,
      mainFields: [...lambdaBundling.mainFields],
      banner: { js: lambdaBundling.banner },
      external: [...lambdaBundling.externalModules],
      logLevel: 'error',
    });
    figures.push({
      name,
      bytes: statSync(outfile).size,
      gzipBytes: gzipSync(readFileSync(outfile)).length,
      coldImportMs: coldImportMs(outfile, runs),
    });
  }
  return figures;
}
