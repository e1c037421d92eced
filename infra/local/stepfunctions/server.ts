/**
 * The Step Functions JSON 1.0 wire protocol over HTTP: `POST /` with `X-Amz-Target:
 * AWSStepFunctions.<Operation>`; errors as `{ "__type", "message" }` with status 400, as the real
 * service answers, so `@aws-sdk/client-sfn` throws the same named exceptions.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SfnServiceError } from './errors.js';

export interface ListeningServer {
  readonly port: number;
  close(): Promise<void>;
}

/** What the server needs from the engine. */
export interface SfnDispatcher {
  dispatch(operation: string, request: Record<string, unknown>): Promise<Record<string, unknown>>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const TARGET_PREFIX = 'AWSStepFunctions.';

/** Starts the HTTP server; a taken port rejects with a message naming it. */
export function listen(engine: SfnDispatcher, port: number, host: string): Promise<ListeningServer> {
  const server = createServer((req, res) => {
    handle(engine, req, res).catch((error: unknown) => {
      // Only a bug gets here: answer with the service's generic error, never a stack trace.
      console.error('local Step Functions: unexpected error', error);
      send(res, 500, { __type: 'InternalFailure', message: 'Internal error in the local Step Functions engine' });
    });
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Local Step Functions cannot listen on ${host}:${port}: the port is already in use`)
          : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function handle(engine: SfnDispatcher, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (body === undefined) {
    return send(res, 413, { __type: 'RequestEntityTooLargeException', message: 'Request body too large' });
  }
  if (req.method !== 'POST') {
    return sendError(res, new SfnServiceError('UnknownOperationException', 'Only POST is supported'));
  }
  const target = req.headers['x-amz-target'];
  if (typeof target !== 'string' || !target.startsWith(TARGET_PREFIX)) {
    return sendError(res, new SfnServiceError('UnknownOperationException', 'Missing or unknown X-Amz-Target'));
  }
  let request: unknown;
  try {
    request = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(res, new SfnServiceError('SerializationException', 'The request body is not valid JSON'));
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return sendError(res, new SfnServiceError('SerializationException', 'The request body must be a JSON object'));
  }
  try {
    const result = await engine.dispatch(target.slice(TARGET_PREFIX.length), request as Record<string, unknown>);
    send(res, 200, result);
  } catch (error) {
    if (error instanceof SfnServiceError) return sendError(res, error);
    throw error;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, error: SfnServiceError): void {
  send(res, error.status, error.toJSON());
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
}
