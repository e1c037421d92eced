import { Logger } from '@aws-lambda-powertools/logger';

/** One structured logger; log an `action`, never personal data. */
export const logger = new Logger({ serviceName: 'yuexiu-hao' });
