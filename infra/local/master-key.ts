import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKeyText } from '../../functions/src/platform/personal-data/key-service/local.js';

/**
 * The local cloud's stand-in for the KMS keys: one master key, made on first start and kept with the
 * data it protects (`.data/keys`, never committed). Losing it makes stored personal data unreadable.
 */
export function loadMasterKey(dir: string): string {
  const file = path.join(dir, 'master.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = generateMasterKeyText();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
