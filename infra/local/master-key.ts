import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKeyText } from '../../functions/src/platform/personal-data/key-service/local.js';

/**
 * The local cloud's stand-in for the KMS keys: one master key, made on first start and kept with the
 * data it protects (`.data/keys`, never committed). Losing it makes stored personal data unreadable.
 */
export function loadMasterKey(dir: string): string {
  return loadOrCreate(path.join(dir, 'master.key'), generateMasterKeyText);
}

/** The portal's session secret (Secrets Manager on AWS), made on first start. */
export function loadSessionSecret(dir: string): string {
  return loadOrCreate(path.join(dir, 'session-secret'), () => randomBytes(32).toString('base64url'));
}

/**
 * The edge's secrets (Secrets Manager on AWS, infra/lib/edge-trust.ts), made on first start: the value the
 * local edge puts in X-Origin-Verify, and the key the portal signs its viewer's address with.
 */
export function loadEdgeSecrets(dir: string): { ORIGIN_SECRET: string; VIEWER_SIGNING_SECRET: string } {
  const secret = () => randomBytes(32).toString('base64url');
  return {
    ORIGIN_SECRET: loadOrCreate(path.join(dir, 'origin-secret'), secret),
    VIEWER_SIGNING_SECRET: loadOrCreate(path.join(dir, 'viewer-signing-secret'), secret),
  };
}

function loadOrCreate(file: string, create: () => string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const value = create();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}
