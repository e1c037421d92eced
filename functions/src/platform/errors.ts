import type { ErrorCode } from './error-codes.js';

/**
 * Expected failures carry a stable code, an HTTP status and a message safe to show. Codes below 500 show
 * their message, and so does 503 (an expected "try again in a moment": DECISION_PENDING, AUDIT_BUSY,
 * SUBMISSION_RACE…, answered with Retry-After); any other 5xx shows a generic message and its cause is
 * logged.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get expose(): boolean {
    return this.status < 500 || this.status === 503;
  }
}

export const badRequest = (code: ErrorCode, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const unauthorized = (message = 'Sign-in required') => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message = 'You may not do this') => new AppError(403, 'FORBIDDEN', message);
export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: ErrorCode, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const payloadTooLarge = (limit: number) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Seconds a 503 asks the caller to wait before trying again (Retry-After). */
export const retryAfterSeconds = 1;

/** The one error shape every API response uses. */
export function errorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError && error.expose) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: error.status, body };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side' } } };
}
