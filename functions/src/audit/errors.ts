import { AppError } from '../platform/errors.js';

/** Error codes of the audit context. */
export const auditErrorCodes = {
  /** A caller built an entry that breaks the audit schema (a bug, not user input): 500. */
  entryInvalid: 'AUDIT_ENTRY_INVALID',
  /** The chain stayed contended through every retry: 503, the caller may retry the request. */
  busy: 'AUDIT_BUSY',
  /** Search filters or cursor are malformed or out of range: 400. */
  queryInvalid: 'AUDIT_QUERY_INVALID',
} as const;

/** Names the offending fields only: their values may be exactly the personal data that was refused. */
export const auditEntryInvalid = (fields: readonly string[]) =>
  new AppError(500, auditErrorCodes.entryInvalid, `Invalid audit entry: ${fields.join(', ')}`);

export const auditBusy = () => new AppError(503, auditErrorCodes.busy, 'The audit log is busy; try again');

export const auditQueryInvalid = (message: string, details?: unknown) =>
  new AppError(400, auditErrorCodes.queryInvalid, message, details);
