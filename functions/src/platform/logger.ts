import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger; log an `action`, never personal data. Its level comes from Powertools' own
 * POWERTOOLS_LOG_LEVEL variable (set by the CDK app; the tests set WARN).
 */
export const logger = new Logger({ serviceName: 'yuexiu-hao' });
