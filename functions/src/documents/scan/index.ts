import { s3Client } from '../../platform/aws-clients.js';
import { config, type Config } from '../../platform/config.js';
import { createGuardDutyScanner } from './guardduty.js';
import { createTypeAndSizeOnlyScanner } from './local.js';
import type { MalwareScanner } from './port.js';

/** The adapters of the malware scan port, by the MALWARE_SCAN value that selects them. */
const adapters: Record<Config['MALWARE_SCAN'], () => MalwareScanner> = {
  guardduty: () => createGuardDutyScanner(s3Client),
  local: createTypeAndSizeOnlyScanner,
};

/** The malware scanner the configuration names (cheap to make; follows a reset configuration). */
export function malwareScanner(): MalwareScanner {
  return adapters[config().MALWARE_SCAN]();
}

export type { MalwareScanner, ScanVerdict, ScannedObject } from './port.js';
