import path from 'node:path';
import { z } from 'zod';

/** Settings of `npm start`, validated: a bad value stops start-up naming the variable. */
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  YUEXIU_DATA_DIR: z.string().min(1).default('.data'),
  /** `off` only for `npm run bench`, which measures the code path rather than the WAF's limits. */
  YUEXIU_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** `off` for a clean cloud with no demo cases, letters or notices (the browser tests'); demo users and catalog stay. */
  YUEXIU_DEMO_CASES: z.enum(['on', 'off']).default('on'),
  /** `off` only for `npm run bench:overload`'s comparison run: every request waits, however long. */
  YUEXIU_ADMISSION: z.enum(['on', 'off']).default('on'),
  /** `on` only for the browser tests: /api/_local/faults injects faults (infra/local/fault-control.ts). */
  YUEXIU_FAULT_CONTROL: z.enum(['on', 'off']).default('off'),
});

export function localSettings(env: Record<string, string | undefined>, argv: readonly string[]) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `  - ${i.path.join('.')}: ${i.message} (got "${env[String(i.path[0])]}")`,
    );
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return {
    port: parsed.data.PORT,
    dataDir: path.resolve(parsed.data.YUEXIU_DATA_DIR),
    rateLimits: parsed.data.YUEXIU_RATE_LIMITS === 'on',
    demoCases: parsed.data.YUEXIU_DEMO_CASES === 'on',
    admission: parsed.data.YUEXIU_ADMISSION === 'on',
    faultControl: parsed.data.YUEXIU_FAULT_CONTROL === 'on',
    web: argv.includes('--dev')
      ? ('dev' as const)
      : argv.includes('--no-web')
        ? (false as const)
        : ('production' as const),
  };
}
