import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import type { RealNameVerdict, RealNameVerifier } from './port.js';

/** What the provincial identity service answers (its gateway maps the national result codes to these). */
const answer = z.object({ result: z.enum(['match', 'mismatch', 'not_found']) });
const verdicts: Record<z.infer<typeof answer>['result'], RealNameVerdict> = {
  match: 'verified',
  mismatch: 'mismatch',
  not_found: 'unknown',
};

const unavailable = () =>
  new AppError(503, 'REAL_NAME_UNAVAILABLE', 'Real-name verification is unavailable; try again later');

/**
 * The AWS adapter: the provincial identity service (省级身份认证平台) behind REAL_NAME_SERVICE_URL, called over
 * HTTPS with a 5 s budget. Fails closed: no URL, a timeout or an unexpected answer refuses the binding (503),
 * never verifies it.
 */
export function createProvincialVerifier(url: string | undefined, fetcher: typeof fetch = fetch): RealNameVerifier {
  return {
    source: 'provincial',
    async verify(claim) {
      if (!url) throw unavailable();
      let body: unknown;
      try {
        const response = await fetcher(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: claim.name, idNumber: claim.idNumber }),
          signal: AbortSignal.timeout(5_000),
        });
        if (!response.ok) throw unavailable();
        body = await response.json();
      } catch {
        throw unavailable();
      }
      const parsed = answer.safeParse(body);
      if (!parsed.success) throw unavailable();
      return verdicts[parsed.data.result];
    },
  };
}
