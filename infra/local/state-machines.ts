import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthesizeTemplates } from '../lib/build-app.js';
import { localAccountId, localRegion } from './constants.js';
import { renderStateMachines, type LocalStateMachine } from './stepfunctions/render.js';

/**
 * The state machines exactly as the CDK app defines them: the app is synthesized in-process (no
 * bundling) and each machine's DefinitionString is resolved to local ARNs.
 */
export async function localStateMachines(stage: string): Promise<LocalStateMachine[]> {
  // Compliance checks run in tests/infra and at `cdk synth`; here only the definitions matter.
  // The web stack needs a portal build folder to synthesize; its content does not matter here.
  const webAssetPath = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-web-'));
  writeFileSync(path.join(webAssetPath, 'run.sh'), '#!/bin/sh\n');
  try {
    const templates = await synthesizeTemplates({ stage, bundling: false, webAssetPath, complianceChecks: false });
    return renderStateMachines(Object.values(templates), { region: localRegion, accountId: localAccountId });
  } finally {
    rmSync(webAssetPath, { recursive: true, force: true });
  }
}
