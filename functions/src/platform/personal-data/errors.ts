import { AppError } from '../errors.js';

/**
 * Encrypted personal data that cannot be read: damaged, moved to another record or purpose, or under
 * another key. A 500 (never shown to users); the message names the purpose, never the data.
 */
export class PersonalDataError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(500, 'PERSONAL_DATA_UNREADABLE', message);
    this.name = 'PersonalDataError';
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
