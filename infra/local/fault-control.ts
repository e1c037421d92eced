import type { IncomingMessage, ServerResponse } from 'node:http';
import { setClientHook, type AwsService } from '../../functions/src/platform/aws-clients.js';
import { faultInjection, type FaultFigures } from './fault-injection.js';
import { readBodyBuffer, sendJson } from './http-io.js';

/**
 * The test harness's switch for fault injection (infra/local/fault-injection.ts) in a running local cloud,
 * whose handlers and workflow tasks share this process and its client factory. Only test clouds serve it.
 *
 * PUT {"rate": 0.2, "seed": 7, "services": ["dynamodb", "s3", "stepfunctions"]} starts failing that share
 * of the SDK calls' attempts; GET answers the figures so far; DELETE stops and answers the final figures.
 */
export const faultControlPath = '/api/_local/faults';

const services: readonly AwsService[] = ['dynamodb', 's3', 'stepfunctions', 'kms'];
let active: { figures: () => FaultFigures } | undefined;

const invalid = (res: ServerResponse, message: string) =>
  sendJson(res, 400, { error: { code: 'INVALID_FAULT_PLAN', message } });

export async function handleFaultControl(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET') return sendJson(res, 200, { active: active !== undefined, figures: active?.figures() });
  if (req.method === 'DELETE') {
    const figures = active?.figures();
    active = undefined;
    setClientHook(undefined);
    return sendJson(res, 200, { active: false, figures });
  }
  if (req.method !== 'PUT') {
    return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'GET, PUT or DELETE' } });
  }
  let body: { rate?: unknown; seed?: unknown; services?: unknown };
  try {
    body = JSON.parse((await readBodyBuffer(req, 1024)).toString('utf8')) as typeof body;
  } catch {
    return invalid(res, 'body: expected JSON');
  }
  if (typeof body.rate !== 'number' || !(body.rate >= 0 && body.rate <= 1)) {
    return invalid(res, 'rate: expected a number from 0 to 1');
  }
  if (body.seed !== undefined && !Number.isInteger(body.seed)) return invalid(res, 'seed: expected an integer');
  const chosen = body.services ?? ['dynamodb', 's3', 'stepfunctions'];
  if (!Array.isArray(chosen) || !chosen.every((s) => services.includes(s as AwsService))) {
    return invalid(res, `services: expected a list of ${services.join(', ')}`);
  }
  const injection = faultInjection({
    rate: body.rate,
    seed: body.seed as number | undefined,
    services: chosen as AwsService[],
  });
  active = injection;
  setClientHook(injection.hook);
  return sendJson(res, 200, { active: true, figures: injection.figures() });
}
