import type { Context } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/src/openapi/lambda.js';
import type { HttpEvent } from '../../../functions/src/platform/http-handler.js';
import { resetConfig } from '../../../functions/src/platform/config.js';
import { logger } from '../../../functions/src/platform/logger.js';
import { validEnvironment } from '../../support/config-fixture.js';
import { jsonLinesOnStdout } from '../../support/emf.js';

const context = {
  functionName: 'yuexiu-dev-api-openapi',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-east-1:000000000000:function:yuexiu-dev-api-openapi',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
} as Context;

const event = {
  routeKey: 'GET /api/openapi.json',
  rawPath: '/api/openapi.json',
  headers: {},
  requestContext: { requestId: 'api-request-1', http: { sourceIp: '203.0.113.9' } },
} as unknown as HttpEvent;

beforeAll(() => {
  Object.assign(process.env, validEnvironment, {
    ORIGIN_SECRET: 'e'.repeat(40),
    VIEWER_SIGNING_SECRET: 'v'.repeat(40),
  });
  resetConfig();
});
afterEach(() => logger.setLogLevel('WARN'));

describe('the group handler’s logging (Powertools Logger with injectLambdaContext)', () => {
  it('names the function, cold start and Lambda’s request id on every line, the edge’s refusal included', async () => {
    logger.setLogLevel('INFO');
    // No X-Origin-Verify header: the edge middleware refuses the request, and says so in the log.
    const lines = await jsonLinesOnStdout(() =>
      (handler as (e: HttpEvent, c: Context) => Promise<unknown>)(event, context),
    );
    const refused = lines.find((l) => l.message === 'request refused');
    expect(refused).toMatchObject({
      function_name: 'yuexiu-dev-api-openapi',
      function_request_id: 'lambda-request-1',
      cold_start: expect.any(Boolean),
      service: 'yuexiu-hao',
    });
  });
});
