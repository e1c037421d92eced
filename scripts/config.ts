import { z } from 'zod';
import { resetClients } from '../functions/src/platform/aws-clients.js';
import { resetConfig } from '../functions/src/platform/config.js';
import { resetKeyService } from '../functions/src/platform/personal-data/keys.js';

/**
 * The one place the scripts (benches, drill, registry tools, audit verification) read or change their
 * environment (STYLE §5): settings are validated here and fail with the variable's name and what was
 * expected; the raw environment is handed on only to child processes and to the config modules that
 * validate it (scripts/audit-verify-config.ts, scripts/drill/config.ts).
 */
export type Environment = Readonly<Record<string, string | undefined>>;

const settings = z.object({
  /** Seconds each phase of `npm run bench:overload` offers load. */
  OVERLOAD_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /** The running local cloud's data folder (endpoints file, keys). */
  YUEXIU_DATA_DIR: z.string().min(1).default('.data'),
});
export type ScriptSettings = z.infer<typeof settings>;

/** This process's environment, to hand to a child process or a config module. */
export function processEnvironment(): Environment {
  return process.env;
}

/** The scripts' own settings, validated. */
export function scriptSettings(env: Environment = processEnvironment()): ScriptSettings {
  const parsed = settings.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

/**
 * Gives this process the environment the platform's functions get (as a handler in the local cloud
 * has), then drops every cached config, client and key service so they read it anew.
 */
export function adoptFunctionEnvironment(env: Record<string, string>): void {
  Object.assign(process.env, env);
  resetConfig();
  resetClients();
  resetKeyService();
}

/** Sets a variable unless the caller's environment already has it (e.g. a log level for loaded handlers). */
export function defaultEnvironment(name: string, value: string): void {
  process.env[name] ??= value;
}
