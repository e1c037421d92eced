import { conflict, notFound } from '../platform/errors.js';

/** The certificates' errors: 400 INVALID_INPUT (details.fields), 404 NOT_FOUND, 409 CERTIFICATE_REVOKED. */
export const certificateNotFound = () => notFound('A certificate');
export const certificateAlreadyRevoked = () => conflict('CERTIFICATE_REVOKED', 'The certificate was already revoked');
