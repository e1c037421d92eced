import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { handlerEnvironment } from '../infra/local/handler-environment.js';
import { loadEdgeSecrets, loadMasterKey } from '../infra/local/master-key.js';
import { adoptFunctionEnvironment, scriptSettings } from './config.js';

/**
 * Points this process at the local cloud `npm start` runs (its endpoints file and master key in
 * YUEXIU_DATA_DIR, default .data), with the environment its functions get.
 */
const endpoints = z.object({ origin: z.string(), dynamodb: z.string(), s3: z.string(), stepfunctions: z.string() });

export function useRunningLocalCloud(dataDir = scriptSettings().YUEXIU_DATA_DIR): void {
  const file = path.resolve(dataDir, 'endpoints.json');
  if (!existsSync(file))
    throw new Error(`No running local cloud found (${file} does not exist): run \`npm start\` first`);
  const e = endpoints.parse(JSON.parse(readFileSync(file, 'utf8')));
  adoptFunctionEnvironment(
    handlerEnvironment(
      e,
      e.origin,
      loadMasterKey(path.resolve(dataDir, 'keys')),
      loadEdgeSecrets(path.resolve(dataDir, 'keys')),
    ),
  );
}
