import { AppError, conflict, notFound } from '../platform/errors.js';

/**
 * The certificates' errors: 400 INVALID_INPUT (details.fields), 404 NOT_FOUND, 409 CERTIFICATE_REVOKED,
 * 409 CERTIFICATE_RENEWED.
 */
export const certificateNotFound = () => notFound('A certificate');
export const certificateAlreadyRevoked = () => conflict('CERTIFICATE_REVOKED', 'The certificate was already revoked');
export const certificateAlreadyRenewed = () =>
  conflict('CERTIFICATE_RENEWED', 'The certificate was already renewed; renew its replacement instead');
/** A 400 naming one bad field, the same shape as a schema failure (details.fields). */
export const invalidField = (field: string, message: string) =>
  new AppError(400, 'INVALID_INPUT', `Invalid input — ${field}: ${message}`, { fields: [{ field, message }] });
