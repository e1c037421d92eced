import type { IncomingMessage, ServerResponse } from 'node:http';
import { clockStartingAt, fixedClock, nowIso, resetClock, setClock } from '../../functions/src/platform/clock.js';
import { readBodyBuffer, sendJson } from './http-io.js';

/**
 * The test harness's switch for the one clock (functions/src/platform/clock.ts) of a running local
 * cloud, whose handlers and workflow tasks share this process. Only test clouds serve it.
 *
 * PUT {"at": "2026-11-26T03:00:00Z"} makes the clock read that time now and run on from there;
 * PUT {"at": ..., "frozen": true} stops it at that time (for tests of time windows measured in seconds);
 * PUT {"reset": true} returns to the system clock. The answer is the clock's reading.
 */
export const clockControlPath = '/api/_local/clock';

export async function handleClockControl(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET') return sendJson(res, 200, { now: nowIso() });
  if (req.method !== 'PUT') return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'GET or PUT' } });
  let body: { at?: unknown; reset?: unknown; frozen?: unknown };
  try {
    body = JSON.parse((await readBodyBuffer(req, 1024)).toString('utf8')) as typeof body;
  } catch {
    return sendJson(res, 400, { error: { code: 'INVALID_JSON', message: 'body: expected JSON' } });
  }
  if (body.reset === true) resetClock();
  else if (typeof body.at === 'string' && !Number.isNaN(Date.parse(body.at)))
    setClock(body.frozen === true ? fixedClock(body.at) : clockStartingAt(body.at));
  else
    return sendJson(res, 400, {
      error: { code: 'INVALID_CLOCK', message: 'at: expected an ISO time, or reset: true' },
    });
  return sendJson(res, 200, { now: nowIso() });
}
