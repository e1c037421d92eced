import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesizeTemplates } from '../lib/build-app.js';
import { localAccountId, localRegion } from './constants.js';
import { renderStateMachines, type LocalStateMachine } from './stepfunctions/render.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything the synthesized state machines depend on. */
const inputs = [
  'workflows',
  'infra/lib',
  'functions/src/workflow-tasks.ts',
  // The grid-event workflow's steps by state.
  'functions/src/grid/steps.ts',
  'functions/src/platform/resources.ts',
  'package-lock.json',
];

function hashInputs(stage: string): string {
  const hash = createHash('sha256').update(stage);
  const visit = (p: string) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(p, name));
    } else {
      hash.update(p).update(readFileSync(full));
    }
  };
  inputs.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The state machines exactly as the CDK app defines them: the app is synthesized in-process (no
 * bundling, no compliance checks — those run in tests/infra and at `cdk synth`) and each machine's
 * DefinitionString is resolved to local ARNs. Synthesis takes seconds, so the result is cached under
 * node_modules/.cache, keyed by a hash of every file it depends on.
 */
export async function localStateMachines(stage: string): Promise<LocalStateMachine[]> {
  const cacheDir = path.join(root, 'node_modules/.cache/yuexiu');
  const cacheFile = path.join(cacheDir, `state-machines-${stage}-${hashInputs(stage)}.json`);
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as LocalStateMachine[];

  // The web stack needs a portal build folder to synthesize; its content does not matter here.
  const webAssetPath = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-web-'));
  writeFileSync(path.join(webAssetPath, 'run.sh'), '#!/bin/sh\n');
  try {
    const templates = synthesizeTemplates({ stage, bundling: false, webAssetPath, complianceChecks: false });
    const machines = renderStateMachines(Object.values(templates), { region: localRegion, accountId: localAccountId });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(machines));
    return machines;
  } finally {
    rmSync(webAssetPath, { recursive: true, force: true });
  }
}
