import { z } from 'zod';

/** One dependency's probe. */
export const dependencyView = z.object({ status: z.enum(['up', 'down']), latencyMs: z.number() });

/** The answer of `GET /api/health` (503 when degraded): each dependency probed, `ok` only when all are up. */
export const healthView = z.object({
  status: z.enum(['ok', 'degraded']),
  stage: z.string(),
  dependencies: z.record(z.string(), dependencyView),
});
export type HealthView = z.infer<typeof healthView>;
